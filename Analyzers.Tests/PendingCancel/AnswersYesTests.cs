using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Form 2: a function whose name says final / done / canceled answers yes for PENDING_CANCEL.</summary>
    public class AnswersYesTests
    {
        [Fact]
        public Task MethodNamedIsCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsCanceled(Order order) => order.Status == [|OrderStatus.PendingCancel|] || order.Status == OrderStatus.Canceled;

    public static bool IsCancelled(OrderStatus status) => status == [|OrderStatus.PendingCancel|];
}
""");

        [Fact]
        public Task MethodNamedIsCanceledThatAsksOnlyCanceledStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsCanceled(Order order) => order.Status == OrderStatus.Canceled;

    public static bool IsCancelPending(OrderStatus status) => status == OrderStatus.PendingCancel;

    public static bool IsNotDone(OrderStatus status) => status == OrderStatus.PendingCancel || status == OrderStatus.New;
}
""");

        [Fact]
        public Task PropertyNamedIsDoneIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class TrackedOrder
{
    public OrderStatus Status { get; set; }

    public bool IsDone => Status.IsFinal() || Status == [|OrderStatus.PendingCancel|];

    public bool IsClosed
    {
        get { return Status == [|OrderStatus.PendingCancel|]; }
    }
}
""");

        [Fact]
        public Task PropertyNamedIsDoneThatAsksIsFinalStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class TrackedOrder
{
    public OrderStatus Status { get; set; }

    public bool IsDone => Status.IsFinal();

    public bool IsClosed => Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced;
}
""");

        [Fact]
        public Task SwitchExpressionReturningTrueIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsTerminal(OrderStatus status) => status switch
    {
        OrderStatus.Filled => true,
        OrderStatus.Canceled => true,
        [|OrderStatus.PendingCancel|] => true,
        _ => false,
    };

    public static bool IsFinished(OrderStatus status) => status switch
    {
        [|OrderStatus.PendingCancel|] => true,
        _ => status.IsFinal(),
    };
}
""");

        [Fact]
        public Task SwitchExpressionReturningFalseForPendingCancelStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsTerminal(OrderStatus status) => status switch
    {
        OrderStatus.Filled => true,
        OrderStatus.Canceled => true,
        OrderStatus.PendingCancel => false,
        _ => false,
    };
}
""");

        [Fact]
        public Task SwitchStatementReturningTrueIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsComplete(OrderStatus status)
    {
        switch (status)
        {
            case OrderStatus.Filled:
                return true;
            case [|OrderStatus.PendingCancel|]:
                return true;
            default:
                return false;
        }
    }
}
""");

        [Fact]
        public Task IfChainReturningTrueIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsFinal(OrderStatus status)
    {
        if (status == [|OrderStatus.PendingCancel|])
        {
            return true;
        }

        return status.IsFinal();
    }
}
""");

        [Fact]
        public Task IfChainReturningFalseStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsFinal(OrderStatus status)
    {
        if (status == OrderStatus.PendingCancel)
        {
            return false;
        }

        return status.IsFinal();
    }
}
""");

        [Fact]
        public Task LocalFunctionAndLambdaAreFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Collections.Generic;
using System.Linq;
using Clst.Contracts;

class Report
{
    public int Count(IEnumerable<Order> orders)
    {
        Func<OrderStatus, bool> isDone = s => s == [|OrderStatus.PendingCancel|];
        return orders.Count(o => IsCanceled(o.Status) || isDone(o.Status));

        static bool IsCanceled(OrderStatus s) => s == [|OrderStatus.PendingCancel|];
    }
}
""");

        [Fact]
        public Task NonBooleanFunctionWithAFinalNameIsNotForm2() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class OrderFacts
{
    public static int DoneCount(OrderStatus status) => status == OrderStatus.PendingCancel ? 1 : 0;
}
""");
    }
}
