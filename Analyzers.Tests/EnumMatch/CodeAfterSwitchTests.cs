using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Issue 18, item 2: when every section of a switch statement leaves it (return, throw, continue, goto case), the code
    /// after the switch runs only for the values no section takes: it is the switch's <c>default</c>. Each silent case beside
    /// its flagged twin (a section that breaks out, so the code after it is not a default), in both nullable contexts.
    /// </summary>
    public class CodeAfterSwitchTests
    {
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task ReturnAfterASwitchWhoseSectionsAllReturnIsItsDefault(bool nullable) => Analyze("""

using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled: return "filled";
            case OrderStatus.Canceled: return "canceled";
        }

        return "unknown";
    }
}

""").WithNullable(nullable).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task ReturnAfterASwitchWithASectionThatBreaksIsNotADefault(bool nullable) => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled: return "filled";
            case OrderStatus.Canceled: Console.WriteLine("canceled"); break;
        }

        return "unknown";
    }
}

""").WithNullable(nullable).Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(9, 9, 9, 15).WithArguments(
            "OrderStatus", "13", "15", "PendingNew, New, PartiallyFilled and 10 more", "silently ignored (the switch has no default)")).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task CodeAfterASwitchWhoseSectionsContinueTheLoopIsItsDefault(bool nullable) => Analyze("""

using System;
using System.Collections.Generic;
using Clst.Contracts;

class C
{
    int M(IEnumerable<OrderStatus> statuses)
    {
        int filled = 0;
        foreach (var s in statuses)
        {
            switch (s)
            {
                case OrderStatus.Filled:
                    filled++;
                    continue;
                case OrderStatus.PartiallyFilled:
                    for (int i = 0; i < 2; i++) { if (i == 1) break; }
                    goto case OrderStatus.Filled;
            }

            Console.WriteLine("not filled: " + s);
        }

        return filled;
    }
}

""").WithNullable(nullable).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task CodeAfterASwitchWithAGotoToALabelIsNotADefault(bool nullable) => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled: return;
            case OrderStatus.Canceled: goto done;
        }

        Console.WriteLine("other");
        done:
        Console.WriteLine("end");
    }
}

""").WithNullable(nullable).Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(9, 9, 9, 15).WithArguments(
            "OrderStatus", "13", "15", "PendingNew, New, PartiallyFilled and 10 more", "silently ignored (the switch has no default)")).VerifyAsync();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public Task ThrowAfterASwitchWhoseSectionsAllReturnIsJudgedAsAThrowingDefault(bool nullable) => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled: return "filled";
            case OrderStatus.Canceled: return "canceled";
        }

        throw new InvalidOperationException();
    }
}

""").WithNullable(nullable).Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(9, 9, 9, 15).WithArguments(
            "OrderStatus", "13", "15", "PendingNew, New, PartiallyFilled and 10 more", "thrown at run time by the throw after the switch")).VerifyAsync();
    }
}
