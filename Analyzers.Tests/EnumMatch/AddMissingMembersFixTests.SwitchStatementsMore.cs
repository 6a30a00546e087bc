using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>"Add the missing members" on switch statements: fallbacks, guards and groups.</summary>
    public partial class AddMissingMembersFixTests
    {
        [Fact]
        public Task ThrowAfterTheSwitchIsCopiedIntoIt() => Fix("""

using System;
using Clst.Contracts;

class C
{
    int M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                return 1;
            case Side.Sell:
                return -1;
        }

        throw new NotSupportedException(side.ToString());
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    int M(Side side)
    {
        switch (side)
        {
            case Side.Buy:
                return 1;
            case Side.Sell:
                return -1;
            case Side.SellShort:
            case Side.Other:
                throw new NotSupportedException(side.ToString());
        }

        throw new NotSupportedException(side.ToString());
    }
}

""").VerifyAsync();

        [Fact]
        public Task ThrowAfterTheSwitchThatANameInsideWouldCaptureFallsOutInstead() => Fix("""

using System;
using Clst.Contracts;

class C
{
    private readonly string message = "unexpected";

    int M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                var message = "buy";
                Console.WriteLine(message);
                return 1;
        }

        throw new NotSupportedException(this.message + message);
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    private readonly string message = "unexpected";

    int M(Side side)
    {
        switch (side)
        {
            case Side.Buy:
                var message = "buy";
                Console.WriteLine(message);
                return 1;
            case Side.Sell:
            case Side.SellShort:
            case Side.Other:
                break;
        }

        throw new NotSupportedException(this.message + message);
    }
}

""").VerifyAsync();

        [Fact]
        public Task CatchAllSectionThatUsesItsPatternVariableIsNotFixed() => Fix("""

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                break;
            case var other:
                throw new NotSupportedException(other.ToString());
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                break;
            case var other:
                throw new NotSupportedException(other.ToString());
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task ThrowHelperAfterTheSwitchIsCopiedWithABreak() => Fix("""

using System;
using System.Diagnostics.CodeAnalysis;
using Clst.Contracts;

class C
{
    [DoesNotReturn]
    static void Unexpected(object value) => throw new NotSupportedException(value.ToString());

    void M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                return;
        }

        Unexpected(side);
    }
}

""", """

using System;
using System.Diagnostics.CodeAnalysis;
using Clst.Contracts;

class C
{
    [DoesNotReturn]
    static void Unexpected(object value) => throw new NotSupportedException(value.ToString());

    void M(Side side)
    {
        switch (side)
        {
            case Side.Buy:
                return;
            case Side.Sell:
            case Side.SellShort:
            case Side.Other:
                Unexpected(side);
                break;
        }

        Unexpected(side);
    }
}

""").VerifyAsync();

        [Fact]
        public Task GuardedCaseAfterADefaultInTheMiddleStaysReachable() => Fix("""

using System;
using Clst.Contracts;

class C
{
    int M(Side side, bool allowed)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                return 1;
            default:
                throw new NotSupportedException();
            case Side.SellShort when allowed:
                return -2;
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    int M(Side side, bool allowed)
    {
        switch (side)
        {
            case Side.Buy:
                return 1;
            default:
                throw new NotSupportedException();
            case Side.SellShort when allowed:
                return -2;
            case Side.Sell:
            case Side.SellShort:
            case Side.Other:
                throw new NotSupportedException();
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task NullableLookalikeStatusInTopLevelStatements() => Rule<IncompleteEnumMatchAnalyzer, AddMissingEnumMembersCodeFixProvider>.On("""

using System;
using Kiota.Client.Models;

var order = new Order();
{|CLST003:switch|} (order.Status)
{
    case OrderStatus.FILLED:
    case OrderStatus.CANCELED:
    case OrderStatus.REJECTED:
    case OrderStatus.EXPIRED:
    case OrderStatus.REPLACED:
        Console.WriteLine("final");
        break;
    case OrderStatus.PENDING_CANCEL:
        Console.WriteLine("cancel requested");
        break;
    case null:
        break;
}

""").WithoutShippedModel().AsProgram().FixesTo("""

using System;
using Kiota.Client.Models;

var order = new Order();
switch (order.Status)
{
    case OrderStatus.FILLED:
    case OrderStatus.CANCELED:
    case OrderStatus.REJECTED:
    case OrderStatus.EXPIRED:
    case OrderStatus.REPLACED:
        Console.WriteLine("final");
        break;
    case OrderStatus.PENDING_CANCEL:
        Console.WriteLine("cancel requested");
        break;
    case null:
        break;
    // pending: a request is in flight, the order can still fill
    case OrderStatus.PENDING_NEW:
    case OrderStatus.PENDING_REPLACE:
        break;
    // working: the order can still fill
    case OrderStatus.NEW:
    case OrderStatus.PARTIALLY_FILLED:
    case OrderStatus.STOPPED:
    case OrderStatus.SUSPENDED:
    case OrderStatus.CALCULATED:
        break;
    // paused for the day: a multi-day order works again on the next session
    case OrderStatus.DONE_FOR_DAY:
        break;
    // unknown: a value the model does not know, assume the order can still change
    case OrderStatus.OTHER:
        break;
}

""").WithFixedSource(Models.Kiota, Models.Kiota).VerifyAsync();

    }
}
