using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Form 4 when the outcome is reported rather than stored: an event or a callback that says canceled, and the order
    /// looked up by the canceled id and marked canceled.
    /// </summary>
    public class ReportedCanceledTests
    {
        [Fact]
        public Task AnEventOrCallbackThatSaysCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class Desk
{
    public event Action<string>? OrderCanceled;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await [|client.CancelOpenOrderAsync(accountId, orderId)|];
        OrderCanceled?.Invoke(answer.Data.Id);
    }

    public async Task CancelThenCallBackAsync(IClstOrdersClient client, long accountId, string orderId, Action<string> onCanceled)
    {
        await [|client.CancelOpenOrderAsync(accountId, orderId)|];
        onCanceled(orderId);
    }
}
""");

        [Fact]
        public Task AnEventThatSaysRequestedOrACallbackAfterTheWaitStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class Desk
{
    public event Action<string>? OrderCancelRequested;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        OrderCancelRequested?.Invoke(answer.Data.Id);
    }

    public async Task CancelThenCallBackAsync(IClstOrdersClient client, long accountId, string orderId, Action<string> onCanceled)
    {
        await client.CancelOpenOrderAsync(accountId, orderId);
        var final = await client.WaitForFinalStatusAsync(accountId, orderId);
        if (final.Status == OrderStatus.Canceled)
        {
            onCanceled(orderId);
        }
    }
}
""");

        [Fact]
        public Task AnOrderLookedUpByTheCanceledIdAndMarkedCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _orders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        await [|client.CancelOpenOrderAsync(accountId, orderId)|];
        _orders[orderId].Status = OrderStatus.Canceled;
    }
}
""");

        [Fact]
        public Task AnOrderLookedUpAndMarkedPendingCancelOrAnotherOrderStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _orders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        await client.CancelOpenOrderAsync(accountId, orderId);
        _orders[orderId].Status = OrderStatus.PendingCancel;
    }

    public async Task CancelOtherAsync(IClstOrdersClient client, long accountId, string orderId, string replacedId)
    {
        await client.CancelOpenOrderAsync(accountId, orderId);
        _orders[replacedId].Status = OrderStatus.Replaced;
    }
}
""");
    }
}
