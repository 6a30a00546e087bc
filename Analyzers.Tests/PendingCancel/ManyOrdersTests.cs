using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Several orders at once: a <c>Task.WhenAll</c> of cancels, a loop that cancels each order, and the cancel of all open
    /// orders (whose answer is the list of orders, each normally PENDING_CANCEL), followed by code that treats them all as
    /// gone; beside the twins that wait for each order or list the orders again.
    /// </summary>
    public class ManyOrdersTests
    {
        [Fact]
        public Task TreatingOrdersCanceledTogetherAsGoneIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _open = new();

    public async Task CancelAllAsync(IClstOrdersClient client, long accountId, List<string> ids)
    {
        await Task.WhenAll(ids.Select(id => [|client.CancelOpenOrderAsync(accountId, id)|]));
        foreach (var id in ids)
        {
            _open.Remove(id);
        }
    }

    public async Task CancelAndClearAsync(IClstOrdersClient client, long accountId, List<string> ids)
    {
        await Task.WhenAll(ids.Select(id => [|client.CancelOpenOrderAsync(accountId, id)|]));
        _open.Clear();
    }

    public async Task CancelEachAsync(IClstOrdersClient client, long accountId, List<Order> orders)
    {
        foreach (var order in orders)
        {
            await [|client.CancelOpenOrderAsync(accountId, order.Id)|];
        }

        _open.Clear();
    }
}
""");

        [Fact]
        public Task WaitingForEachOrderCanceledTogetherStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _open = new();

    public async Task CancelAllAsync(IClstOrdersClient client, long accountId, List<string> ids)
    {
        await Task.WhenAll(ids.Select(id => client.CancelOpenOrderAsync(accountId, id)));
        await Task.WhenAll(ids.Select(id => client.WaitForFinalStatusAsync(accountId, id)));
        _open.Clear();
    }

    public async Task CancelEachAsync(IClstOrdersClient client, long accountId, List<Order> orders)
    {
        foreach (var order in orders)
        {
            await client.CancelOpenOrderAsync(accountId, order.Id);
        }

        foreach (var order in orders)
        {
            await client.WaitForFinalStatusAsync(accountId, order.Id);
            _open.Remove(order.Id);
        }
    }
}
""");

        [Fact]
        public Task TakingTheCancelAllAnswerAsCanceledOrdersIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _open = new();
    private readonly Dictionary<string, Order> _orders = new();

    public async Task FlattenAsync(IClstOrdersClient client, long accountId)
    {
        await [|client.CancelAllOpenOrdersAsync(accountId)|];
        _open.Clear();
    }

    public async Task FlattenEachAsync(IClstOrdersClient client, long accountId)
    {
        var answer = await [|client.CancelAllOpenOrdersAsync(accountId)|];
        foreach (var o in answer.Data)
        {
            _open.Remove(o.Id);
        }
    }

    public async Task MarkEachAsync(IClstOrdersClient client, long accountId)
    {
        var answer = await [|client.CancelAllOpenOrdersAsync(accountId)|];
        foreach (var o in answer.Data)
        {
            _orders[o.Id].Status = OrderStatus.Canceled;
        }
    }
}
""");

        [Fact]
        public Task WaitingForEachOrderOfTheCancelAllOrListingAgainStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _open = new();
    private readonly HashSet<string> _pendingCancels = new();

    public async Task FlattenAsync(IClstOrdersClient client, long accountId)
    {
        var answer = await client.CancelAllOpenOrdersAsync(accountId);
        foreach (var o in answer.Data)
        {
            var final = await client.WaitForFinalStatusAsync(accountId, o.Id);
            _open.Remove(final.Id);
        }
    }

    public async Task RelistAsync(IClstOrdersClient client, long accountId)
    {
        await client.CancelAllOpenOrdersAsync(accountId);
        var now = await client.GetOrdersAsync(accountId);
        _open.Clear();
        foreach (var o in now.Data)
        {
            if (!o.Status.IsFinal())
            {
                _open.Add(o.Id);
            }
        }
    }

    public async Task TrackAsync(IClstOrdersClient client, long accountId)
    {
        var answer = await client.CancelAllOpenOrdersAsync(accountId);
        foreach (var o in answer.Data)
        {
            _pendingCancels.Add(o.Id);
        }
    }

    public async Task GuardAsync(IClstOrdersClient client, long accountId, Order o)
    {
        if (o.Status is OrderStatus.Canceled or OrderStatus.Filled or OrderStatus.PendingCancel)
        {
            return;
        }

        await client.CancelAllOpenOrdersAsync(accountId);
    }
}
""");
    }
}
