using Clst.Contracts;

namespace CancelClient.Faulty;

/// <summary>Keeps the book of open orders and cancels them as if the cancel's answer were the outcome.</summary>
public sealed class OrderDesk
{
    private readonly IClstOrdersClient _client;
    private readonly long _accountId;
    private readonly Dictionary<string, Order> _openOrders = new(StringComparer.Ordinal);

    public OrderDesk(IClstOrdersClient client, long accountId)
    {
        _client = client;
        _accountId = accountId;
    }

    public IReadOnlyList<string> OpenOrderIds => _openOrders.Keys.ToList();

    public void Track(Order order) => _openOrders[order.Id] = order;

    /// <summary>
    /// Wrong: the answer is PENDING_CANCEL, yet the order leaves the book as if it were gone. The IDE offers "wait for the
    /// final status" here; dotnet format applies only the first code fix of each analyzer (CLST001's: take PENDING_CANCEL
    /// out of the final group), so for dotnet format this one is manual.
    /// </summary>
    public async Task CancelAndForgetAsync(string orderId, CancellationToken cancellationToken)
    {
        await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken); // expect: CLST001 (manual)
        _openOrders.Remove(orderId);
    }

    /// <summary>Wrong: only CANCELED counts as success, so the usual answer, PENDING_CANCEL, lands in the failure branch.</summary>
    public async Task<bool> CancelAndCheckAsync(string orderId, CancellationToken cancellationToken)
    {
        var response = await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken);
        if (response.Data.Status == OrderStatus.Canceled) // expect: CLST001 (manual)
        {
            _openOrders.Remove(orderId);
            return true;
        }
        else
        {
            Console.WriteLine($"{orderId}: cancel failed, order is {response.Data.Status}");
            return false;
        }
    }

    /// <summary>Wrong: PENDING_CANCEL filed with the final statuses.</summary>
    public static bool CanForget(OrderStatus status) =>
        status is OrderStatus.Filled
            or OrderStatus.Canceled
            or OrderStatus.Rejected
            or OrderStatus.Expired
            or OrderStatus.PendingCancel; // expect: CLST001
}
