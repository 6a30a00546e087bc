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
    public class AddMissingMembersFixTests
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

        // ------------------------------------------------------------------ switch expressions

        [Fact]
        public Task ExpressionWithoutCatchAllGetsTheCompilersOwnThrow() => Fix("""

using Clst.Contracts;

class C
{
    int M(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
    };
}

""", """

using System.Runtime.CompilerServices;
using Clst.Contracts;

class C
{
    int M(Side side) => side {|CS8524:switch|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
        Side.SellShort
            or Side.Other => throw new SwitchExpressionException(side),
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task ExpressionWithoutTrailingCommaKeepsItsStyle() => Fix("""

using System;
using System.Runtime.CompilerServices;
using Clst.Contracts;

class C
{
    int M(Order order) => order.QueueState {|CS8509:{|CLST005:switch|}|}
    {
        QueueState.Released => 1,
        null => 0
    };
}

""", """

using System;
using System.Runtime.CompilerServices;
using Clst.Contracts;

class C
{
    int M(Order order) => order.QueueState {|CS8524:switch|}
    {
        QueueState.Released => 1,
        null => 0,
        QueueState.AwaitingRelease
            or QueueState.Other => throw new SwitchExpressionException(order.QueueState)
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task ExpressionOverAComputedValueThrowsWithoutRepeatingIt() => Fix("""

using Clst.Contracts;

class C
{
    Side Next() => Side.Buy;

    int M() => Next() {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
        Side.SellShort => -2,
    };
}

""", """

using System.Runtime.CompilerServices;
using Clst.Contracts;

class C
{
    Side Next() => Side.Buy;

    int M() => Next() {|CS8524:switch|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
        Side.SellShort => -2,
        Side.Other => throw new SwitchExpressionException(),
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task ExpressionWithThrowingDiscardGetsArmsGroupedByLifecycle() => Fix("""

using System;
using Clst.Contracts;

class C
{
    bool IsFinal(OrderStatus s) => s {|CLST003:switch|}
    {
        OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced => true,
        OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingCancel => false,
        _ => throw new InvalidOperationException($"unexpected status {s}"),
    };
}

""", """

using System;
using Clst.Contracts;

class C
{
    bool IsFinal(OrderStatus s) => s switch
    {
        OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced => true,
        OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingCancel => false,
        // pending: a request is in flight, the order can still fill
        OrderStatus.PendingNew
            or OrderStatus.PendingReplace => throw new InvalidOperationException($"unexpected status {s}"),
        // working: the order can still fill
        OrderStatus.Stopped
            or OrderStatus.Suspended
            or OrderStatus.Calculated => throw new InvalidOperationException($"unexpected status {s}"),
        // paused for the day: a multi-day order works again on the next session
        OrderStatus.DoneForDay => throw new InvalidOperationException($"unexpected status {s}"),
        // unknown: a value the model does not know, assume the order can still change
        OrderStatus.Other => throw new InvalidOperationException($"unexpected status {s}"),
        _ => throw new InvalidOperationException($"unexpected status {s}"),
    };
}

""").VerifyAsync();

        [Fact]
        public Task DiscardThatUsesItsOwnDesignationIsNotCopied() => Fix("""

using System;
using Clst.Contracts;

class C
{
    int M(Side side) => side {|CLST005:switch|}
    {
        Side.Buy => 1,
        var other => throw new NotSupportedException(other.ToString()),
    };
}

""", """

using System;
using Clst.Contracts;

class C
{
    int M(Side side) => side {|CLST005:switch|}
    {
        Side.Buy => 1,
        var other => throw new NotSupportedException(other.ToString()),
    };
}

""").VerifyAsync();

        [Fact]
        public Task EmptySwitchStatementGetsEveryMember() => Fix("""

using Clst.Contracts;

class C
{
    void M(QueueState state)
    {
        {|CLST005:switch|} (state)
        {
        }
    }
}

""", """

using Clst.Contracts;

class C
{
    void M(QueueState state)
    {
        switch (state)
        {
            case QueueState.AwaitingRelease:
            case QueueState.Released:
            case QueueState.Other:
                break;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task EmptySwitchExpressionGetsEveryMember() => Fix("""

using Clst.Contracts;

class C
{
    int N(QueueState state) => state {|CS8509:{|CLST005:switch|}|}
    {
    };
}

""", """

using System.Runtime.CompilerServices;
using Clst.Contracts;

class C
{
    int N(QueueState state) => state {|CS8524:switch|}
    {
        QueueState.AwaitingRelease
            or QueueState.Released
            or QueueState.Other => throw new SwitchExpressionException(state)
    };
}

""").WithCompilerWarnings().VerifyAsync();

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
