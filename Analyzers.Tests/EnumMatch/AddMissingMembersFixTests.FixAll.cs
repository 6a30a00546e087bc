using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>"Add the missing members": Fix All, nullable contexts, and what is not fixed.</summary>
    public partial class AddMissingMembersFixTests
    {
        // ------------------------------------------------------------------ Fix All, nullable contexts, what is not fixed

        [Fact]
        public Task FixAllAcrossDocuments() => Fix("""

using System;
using Clst.Contracts;

class A
{
    void M(Side side, QueueState state)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                break;
        }

        {|CLST005:switch|} (state)
        {
            case QueueState.Released:
                break;
            default:
                throw new NotSupportedException();
        }
    }
}

""", """

using System;
using Clst.Contracts;

class A
{
    void M(Side side, QueueState state)
    {
        switch (side)
        {
            case Side.Buy:
                break;
            case Side.Sell:
            case Side.SellShort:
            case Side.Other:
                break;
        }

        switch (state)
        {
            case QueueState.Released:
                break;
            case QueueState.AwaitingRelease:
            case QueueState.Other:
                throw new NotSupportedException();
            default:
                throw new NotSupportedException();
        }
    }
}

""").WithFixedSource("""

using Clst.Contracts;

class B
{
    int M(TrailingOffsetType type)
    {
        int points = 0;
        {|CLST005:switch|} (type)
        {
            case TrailingOffsetType.Price:
                points = 1;
                break;
        }

        return points;
    }
}

""", """

using Clst.Contracts;

class B
{
    int M(TrailingOffsetType type)
    {
        int points = 0;
        switch (type)
        {
            case TrailingOffsetType.Price:
                points = 1;
                break;
            case TrailingOffsetType.Bps:
            case TrailingOffsetType.Other:
                break;
        }

        return points;
    }
}

""").VerifyAsync();

        [Fact]
        public Task NullableContextDisabled() => Fix("""

using System;
using Clst.Contracts;

class C
{
    string M(Order order)
    {
        {|CLST005:switch|} (order.TrailingOffsetType)
        {
            case TrailingOffsetType.Price:
                return "price";
            case null:
                return null;
            default:
                throw new NotSupportedException();
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    string M(Order order)
    {
        switch (order.TrailingOffsetType)
        {
            case TrailingOffsetType.Price:
                return "price";
            case null:
                return null;
            case TrailingOffsetType.Bps:
            case TrailingOffsetType.Other:
                throw new NotSupportedException();
            default:
                throw new NotSupportedException();
        }
    }
}

""").WithNullable(false).VerifyAsync();

        [Fact]
        public Task IfChainsAreNotRewritten() => Fix("""

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        {|CLST005:if|} (side == Side.Buy)
            Console.WriteLine(1);
        else if (side == Side.Sell)
            Console.WriteLine(-1);
        else
            throw new NotSupportedException();
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        {|CLST005:if|} (side == Side.Buy)
            Console.WriteLine(1);
        else if (side == Side.Sell)
            Console.WriteLine(-1);
        else
            throw new NotSupportedException();
    }
}

""").VerifyAsync();
    }
}
