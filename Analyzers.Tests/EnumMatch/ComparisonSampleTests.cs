using System.Threading.Tasks;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// The sample of <c>docs/rules/CLST003.md</c>, "Compared with IDE0010, IDE0072 and CS8509": what our rules and the compiler
    /// report on it (the IDE0010/IDE0072 column of that table was measured with the .NET SDK's code-style analyzers, as the page
    /// describes). If this test changes, the table must change with it.
    /// </summary>
    public class ComparisonSampleTests
    {
        private const string Sample = """

using System;
using Clst.Contracts;

namespace Shop { public enum OrderStatus { Pending, Shipped, Canceled } }

public static class Sample
{
    // statement, no default, members missing: the rest is silently ignored
    public static void S1_NoDefault(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled: Console.WriteLine("filled"); break;
            case OrderStatus.Canceled: Console.WriteLine("canceled"); break;
        }
    }

    // statement, every member listed, no default
    public static int S2_CompleteNoDefault(Side side)
    {
        switch (side)
        {
            case Side.Buy: return 1;
            case Side.Sell: case Side.SellShort: return -1;
            case Side.Other: return 0;
        }
        return 0;
    }

    // statement, members missing, default throws
    public static string S3_ThrowingDefault(OrderStatus s)
    {
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled: return "filled";
            default: throw new InvalidOperationException(s.ToString());
        }
    }

    // statement, members missing, default answers (an explicit choice)
    public static bool S4_ExplicitDefault(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled: return true;
            default: return false;
        }
    }

    // statement, every member named but one only under a 'when' guard, no default
    public static int S5_GuardedCase(Side side, bool shortingAllowed)
    {
        int sign = 0;
        {|CLST005:switch|} (side)
        {
            case Side.Buy: sign = 1; break;
            case Side.Sell: sign = -1; break;
            case Side.SellShort when shortingAllowed: sign = -2; break;
            case Side.Other: sign = 0; break;
        }
        return sign;
    }

    // statement, members missing, a throw right after the switch
    public static int S6_ThrowAfter(TimeInForce t)
    {
        {|CLST004:switch|} (t)
        {
            case TimeInForce.Day: return 1;
            case TimeInForce.GoodTillCancel: return 2;
        }
        throw new NotSupportedException(t.ToString());
    }

    // statement, every member listed, default throws (only out-of-range numbers reach it)
    public static int S7_CompleteThrowingDefault(Side side)
    {
        switch (side)
        {
            case Side.Buy: return 1;
            case Side.Sell: case Side.SellShort: return -1;
            case Side.Other: return 0;
            default: throw new ArgumentOutOfRangeException(nameof(side));
        }
    }

    // expression, members missing, no catch-all
    public static string E1_NoArm(OrderStatus s) => s {|CS8509:{|CLST003:switch|}|}
    {
        OrderStatus.Filled => "filled",
        OrderStatus.Canceled => "canceled",
    };

    // expression, every named member, no catch-all
    public static int E2_CompleteNoDiscard(Side side) => side {|CS8524:switch|}
    {
        Side.Buy => 1,
        Side.Sell or Side.SellShort => -1,
        Side.Other => 0,
    };

    // expression, members missing, discard throws
    public static string E3_ThrowingDiscard(TimeInForce t) => t {|CLST004:switch|}
    {
        TimeInForce.Day => "day",
        _ => throw new NotSupportedException(t.ToString()),
    };

    // expression, members missing, discard answers (an explicit choice)
    public static bool E4_ExplicitDiscard(OrderStatus s) => s switch
    {
        OrderStatus.New or OrderStatus.PartiallyFilled => true,
        _ => false,
    };

    // expression, every named member plus a throwing discard for out-of-range numbers
    public static int E5_CompleteThrowingDiscard(Side side) => side switch
    {
        Side.Buy => 1,
        Side.Sell or Side.SellShort => -1,
        Side.Other => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    // expression, every member named but one only under a 'when' guard, throwing discard
    public static int E6_GuardedArm(Side side, bool shortingAllowed) => side {|CLST005:switch|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
        Side.SellShort when shortingAllowed => -2,
        Side.Other => 0,
        _ => throw new NotSupportedException(),
    };

    // if/else-if chain over one value ending in a throw
    public static string I1_IfChain(OrderStatus s)
    {
        {|CLST003:if|} (s == OrderStatus.Filled) return "filled";
        else if (s == OrderStatus.Canceled) return "canceled";
        else throw new InvalidOperationException(s.ToString());
    }

    // a shop's unrelated OrderStatus, statement with no default
    public static void U1_ShopEnum(Shop.OrderStatus s)
    {
        switch (s)
        {
            case Shop.OrderStatus.Pending: Console.WriteLine("pending"); break;
        }
    }

    // statement, every member named but one only under a 'when' guard, default throws
    public static int S8_GuardedCaseThrowingDefault(Side side, bool shortingAllowed)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy: return 1;
            case Side.Sell: return -1;
            case Side.SellShort when shortingAllowed: return -2;
            case Side.Other: return 0;
            default: throw new NotSupportedException();
        }
    }

    // a shop's unrelated OrderStatus, expression with no catch-all
    public static string U2_ShopEnumExpression(Shop.OrderStatus s) => s {|CS8509:switch|}
    {
        Shop.OrderStatus.Pending => "pending",
    };
}

""";

        [Fact]
        public Task OursAndTheCompilersOnTheComparisonSample() => Analyze(Sample).WithCompilerWarnings().VerifyAsync();
    }
}
