using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Issue 18, item 1: only the members the value can still hold must be handled — after a wait for a final status, an
    /// <c>IsFinal()</c> / <c>IsPending()</c> test, an enclosing branch or a guard clause. Each silent case beside the flagged
    /// twin where the code establishes nothing (or stops establishing it), in both nullable contexts.
    /// </summary>
    public class KnownValuesTests
    {
        private const string FinalSwitch = """
        switch (final.Status)
        {
            case OrderStatus.Filled: return "filled";
            case OrderStatus.Canceled: return "canceled";
            case OrderStatus.Rejected: return "rejected";
            case OrderStatus.Expired: return "expired";
            case OrderStatus.Replaced: return "replaced";
            default: throw new InvalidOperationException();
        }
""";

        private static DiagnosticResult TenThrown(int line, int column) => new DiagnosticResult("CLST003", DiagnosticSeverity.Warning)
            .WithSpan(line, column, line, column + 6)
            .WithArguments("OrderStatus", "10", "15", "PendingNew, New, PartiallyFilled and 7 more", "thrown at run time by the fallback");

        // ------------------------------------------------------------------ after a wait for a final status

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task SwitchOverTheFinalStatusesAfterTheWaitIsSilent(bool nullable) => Analyze($$"""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    async Task<string> M(IClstOrdersClient client)
    {
        var final = await client.WaitForFinalStatusAsync(1, "o-1");
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task SwitchOverTheAwaitedWaitItselfIsSilent(bool nullable) => Analyze("""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    async Task<bool> M(IClstOrdersClient client)
        => (await client.WaitForFinalStatusAsync(1, "o-1")).Status switch
        {
            OrderStatus.Filled => true,
            OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced => false,
            _ => throw new InvalidOperationException(),
        };
}

""").WithNullable(nullable).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task SameSwitchOverAnOrderThatWasNotWaitedForIsFlagged(bool nullable) => Analyze($$"""

using System;
using Clst.Contracts;

class C
{
    string M(Order final)
    {
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).Expecting(TenThrown(9, 9)).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task SameSwitchAfterTheWaitedOrderIsReassignedIsFlagged(bool nullable) => Analyze($$"""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    async Task<string> M(IClstOrdersClient client, Order other)
    {
        var final = await client.WaitForFinalStatusAsync(1, "o-1");
        final = other;
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).Expecting(TenThrown(12, 9)).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task SameSwitchAfterTheWaitedStatusIsWrittenIsFlagged(bool nullable) => Analyze($$"""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    async Task<string> M(IClstOrdersClient client)
    {
        var final = await client.WaitForFinalStatusAsync(1, "o-1");
        final.Status = OrderStatus.New;
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).Expecting(TenThrown(12, 9)).VerifyAsync();

        // ------------------------------------------------------------------ IsFinal() / IsPending(), branches and guard clauses

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task GuardClauseOnIsFinalLeavesOnlyTheFinalStatuses(bool nullable) => Analyze($$"""

using System;
using Clst.Contracts;

class C
{
    string M(Order final)
    {
        if (!final.Status.IsFinal()) return "still working";
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task GuardClauseThatDoesNotLeaveEstablishesNothing(bool nullable) => Analyze($$"""

using System;
using Clst.Contracts;

class C
{
    string M(Order final)
    {
        if (!final.Status.IsFinal()) Console.WriteLine("still working");
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).Expecting(TenThrown(10, 9)).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task SwitchInTheBranchWhereIsFinalHoldsIsSilent(bool nullable) => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        if (s.IsFinal())
        {
            switch (s)
            {
                case OrderStatus.Filled: Console.WriteLine("filled"); break;
                case OrderStatus.Canceled: case OrderStatus.Rejected: case OrderStatus.Expired: case OrderStatus.Replaced: Console.WriteLine("done"); break;
            }
        }
    }
}

""").WithNullable(nullable).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task SameSwitchInTheElseBranchIsFlaggedForTheRest(bool nullable) => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        if (s.IsFinal())
        {
            Console.WriteLine("done");
        }
        else
        {
            switch (s)
            {
                case OrderStatus.Filled: Console.WriteLine("filled"); break;
                case OrderStatus.PendingNew: case OrderStatus.PendingCancel: case OrderStatus.PendingReplace: Console.WriteLine("pending"); break;
            }
        }
    }
}

""").WithNullable(nullable).Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(15, 13, 15, 19).WithArguments(
            "OrderStatus", "7", "15", "New, PartiallyFilled, DoneForDay and 4 more", "silently ignored (the switch has no default)")).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task GuardClauseOnIsPendingAndAnOrPatternLeavesTheRest(bool nullable) => Analyze("""

using Clst.Contracts;

class C
{
    int M(OrderStatus s)
    {
        if (s.IsPending() || s is OrderStatus.New or OrderStatus.PartiallyFilled) return 0;
        if (s == OrderStatus.Other) return -1;
        return s switch
        {
            OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced => 1,
            OrderStatus.DoneForDay or OrderStatus.Stopped or OrderStatus.Suspended or OrderStatus.Calculated => 2,
            _ => throw new System.InvalidOperationException(),
        };
    }
}

""").WithNullable(nullable).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task GuardClauseThatLetsPartiallyFilledThroughIsFlaggedForIt(bool nullable) => Analyze("""

using Clst.Contracts;

class C
{
    int M(OrderStatus s)
    {
        if (s.IsPending() || s is OrderStatus.New) return 0;
        if (s == OrderStatus.Other) return -1;
        return s switch
        {
            OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced => 1,
            OrderStatus.DoneForDay or OrderStatus.Stopped or OrderStatus.Suspended or OrderStatus.Calculated => 2,
            _ => throw new System.InvalidOperationException(),
        };
    }
}

""").WithNullable(nullable).Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(10, 18, 10, 24).WithArguments(
            "OrderStatus", "1", "15", "PartiallyFilled", "thrown at run time by the fallback")).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task GuardOnAFieldEstablishesNothing(bool nullable) => Analyze($$"""

using System;
using Clst.Contracts;

class C
{
    private Order final = new Order();

    string M()
    {
        if (!final.Status.IsFinal()) return "still working";
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).Expecting(TenThrown(12, 9)).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task GuardInsideALambdaDoesNotReachAnOuterSwitch(bool nullable) => Analyze($$"""

using System;
using Clst.Contracts;

class C
{
    string M(Order final)
    {
        Func<bool> check = () => { if (!final.Status.IsFinal()) return false; return true; };
{{FinalSwitch}}
    }
}

""").WithNullable(nullable).Expecting(TenThrown(10, 9)).VerifyAsync();

        // ------------------------------------------------------------------ the fix adds only what the value can still hold

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task FixAddsOnlyTheFinalStatusesAfterAnIsFinalGuard(bool nullable)
        {
            const string Before = """

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s, OrderStatus t)
    {
        if (!s.IsFinal() || !t.IsFinal()) return;
        {|CLST003:switch|} (s)
        {
            case OrderStatus.Filled:
                Console.WriteLine("filled");
                break;
        }

        {|CLST003:switch|} (t)
        {
            case OrderStatus.Canceled:
                Console.WriteLine("canceled");
                break;
        }
    }
}

""";
            return Rule<IncompleteEnumMatchAnalyzer, AddMissingEnumMembersCodeFixProvider>.On(Before).FixesTo("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s, OrderStatus t)
    {
        if (!s.IsFinal() || !t.IsFinal()) return;
        switch (s)
        {
            case OrderStatus.Filled:
                Console.WriteLine("filled");
                break;
            // final: the order can no longer fill or change
            case OrderStatus.Canceled:
            case OrderStatus.Rejected:
            case OrderStatus.Expired:
            case OrderStatus.Replaced:
                break;
        }

        switch (t)
        {
            case OrderStatus.Canceled:
                Console.WriteLine("canceled");
                break;
            // final: the order can no longer fill or change
            case OrderStatus.Filled:
            case OrderStatus.Rejected:
            case OrderStatus.Expired:
            case OrderStatus.Replaced:
                break;
        }
    }
}

""").WithCodeActionOf(Before, AddMissingEnumMembersCodeFixProvider.EquivalenceKeyFor).WithNullable(nullable).VerifyAsync();
        }
    }
}
