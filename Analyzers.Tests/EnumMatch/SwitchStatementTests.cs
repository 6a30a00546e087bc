using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>CLST003–CLST005 on <c>switch</c> statements: each flagged form with the twin that stays silent.</summary>
    public class SwitchStatementTests
    {
        // ------------------------------------------------------------------ no default: the rest is silently ignored

        [Fact]
        public Task NoDefaultIsFlaggedAsIgnored() => Analyze("""

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
            case OrderStatus.Canceled:
                Console.WriteLine("canceled");
                break;
        }
    }
}

""").Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(9, 9, 9, 15).WithArguments(
            "OrderStatus", "13", "15", "PendingNew, New, PartiallyFilled and 10 more", "silently ignored (the switch has no default)"))
            .VerifyAsync();

        [Fact]
        public Task EveryMemberListedWithoutDefaultIsSilent() => Analyze("""

using Clst.Contracts;

class C
{
    int M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.PendingNew: case OrderStatus.New: case OrderStatus.PartiallyFilled: return 1;
            case OrderStatus.Filled: case OrderStatus.Canceled: case OrderStatus.Rejected: case OrderStatus.Expired: return 2;
            case OrderStatus.PendingCancel: case OrderStatus.PendingReplace: case OrderStatus.Replaced: return 3;
            case OrderStatus.DoneForDay: case OrderStatus.Stopped: case OrderStatus.Suspended: case OrderStatus.Calculated: return 4;
            case OrderStatus.Other: return 5;
        }

        return 0;
    }
}

""").VerifyAsync();

        [Fact]
        public Task DefaultThatBreaksIsAnExplicitChoice() => Analyze("""

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
            default:
                break;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task DefaultThatDoesSomethingIsAnExplicitChoice() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    bool M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                return true;
            default:
                Console.WriteLine("still open: " + s);
                return false;
        }
    }
}

""").VerifyAsync();

        // ------------------------------------------------------------------ a throwing fallback

        [Fact]
        public Task ThrowingDefaultIsFlaggedAsThrown() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                return "done";
            case OrderStatus.New:
                return "open";
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s, null);
        }
    }
}

""").Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(9, 9, 9, 15).WithArguments(
            "OrderStatus", "13", "15", "PendingNew, PartiallyFilled, Canceled and 10 more", "thrown at run time by the fallback"))
            .VerifyAsync();

        [Fact]
        public Task ThrowingDefaultBesideEveryMemberIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    int M(TimeInForce t)
    {
        switch (t)
        {
            case TimeInForce.Day: return 1;
            case TimeInForce.GoodTillCancel: case TimeInForce.GoodTillDate: return 2;
            case TimeInForce.ImmediateOrCancel: case TimeInForce.FillOrKill: return 3;
            case TimeInForce.AtTheOpening: case TimeInForce.AtTheClose: return 4;
            case TimeInForce.GoodTillCrossing: case TimeInForce.GoodThroughCrossing: case TimeInForce.AtCrossing: return 5;
            case TimeInForce.Other: return 6;
            default:
                // Only an out-of-range numeric value gets here: throwing is right.
                throw new ArgumentOutOfRangeException(nameof(t));
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task DefaultThatLogsThenThrowsIsFlagged() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(TimeInForce t)
    {
        {|CLST004:switch|} (t)
        {
            case TimeInForce.Day:
                break;
            default:
                Console.WriteLine("unexpected");
                throw new NotSupportedException(t.ToString());
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task DefaultThatThrowsOnlySometimesIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    bool Strict { get; set; }

    void M(TimeInForce t)
    {
        switch (t)
        {
            case TimeInForce.Day:
                break;
            default:
                if (Strict)
                {
                    throw new NotSupportedException(t.ToString());
                }

                break;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task DefaultCallingADoesNotReturnHelperIsFlagged() => Analyze("""

using System;
using System.Diagnostics.CodeAnalysis;
using Clst.Contracts;

static class Throw
{
    [DoesNotReturn]
    public static void Unexpected(object value) => Console.WriteLine(value);
}

class C
{
    void M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                break;
            default:
                Throw.Unexpected(side);
                break;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task DefaultCallingASourceThrowHelperIsFlagged() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    static void Unexpected(object value)
    {
        var message = "unexpected " + value;
        throw new InvalidOperationException(message);
    }

    int M(OrderType type)
    {
        {|CLST005:switch|} (type)
        {
            case OrderType.Market:
                return 1;
            default:
                Unexpected(type);
                return 0;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task DefaultCallingAnOrdinaryMethodIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    static void Report(object value)
    {
        if (value == null)
        {
            return;
        }

        throw new InvalidOperationException(value.ToString());
    }

    int M(OrderType type)
    {
        switch (type)
        {
            case OrderType.Market:
                return 1;
            default:
                Report(type);
                return 0;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task ThrowRightAfterTheSwitchIsFlaggedAsThrown() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
                return "done";
        }

        throw new InvalidOperationException("unexpected status");
    }
}

""").Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(9, 9, 9, 15).WithArguments(
            "OrderStatus", "14", "15", "PendingNew, New, PartiallyFilled and 11 more", "thrown at run time by the throw after the switch"))
            .VerifyAsync();
    }
}
