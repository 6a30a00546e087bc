using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>"Add the missing members" on switch expressions.</summary>
    public partial class AddMissingMembersFixTests
    {
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

    }
}
