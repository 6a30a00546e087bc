using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>CLST003–CLST005 on <c>switch</c> statements with pattern labels, guards and catch-alls, on values that are not the enum, and on nullable values: each flagged form with its silent twin.</summary>
    public class SwitchStatementPatternTests
    {
        // ------------------------------------------------------------------ patterns, guards, catch-alls

        [Fact]
        public Task CaseGuardedByWhenDoesNotHandleItsMember() => Analyze("""

using Clst.Contracts;

class C
{
    int M(Side side, bool shortingAllowed)
    {
        int code = 0;
        switch (side)
        {
            case Side.Buy: code = 1; break;
            case Side.Sell: code = 2; break;
            case Side.SellShort when shortingAllowed: code = 3; break;
            case Side.Other: code = 4; break;
        }

        return code;
    }
}

""").Expecting(new DiagnosticResult("CLST005", DiagnosticSeverity.Info).WithSpan(9, 9, 9, 15).WithArguments(
            "Side", "1", "4", "SellShort", "silently ignored (the switch has no default)"))
            .VerifyAsync();

        [Fact]
        public Task GuardedCaseBesideAnUnguardedOneIsSilent() => Analyze("""

using Clst.Contracts;

class C
{
    int M(Side side, bool shortingAllowed)
    {
        switch (side)
        {
            case Side.Buy: return 1;
            case Side.Sell: return 2;
            case Side.SellShort when shortingAllowed: return 3;
            case Side.SellShort: return -3;
            case Side.Other: return 4;
        }

        return 0;
    }
}

""").VerifyAsync();

        [Fact]
        public Task OrPatternLabelsCount() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void Complete(SecurityType type)
    {
        switch (type)
        {
            case SecurityType.CommonStock or SecurityType.Index:
                break;
            case SecurityType.Option or SecurityType.Cash or SecurityType.Other:
                break;
        }
    }

    void Incomplete(SecurityType type)
    {
        {|CLST005:switch|} (type)
        {
            case SecurityType.CommonStock or SecurityType.Index:
                break;
            default:
                throw new NotSupportedException();
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task ThrowingCatchAllPatternIsAFallback() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void Throws(QueueState state)
    {
        {|CLST005:switch|} (state)
        {
            case QueueState.Released:
                break;
            case var other:
                throw new NotSupportedException(other.ToString());
        }
    }

    void Explicit(QueueState state)
    {
        switch (state)
        {
            case QueueState.Released:
                break;
            case var other:
                Console.WriteLine(other);
                break;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task PatternsWeDoNotJudgeKeepItSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        switch (s)
        {
            case < OrderStatus.Filled:
                break;
            case OrderStatus.Canceled:
                break;
            default:
                throw new NotSupportedException();
        }
    }
}

""").VerifyAsync();

        // ------------------------------------------------------------------ what is not a match over the enum

        [Fact]
        public Task SwitchOnAnotherValueThatMentionsMembersIsSilent() => Analyze("""

using Clst.Contracts;

class C
{
    OrderStatus M(int code)
    {
        switch (code)
        {
            case 1: return OrderStatus.Filled;
            case 2: return OrderStatus.Canceled;
        }

        return OrderStatus.Other;
    }

    int N(OrderStatus a, OrderStatus b)
    {
        switch ((a, b))
        {
            case (OrderStatus.Filled, OrderStatus.Filled): return 1;
        }

        return 0;
    }

    int P(string wire)
    {
        switch (wire)
        {
            case nameof(OrderStatus.Filled): return 1;
        }

        return 0;
    }
}

""").VerifyAsync();

        [Fact]
        public Task NumericCaseLabelsCountByValue() => Analyze("""

using Clst.Contracts;

class C
{
    int M(TrailingOffsetType type)
    {
        switch (type)
        {
            case (TrailingOffsetType)0: return 1;
            case TrailingOffsetType.Bps: return 2;
            case TrailingOffsetType.Other: return 3;
        }

        return 0;
    }
}

""").VerifyAsync();

        // ------------------------------------------------------------------ nullable values

        [Fact]
        public Task NullableValueIsJudgedByItsMembers() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void Incomplete(Order order)
    {
        {|CLST005:switch|} (order.InstrumentType)
        {
            case null:
                break;
            case SecurityType.CommonStock:
                break;
        }
    }

    void Complete(Order order)
    {
        switch (order.InstrumentType)
        {
            case SecurityType.CommonStock or SecurityType.Index or SecurityType.Option or SecurityType.Cash or SecurityType.Other:
                break;
        }
    }

    void TypePatternIsACatchAll(Order order)
    {
        switch (order.QueueState)
        {
            case QueueState.Released:
                break;
            case QueueState state:
                Console.WriteLine(state);
                break;
        }
    }
}

""").VerifyAsync();
    }
}
