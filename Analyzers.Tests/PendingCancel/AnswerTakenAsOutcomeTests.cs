using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Form 4: the cancel call's answer taken as the order's outcome.</summary>
    public class AnswerTakenAsOutcomeTests
    {
        [Fact]
        public Task RemovingFromTheOpenOrdersAfterADiscardedAnswerIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId, CancellationToken ct)
    {
        await [|client.CancelOpenOrderAsync(accountId, orderId, ct)|];
        _openOrders.Remove(orderId);
    }
}
""");

        [Fact]
        public Task WaitingForTheFinalStatusStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId, CancellationToken ct)
    {
        await client.CancelOpenOrderAsync(accountId, orderId, ct);
        var final = await client.WaitForFinalStatusAsync(accountId, orderId, cancellationToken: ct);
        _openOrders.Remove(orderId);
    }
}
""");

        [Fact]
        public Task PollingUntilFinalStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        await client.CancelOpenOrderAsync(accountId, orderId);
        Order order;
        do
        {
            await Task.Delay(200);
            order = (await client.GetOrderByIdAsync(accountId, orderId)).Data;
        }
        while (!order.Status.IsFinal());

        _openOrders.Remove(orderId);
    }
}
""");

        [Fact]
        public Task MarkingTheOrderCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Threading.Tasks;
using Clst.Contracts;

class TrackedOrder
{
    public long AccountId { get; set; }
    public string Id { get; set; } = "";
    public OrderStatus Status { get; set; }
    public bool IsCanceled { get; set; }
}

class Tracker
{
    public async Task CancelAsync(IClstOrdersClient client, TrackedOrder order)
    {
        var answer = await [|client.CancelOpenOrderAsync(order.AccountId, order.Id)|];
        order.Status = OrderStatus.Canceled;
    }

    public async Task CancelFlagAsync(IClstOrdersClient client, TrackedOrder order)
    {
        await [|client.CancelOpenOrderAsync(order.AccountId, order.Id)|];
        order.IsCanceled = true;
    }

    public async Task CancelAndNotifyAsync(IClstOrdersClient client, TrackedOrder order)
    {
        await [|client.CancelOpenOrderAsync(order.AccountId, order.Id)|];
        OnOrderCancelled(order.Id);
    }

    private void OnOrderCancelled(string id) { }
}
""");

        [Fact]
        public Task MarkingTheCancelRequestedStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class TrackedOrder
{
    public long AccountId { get; set; }
    public string Id { get; set; } = "";
    public bool CancelRequested { get; set; }
}

class Tracker
{
    private readonly HashSet<string> _toCancel = new();

    public async Task CancelAsync(IClstOrdersClient client, TrackedOrder order)
    {
        await client.CancelOpenOrderAsync(order.AccountId, order.Id);
        order.CancelRequested = true;
        _toCancel.Remove(order.Id);
        OnCancelRequested(order.Id);
    }

    private void OnCancelRequested(string id) { }
}
""");

        [Fact]
        public Task TrackingTheCancelAsInFlightStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class TrackedOrder
{
    public long AccountId { get; set; }
    public string Id { get; set; } = "";
    public OrderStatus Status { get; set; }
}

class Book
{
    private readonly Dictionary<string, TrackedOrder> _openOrders = new();
    private readonly Dictionary<string, TrackedOrder> _pendingCancels = new();

    public async Task MoveAsync(IClstOrdersClient client, TrackedOrder order)
    {
        await client.CancelOpenOrderAsync(order.AccountId, order.Id);
        _openOrders.Remove(order.Id);
        _pendingCancels[order.Id] = order;
    }

    public async Task MarkAsync(IClstOrdersClient client, TrackedOrder order)
    {
        await client.CancelOpenOrderAsync(order.AccountId, order.Id);
        _openOrders.Remove(order.Id);
        order.Status = OrderStatus.PendingCancel;
    }

    public async Task NotifyAsync(IClstOrdersClient client, TrackedOrder order)
    {
        await client.CancelOpenOrderAsync(order.AccountId, order.Id);
        _openOrders.Remove(order.Id);
        MarkCancelPending(order.Id);
    }

    private void MarkCancelPending(string id) { }
}
""");

        [Fact]
        public Task UsingTheAnswersFiguresAsFinalIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Threading.Tasks;
using Clst.Contracts;

class Positions
{
    private decimal _position;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var response = await [|client.CancelOpenOrderAsync(accountId, orderId)|];
        _position += response.Data.FilledQuantity;
    }

    public async Task<decimal?> CancelAndPriceAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var order = (await [|client.CancelOpenOrderAsync(accountId, orderId)|]).Data;
        decimal? price = order.AverageFillPrice;
        return price;
    }
}
""");

        [Fact]
        public Task LookingAtTheAnswersStatusStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Threading.Tasks;
using Clst.Contracts;

class Positions
{
    private decimal _position;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var response = await client.CancelOpenOrderAsync(accountId, orderId);
        if (response.Data.Status.IsFinal())
        {
            _position += response.Data.FilledQuantity;
        }
    }
}
""");

        [Fact]
        public Task OnlyLoggingTheAnswerStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class Positions
{
    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var response = await client.CancelOpenOrderAsync(accountId, orderId);
        Console.WriteLine($"cancel sent for {orderId}: {response.Data.Status}, filled so far {response.Data.FilledQuantity}");
    }
}
""");

        [Fact]
        public Task HandingTheAnswerOnStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _openOrders = new();

    public async Task<CancelOpenOrderResponse> CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var response = await client.CancelOpenOrderAsync(accountId, orderId);
        _openOrders.Remove(orderId);
        return response;
    }
}
""");

        [Fact]
        public Task RemovingInACatchForNotFoundStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        try
        {
            await client.CancelOpenOrderAsync(accountId, orderId);
        }
        catch (ClstNotFoundException)
        {
            _openOrders.Remove(orderId);
            return;
        }
    }
}
""");

        [Fact]
        public Task RemovingADifferentOrderStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _openOrders = new();

    public async Task ReplaceAsync(IClstOrdersClient client, long accountId, string oldId, string filledId)
    {
        await client.CancelOpenOrderAsync(accountId, oldId);
        _openOrders.Remove(filledId);
    }
}
""");

        [Fact]
        public Task SynchronousWaitAndLoopsAreFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly List<Order> _openOrders = new();

    public void CancelAll(IClstOrdersClient client, IReadOnlyList<Order> orders)
    {
        foreach (var order in orders)
        {
            [|client.CancelOpenOrderAsync(order.AccountId, order.Id)|].GetAwaiter().GetResult();
            _openOrders.Remove(order);
        }
    }
}
""");
    }
}
