using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// "Add the missing members": full before/after text; the testing library also runs Fix All in document, project and
    /// solution and checks that the fixed code compiles and raises nothing further.
    /// </summary>
    public partial class AddMissingMembersFixTests
    {
        private static ClstTest<IncompleteEnumMatchAnalyzer, AddMissingEnumMembersCodeFixProvider> Fix(string before, string after)
            => Rule<IncompleteEnumMatchAnalyzer, AddMissingEnumMembersCodeFixProvider>.On(before).FixesTo(after)
                .WithCodeActionOf(before, AddMissingEnumMembersCodeFixProvider.EquivalenceKeyFor);

        // ------------------------------------------------------------------ switch statements

        [Fact]
        public Task StatementWithoutDefaultGetsSectionsThatDoNothingGroupedByLifecycle() => Fix("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
                Console.WriteLine("filled");
                break;
            case OrderStatus.New:
                Console.WriteLine("new");
                break;
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                Console.WriteLine("filled");
                break;
            case OrderStatus.New:
                Console.WriteLine("new");
                break;
            // final: the order can no longer fill or change
            case OrderStatus.Canceled:
            case OrderStatus.Rejected:
            case OrderStatus.Expired:
            case OrderStatus.Replaced:
                break;
            // pending: a request is in flight, the order can still fill
            case OrderStatus.PendingNew:
            case OrderStatus.PendingCancel:
            case OrderStatus.PendingReplace:
                break;
            // working: the order can still fill
            case OrderStatus.PartiallyFilled:
            case OrderStatus.Stopped:
            case OrderStatus.Suspended:
            case OrderStatus.Calculated:
                break;
            // paused for the day: a multi-day order works again on the next session
            case OrderStatus.DoneForDay:
                break;
            // unknown: a value the model does not know, assume the order can still change
            case OrderStatus.Other:
                break;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task StatementWithThrowingDefaultGetsTheDefaultsThrowBeforeIt() => Fix("""

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
            case OrderStatus.Canceled:
            case OrderStatus.Rejected:
            case OrderStatus.Expired:
            case OrderStatus.Replaced:
                return "final";
            case OrderStatus.New:
            case OrderStatus.PartiallyFilled:
                return "working";
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
            case OrderStatus.Canceled:
            case OrderStatus.Rejected:
            case OrderStatus.Expired:
            case OrderStatus.Replaced:
                return "final";
            case OrderStatus.New:
            case OrderStatus.PartiallyFilled:
                return "working";
            // pending: a request is in flight, the order can still fill
            case OrderStatus.PendingNew:
            case OrderStatus.PendingCancel:
            case OrderStatus.PendingReplace:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            // working: the order can still fill
            case OrderStatus.Stopped:
            case OrderStatus.Suspended:
            case OrderStatus.Calculated:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            // paused for the day: a multi-day order works again on the next session
            case OrderStatus.DoneForDay:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            // unknown: a value the model does not know, assume the order can still change
            case OrderStatus.Other:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task OtherEnumsGetOneSectionWithoutComment() => Fix("""

using System;
using Clst.Contracts;

class C
{
    void M(TimeInForce t)
    {
        {|CLST004:switch|} (t)
        {
            case TimeInForce.Day:
            case TimeInForce.AtTheOpening:
            case TimeInForce.AtTheClose:
                Console.WriteLine("today");
                break;
            case TimeInForce.GoodTillCancel:
                Console.WriteLine("until canceled");
                break;
            default:
                Throw(t);
                break;
        }
    }

    static void Throw(TimeInForce t) => throw new NotSupportedException(t.ToString());
}

""", """

using System;
using Clst.Contracts;

class C
{
    void M(TimeInForce t)
    {
        switch (t)
        {
            case TimeInForce.Day:
            case TimeInForce.AtTheOpening:
            case TimeInForce.AtTheClose:
                Console.WriteLine("today");
                break;
            case TimeInForce.GoodTillCancel:
                Console.WriteLine("until canceled");
                break;
            case TimeInForce.ImmediateOrCancel:
            case TimeInForce.FillOrKill:
            case TimeInForce.GoodTillDate:
            case TimeInForce.GoodTillCrossing:
            case TimeInForce.GoodThroughCrossing:
            case TimeInForce.AtCrossing:
            case TimeInForce.Other:
                Throw(t);
                break;
            default:
                Throw(t);
                break;
        }
    }

    static void Throw(TimeInForce t) => throw new NotSupportedException(t.ToString());
}

""").VerifyAsync();

        [Fact]
        public Task TheExampleOfTheClst003Page() => Fix("""

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
                return "filled";
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                return "filled";
            // final: the order can no longer fill or change
            case OrderStatus.Canceled:
            case OrderStatus.Rejected:
            case OrderStatus.Expired:
            case OrderStatus.Replaced:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            // pending: a request is in flight, the order can still fill
            case OrderStatus.PendingNew:
            case OrderStatus.PendingCancel:
            case OrderStatus.PendingReplace:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            // working: the order can still fill
            case OrderStatus.New:
            case OrderStatus.PartiallyFilled:
            case OrderStatus.Stopped:
            case OrderStatus.Suspended:
            case OrderStatus.Calculated:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            // paused for the day: a multi-day order works again on the next session
            case OrderStatus.DoneForDay:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            // unknown: a value the model does not know, assume the order can still change
            case OrderStatus.Other:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unexpected status");
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task TheExampleOfTheClst004Page() => Fix("""

using System;
using Clst.Contracts;

class C
{
    int M(TimeInForce t)
    {
        {|CLST004:switch|} (t)
        {
            case TimeInForce.Day:
                return 1;
            default:
                throw new NotSupportedException(t.ToString());
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    int M(TimeInForce t)
    {
        switch (t)
        {
            case TimeInForce.Day:
                return 1;
            case TimeInForce.GoodTillCancel:
            case TimeInForce.ImmediateOrCancel:
            case TimeInForce.FillOrKill:
            case TimeInForce.GoodTillDate:
            case TimeInForce.AtTheOpening:
            case TimeInForce.AtTheClose:
            case TimeInForce.GoodTillCrossing:
            case TimeInForce.GoodThroughCrossing:
            case TimeInForce.AtCrossing:
            case TimeInForce.Other:
                throw new NotSupportedException(t.ToString());
            default:
                throw new NotSupportedException(t.ToString());
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task FallbackThatDeclaresALocalLendsItsSectionTheLabels() => Fix("""

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
            default:
                var message = "unexpected side " + side;
                throw new NotSupportedException(message);
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
        switch (side)
        {
            case Side.Buy:
                break;
            case Side.Sell:
            case Side.SellShort:
            case Side.Other:
            default:
                var message = "unexpected side " + side;
                throw new NotSupportedException(message);
        }
    }
}

""").VerifyAsync();
    }
}
