using Clst.Contracts;

namespace CancelClient.Correct;

/// <summary>Keeps the book of open orders and cancels them the way the contract says a cancel works.</summary>
public sealed class OrderDesk
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly IClstOrdersClient _client;
    private readonly long _accountId;
    private readonly Dictionary<string, Order> _openOrders = new(StringComparer.Ordinal);

    public OrderDesk(IClstOrdersClient client, long accountId)
    {
        _client = client;
        _accountId = accountId;
    }

    public IReadOnlyList<string> OpenOrderIds => _openOrders.Keys.ToList();

    public decimal BookedFilledQuantity { get; private set; }

    public void Track(Order order) => _openOrders[order.Id] = order;

    /// <summary>
    /// Cancels the order and returns it once it is final. The cancel's answer is normally PENDING_CANCEL: the cancel
    /// was accepted, not carried out, and the order can still fill. So the order leaves the book, and its fills are
    /// booked, only when it has reached a final status.
    /// </summary>
    public async Task<Order> CancelAsync(string orderId, CancellationToken cancellationToken)
    {
        var accepted = await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken);
        Console.WriteLine($"{orderId}: cancel accepted, status {accepted.Data.Status}, {accepted.Data.LeavesQuantity} still live");

        var final = await _client.WaitForFinalStatusAsync(_accountId, orderId, PollInterval, cancellationToken);
        if (final.Status.IsFinal())
        {
            _openOrders.Remove(final.Id);
            BookedFilledQuantity += final.FilledQuantity;
        }

        return final;
    }

    /// <summary>Whether the desk may forget the order: only in a final status; PENDING_CANCEL is still pending.</summary>
    public static bool CanForget(OrderStatus status) => status.IsFinal();

    /// <summary>Whether a cancel request is still in flight for the order.</summary>
    public static bool IsCancelInFlight(OrderStatus status) =>
        status is OrderStatus.PendingCancel or OrderStatus.PendingNew or OrderStatus.PendingReplace;
}
