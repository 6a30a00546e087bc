using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// CLST003–CLST005 on <c>switch</c> expressions. Sources with no catch-all arm run with the compiler's warnings compared
    /// (see <see cref="EnumMatchTest"/>): CS8509 reports beside ours, CS8524 alone where every named member is handled.
    /// </summary>
    public class SwitchExpressionTests
    {
        [Fact]
        public Task NoArmForSomeMembersIsFlaggedBesideCS8509() => Analyze("""

using Clst.Contracts;

class C
{
    string M(OrderStatus s) => s {|CS8509:{|CLST003:switch|}|}
    {
        OrderStatus.Filled => "filled",
        OrderStatus.Canceled => "canceled",
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task MessageSaysTheCompilersCodeThrows() => Analyze("""

using Clst.Contracts;

class C
{
    int M(TimeInForce t) => t switch
    {
        TimeInForce.Day => 1,
        TimeInForce.GoodTillCancel => 2,
    };
}

""").Expecting(new DiagnosticResult("CLST004", DiagnosticSeverity.Warning).WithSpan(6, 31, 6, 37).WithArguments(
            "TimeInForce", "9", "11", "ImmediateOrCancel, FillOrKill, GoodTillDate and 6 more", "thrown at run time (the switch expression has no arm for them)"))
            .VerifyAsync();

        [Fact]
        public Task EveryNamedMemberHandledIsSilentWhereTheCompilerStillGivesCS8524() => Analyze("""

using Clst.Contracts;

class C
{
    int M(Side side) => side {|CS8524:switch|}
    {
        Side.Buy => 1,
        Side.Sell or Side.SellShort => -1,
        Side.Other => 0,
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task DiscardForOutOfRangeValuesBesideEveryMemberIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    int M(Side side) => side switch
    {
        Side.Buy => 1,
        Side.Sell or Side.SellShort => -1,
        Side.Other => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task ThrowingDiscardIsFlagged() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    bool IsDone(OrderStatus s) => s {|CLST003:switch|}
    {
        OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced => true,
        OrderStatus.New or OrderStatus.PartiallyFilled => false,
        _ => throw new InvalidOperationException($"unexpected status {s}"),
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task DiscardWithAValueIsAnExplicitChoice() => Analyze("""

using Clst.Contracts;

class C
{
    bool IsWorking(OrderStatus s) => s switch
    {
        OrderStatus.New or OrderStatus.PartiallyFilled => true,
        _ => false,
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task DiscardCallingAThrowHelperIsFlagged() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    static T Unexpected<T>(object value) => throw new InvalidOperationException(value.ToString());

    decimal Sign(Side side) => side {|CLST005:switch|}
    {
        Side.Buy => 1m,
        Side.Sell => -1m,
        _ => Unexpected<decimal>(side),
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task ArmGuardedByWhenDoesNotHandleItsMember() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    int M(Side side, bool allowed) => side {|CLST005:switch|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
        Side.SellShort when allowed => -2,
        Side.Other => 0,
        _ => throw new NotSupportedException(),
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task CatchAllDesignationThatThrowsIsFlaggedAndOneThatAnswersIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string Throws(QueueState state) => state {|CLST005:switch|}
    {
        QueueState.Released => "released",
        var other => throw new NotSupportedException(other.ToString()),
    };

    string Answers(QueueState? state) => state switch
    {
        QueueState.Released => "released",
        QueueState other => other.ToString(),
        null => "none",
    };

    string NotNullIsACatchAll(QueueState? state) => state switch
    {
        QueueState.Released => "released",
        not null => "waiting",
        null => "none",
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task OurRuleDoesNotDependOnCS8509() => Analyze("""

using Clst.Contracts;

class C
{
    string M(OrderStatus s) => s {|CLST003:switch|}
    {
        OrderStatus.Filled => "filled",
    };
}

""").WithCompilerWarnings().WithEditorConfig("dotnet_diagnostic.CS8509.severity = none").VerifyAsync();

        [Fact]
        public Task NestedSwitchExpressionsAreJudgedEachOnItsOwn() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string M(Order order) => order.Side switch
    {
        Side.Buy => order.TimeInForce {|CLST004:switch|}
        {
            TimeInForce.Day => "buy today",
            _ => throw new NotSupportedException(),
        },
        Side.Sell or Side.SellShort => "sell",
        _ => "other",
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task SwitchExpressionOverATupleIsNotChecked() => Analyze("""

using Clst.Contracts;

class C
{
    bool M(Side side, OrderType type) => (side, type) switch
    {
        (Side.Buy, OrderType.Market) => true,
        _ => throw new System.NotSupportedException(),
    };
}

""").WithCompilerWarnings().VerifyAsync();
    }
}
