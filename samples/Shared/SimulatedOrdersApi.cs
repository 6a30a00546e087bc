using Clst.Contracts;

namespace CancelClient.Shared;

/// <summary>
/// An in-memory stand-in for the Clear Street Trading API, so that the samples run with no account and no network.
/// It behaves like the contract says the real endpoint does: the cancel is answered <c>PENDING_CANCEL</c> with the
/// order half filled (the reference page's own 200 example), and the order reaches its final status a few reads later.
/// In production, pass a <c>ClstOrdersClient</c> built on an authenticated <see cref="HttpClient"/> instead.
/// </summary>
public sealed class SimulatedOrdersApi : IClstOrdersClient
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Order> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<OrderStatus>> _after = new(StringComparer.Ordinal);

    /// <summary>Places a half-filled limit order, as in the reference page's example.</summary>
    public Order Place(long accountId, string orderId, OrderStatus outcomeOfCancel = OrderStatus.Canceled)
    {
        var order = new Order
        {
            Id = orderId,
            AccountId = accountId,
            ClientOrderId = "my-ref-id-" + orderId,
            CreatedAt = new DateTimeOffset(2025, 10, 31, 13, 30, 0, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2025, 10, 31, 13, 30, 0, TimeSpan.Zero),
            Quantity = 10m,
            FilledQuantity = 5m,
            LeavesQuantity = 5m,
            OrderType = OrderType.Limit,
            Side = Side.Buy,
            Status = OrderStatus.PartiallyFilled,
            TimeInForce = TimeInForce.Day,
            Venue = "XNAS",
            InstrumentId = "d4d5d6d7-e4e5-f4f5-a4a5-a6a7a8a9aaab",
            Symbol = "TSLA",
            InstrumentType = SecurityType.CommonStock,
            AverageFillPrice = 47.95m,
            LimitPrice = 48.00m,
        };

        lock (_gate)
        {
            _orders[orderId] = order;
            _after[orderId] = new Queue<OrderStatus>(new[] { OrderStatus.PendingCancel, outcomeOfCancel });
        }

        return Copy(order);
    }

    /// <inheritdoc />
    public Task<CancelOpenOrderResponse> CancelOpenOrderAsync(long accountId, string orderId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var order = Find(accountId, orderId);
            order.Status = OrderStatus.PendingCancel;
            order.UpdatedAt = order.UpdatedAt.AddMinutes(45);
            return Task.FromResult(new CancelOpenOrderResponse { Data = Copy(order), Metadata = NewMetadata() });
        }
    }

    /// <inheritdoc />
    public Task<GetOrderByIdResponse> GetOrderByIdAsync(long accountId, string orderId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var order = Find(accountId, orderId);
            if (order.Status == OrderStatus.PendingCancel && _after[orderId].Count > 0)
            {
                var next = _after[orderId].Dequeue();
                if (next == OrderStatus.Filled)
                {
                    order.FilledQuantity = order.Quantity;
                    order.LeavesQuantity = 0m;
                    order.AverageFillPrice = 47.97m;
                }
                else if (next == OrderStatus.Canceled)
                {
                    order.LeavesQuantity = 0m;
                }

                order.Status = next;
                order.UpdatedAt = order.UpdatedAt.AddSeconds(1);
            }

            return Task.FromResult(new GetOrderByIdResponse { Data = Copy(order), Metadata = NewMetadata() });
        }
    }

    /// <inheritdoc />
    public Task<GetOrdersResponse> GetOrdersAsync(long accountId, GetOrdersQuery? query = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // One page: the simulation never holds more orders than a page.
            var orders = _orders.Values
                .Where(o => o.AccountId == accountId && (query?.Statuses is not { } statuses || statuses.Contains(o.Status)))
                .Select(Copy)
                .ToList();
            return Task.FromResult(new GetOrdersResponse { Data = orders, Metadata = NewMetadata() });
        }
    }

    /// <inheritdoc />
    public Task<CancelAllOpenOrdersResponse> CancelAllOpenOrdersAsync(long accountId, CancelAllOpenOrdersFilter? filter = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var accepted = new List<Order>();
            foreach (var order in _orders.Values.Where(o => o.AccountId == accountId && !o.Status.IsFinal()))
            {
                if (!Matches(order, filter))
                {
                    continue;
                }

                order.Status = OrderStatus.PendingCancel;
                order.UpdatedAt = order.UpdatedAt.AddMinutes(45);
                accepted.Add(Copy(order));
            }

            if (accepted.Count == 0)
            {
                var error = new ApiError { Code = 404, Message = "No orders match the specified filters" };
                throw new ClstNotFoundException(error, Guid.NewGuid().ToString());
            }

            return Task.FromResult(new CancelAllOpenOrdersResponse { Data = accepted, Metadata = NewMetadata() });
        }
    }

    private static bool Matches(Order order, CancelAllOpenOrdersFilter? filter)
    {
        if (filter is null)
        {
            return true;
        }

        if ((filter.Side is { } side && side != order.Side) || (filter.OrderType is { } type && type != order.OrderType))
        {
            return false;
        }

        if (filter.InstrumentType is { } kind && (order.InstrumentType is not { } orderKind || orderKind != kind))
        {
            return false;
        }

        // Instrument ids or symbols.
        return filter.InstrumentIds is not { } ids
            || (order.InstrumentId is { } id && ids.Contains(id))
            || (order.Symbol is { } symbol && ids.Contains(symbol));
    }

    private Order Find(long accountId, string orderId)
    {
        if (_orders.TryGetValue(orderId, out var order) && order.AccountId == accountId)
        {
            return order;
        }

        var error = new ApiError { Code = 404, Message = $"Order {orderId} not found for account {accountId}" };
        throw new ClstNotFoundException(error, Guid.NewGuid().ToString());
    }

    private static ResponseMetadata NewMetadata() => new() { RequestId = Guid.NewGuid().ToString() };

    private static Order Copy(Order order) => new()
    {
        Id = order.Id,
        AccountId = order.AccountId,
        ClientOrderId = order.ClientOrderId,
        CreatedAt = order.CreatedAt,
        UpdatedAt = order.UpdatedAt,
        Quantity = order.Quantity,
        FilledQuantity = order.FilledQuantity,
        LeavesQuantity = order.LeavesQuantity,
        OrderType = order.OrderType,
        Side = order.Side,
        Status = order.Status,
        TimeInForce = order.TimeInForce,
        Venue = order.Venue,
        InstrumentId = order.InstrumentId,
        Symbol = order.Symbol,
        InstrumentType = order.InstrumentType,
        AverageFillPrice = order.AverageFillPrice,
        LimitPrice = order.LimitPrice,
    };
}
