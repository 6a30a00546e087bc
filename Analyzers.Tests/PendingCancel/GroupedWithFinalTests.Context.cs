using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Form 1 (continued): what around a group keeps it silent (a guard before the cancel, names, logging) or does not hide it.</summary>
    public partial class GroupedWithFinalTests
    {
        [Fact]
        public Task GuardBeforeSendingTheCancelStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Threading.Tasks;
using Clst.Contracts;

class Canceller
{
    public async Task CancelIfNeededAsync(IClstOrdersClient client, Order order)
    {
        if (order.Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.PendingCancel)
        {
            return;
        }

        var answer = await client.CancelOpenOrderAsync(order.AccountId, order.Id);
        if (!answer.Data.Status.IsFinal())
        {
            await client.WaitForFinalStatusAsync(order.AccountId, order.Id);
        }
    }
}
""");

        [Fact]
        public Task GuardInALambdaBeforeTheCancelLoopStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Clst.Contracts;

class Canceller
{
    public async Task CancelAllAsync(IClstOrdersClient client, IEnumerable<Order> orders)
    {
        foreach (var o in orders.Where(o => o.Status is not (OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.PendingCancel)))
        {
            var answer = await client.CancelOpenOrderAsync(o.AccountId, o.Id);
            if (!answer.Data.Status.IsFinal())
            {
                await client.WaitForFinalStatusAsync(o.AccountId, o.Id);
            }
        }
    }

    public IEnumerable<Order> Cancellable(IEnumerable<Order> orders)
        => orders.Where(o => o.Status is not (OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.PendingCancel));
}
""");

        [Fact]
        public Task TernaryPickingAPendingLabelStaysSilentAndAClosedOneIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class View
{
    public string Label(Order o) => o.Status is OrderStatus.Canceled or OrderStatus.PendingCancel ? "Canceling" : "Open";

    public string Bucket(Order o) => o.Status is OrderStatus.Canceled or [|OrderStatus.PendingCancel|] ? "Closed" : "Open";
}
""");

        [Fact]
        public Task NamesThatSayCancelRequestedStaySilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class Canceller
{
    public bool CanCancel(Order order) => order.Status is not (OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.PendingCancel);

    public bool CanModify(OrderStatus s)
    {
        switch (s)
        {
            case OrderStatus.Filled:
            case OrderStatus.Canceled:
            case OrderStatus.PendingCancel:
                return false;
            default:
                return true;
        }
    }

    public bool IsReplaceable(Order order) => order.Status is not (OrderStatus.Filled or OrderStatus.PendingCancel);

    public bool Check(Order order)
    {
        bool cancelAlreadyRequested = order.Status is OrderStatus.Canceled or OrderStatus.PendingCancel;
        return cancelAlreadyRequested;
    }
}
""");

        [Fact]
        public Task OnlyLoggingStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using Clst.Contracts;

class Report
{
    public void Print(Order order)
    {
        if (order.Status is OrderStatus.Canceled or OrderStatus.PendingCancel)
        {
            Console.WriteLine($"{order.Id}: cancel {order.Status}");
        }
    }
}
""");

        [Fact]
        public Task ExtraConditionsDoNotHideTheGroup() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();

    public void OnUpdate(Order order, bool replay)
    {
        if (!replay && order.Status is OrderStatus.Filled or OrderStatus.Canceled or [|OrderStatus.PendingCancel|])
        {
            _open.Remove(order.Id);
        }

        if ((order.Status == OrderStatus.PendingCancel && replay) || order.Status == OrderStatus.Canceled)
        {
            _open.Remove(order.Id);
        }
    }
}
""");

        [Fact]
        public Task DoneForDayOrOtherBesideTheFinalsStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class Session
{
    public bool QuietToday(OrderStatus s) => s is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.DoneForDay or OrderStatus.PendingCancel;

    public bool Unclear(OrderStatus s) => s is OrderStatus.Canceled or OrderStatus.Other or OrderStatus.PendingCancel;
}
""");

        [Fact]
        public Task PropertyPatternIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    public int CountClosed(IEnumerable<Order> orders)
    {
        int n = 0;
        foreach (var o in orders)
        {
            if (o is { Status: OrderStatus.Canceled or [|OrderStatus.PendingCancel|] })
            {
                n++;
            }
        }

        return n;
    }
}
""");
    }
}
