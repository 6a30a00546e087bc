using System.Collections.Generic;

namespace Clst.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Members of client code that uses the shipped model (<c>Clst.Contracts</c>): each rule's flagged forms (issues 5, 6, 7)
    /// and their correct twins. A class holding them has the fields <c>_client</c> (<c>IClstOrdersClient</c>),
    /// <c>_accountId</c> (<c>long</c>), <c>_open</c> (<c>Dictionary&lt;string, Order&gt;</c>) and <c>_journal</c> (<c>List&lt;string&gt;</c>).
    /// Every member compiles with the nullable context enabled and disabled.
    /// </summary>
    internal static partial class ContractTemplates
    {
        public static IReadOnlyList<MemberTemplate> Clst001 { get; } = new[]
        {
            // ---- flagged: PENDING_CANCEL grouped with the final statuses
            new MemberTemplate("CLST001", true, "or-pattern with the final statuses", n => $$"""
                public static bool IsDone{{n}}(OrderStatus status)
                    => status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.PendingCancel;
                """),
            new MemberTemplate("CLST001", true, "|| chain with the final statuses", n => $$"""
                public static bool IsClosed{{n}}(Order order)
                {
                    return order.Status == OrderStatus.Filled
                        || order.Status == OrderStatus.Canceled
                        || order.Status == OrderStatus.PendingCancel;
                }
                """),
            new MemberTemplate("CLST001", true, "set of terminal statuses", n => $$"""
                private static readonly HashSet<OrderStatus> s_terminal{{n}} = new HashSet<OrderStatus>
                {
                    OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.PendingCancel,
                };

                public int CountTerminal{{n}}(IEnumerable<Order> orders)
                    => orders.Count(o => s_terminal{{n}}.Contains(o.Status));
                """),
            new MemberTemplate("CLST001", true, "shared case labels with Canceled", n => $$"""
                public string Describe{{n}}(OrderStatus status)
                {
                    switch (status)
                    {
                        case OrderStatus.Filled:
                        case OrderStatus.Canceled:
                        case OrderStatus.PendingCancel:
                            return "closed";
                        default:
                            return "open";
                    }
                }
                """),
            new MemberTemplate("CLST001", true, "mapped to the canceled outcome", n => $$"""
                public static string Outcome{{n}}(OrderStatus status) => status switch
                {
                    OrderStatus.Filled => "Filled",
                    OrderStatus.Canceled => "Canceled",
                    OrderStatus.PendingCancel => "Canceled",
                    OrderStatus.Rejected => "Rejected",
                    _ => "Working",
                };
                """),
            // ---- flagged: the cancel answer taken as the outcome
            new MemberTemplate("CLST001", true, "cancel answer discarded, order removed", n => $$"""
                public async Task Cancel{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                    _open.Remove(orderId);
                    _journal.Add("canceled " + orderId);
                }
                """),
            new MemberTemplate("CLST001", true, "cancel answer's fills taken as final", n => $$"""
                public async Task<decimal> CancelAndReportFilled{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    var response = await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                    _journal.Add($"order {orderId} closed with {response.Data.FilledQuantity} filled");
                    return response.Data.FilledQuantity;
                }
                """),
            new MemberTemplate("CLST001", true, "only Canceled accepted after the cancel", n => $$"""
                public async Task<bool> TryCancel{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    var response = await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                    if (response.Data.Status == OrderStatus.Canceled)
                    {
                        _open.Remove(orderId);
                        return true;
                    }
                    else
                    {
                        _journal.Add("cancel failed for " + orderId);
                        return false;
                    }
                }
                """),
            // ---- clean twins
            new MemberTemplate("CLST001", false, "IsFinal()", n => $$"""
                public static bool IsDone{{n}}(OrderStatus status) => status.IsFinal();
                """),
            new MemberTemplate("CLST001", false, "pending group", n => $$"""
                public static bool IsInFlight{{n}}(Order order)
                    => order.Status is OrderStatus.PendingNew or OrderStatus.PendingCancel or OrderStatus.PendingReplace;
                """),
            new MemberTemplate("CLST001", false, "final set without PendingCancel", n => $$"""
                private static readonly OrderStatus[] s_final{{n}} =
                {
                    OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.Replaced,
                };

                public IEnumerable<Order> Settled{{n}}(IEnumerable<Order> orders)
                    => orders.Where(o => s_final{{n}}.Contains(o.Status));
                """),
            new MemberTemplate("CLST001", false, "PendingCancel mapped to its own outcome", n => $$"""
                public static string Outcome{{n}}(OrderStatus status) => status switch
                {
                    OrderStatus.Filled => "Filled",
                    OrderStatus.Canceled => "Canceled",
                    OrderStatus.PendingCancel => "Cancel requested",
                    OrderStatus.Rejected => "Rejected",
                    _ => "Working",
                };
                """),
            new MemberTemplate("CLST001", false, "cancel then WaitForFinalStatusAsync", n => $$"""
                public async Task<Order> CancelAndWait{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    var response = await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                    _journal.Add("cancel requested for " + orderId + ": " + response.Data.Status);
                    var final = await _client.WaitForFinalStatusAsync(_accountId, orderId, cancellationToken: cancellationToken).ConfigureAwait(false);
                    if (final.Status == OrderStatus.Canceled)
                    {
                        _open.Remove(orderId);
                    }

                    return final;
                }
                """),
            new MemberTemplate("CLST001", false, "cancel then poll until final", n => $$"""
                public async Task<Order> CancelAndPoll{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                    while (true)
                    {
                        var current = await _client.GetOrderByIdAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                        if (current.Data.Status.IsFinal())
                        {
                            _open.Remove(orderId);
                            return current.Data;
                        }

                        await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
                    }
                }
                """),
            new MemberTemplate("CLST001", false, "cancel answer's status handled", n => $$"""
                public async Task<string> RequestCancel{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    var response = await _client.CancelOpenOrderAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                    switch (response.Data.Status)
                    {
                        case OrderStatus.Canceled:
                            _open.Remove(orderId);
                            return "canceled";
                        case OrderStatus.PendingCancel:
                            return "cancel pending";
                        default:
                            return "still " + response.Data.Status;
                    }
                }
                """),
            new MemberTemplate("CLST001", false, "status only logged", n => $$"""
                public void LogStatus{{n}}(Order order)
                {
                    if (order.Status == OrderStatus.PendingCancel)
                    {
                        _journal.Add($"{order.Id}: cancel pending since {order.UpdatedAt:O}");
                    }
                }
                """),
        };

        public static IReadOnlyList<MemberTemplate> Clst002 { get; } = new[]
        {
            // ---- flagged: a nullable optional field used as if always present
            new MemberTemplate("CLST002", true, "dereference of Symbol", n => $$"""
                public int SymbolWidth{{n}}(Order order) => order.Symbol.Length;
                """),
            new MemberTemplate("CLST002", true, ".Value on AverageFillPrice", n => $$"""
                public decimal Notional{{n}}(Order order)
                {
                    var notional = order.AverageFillPrice.Value * order.FilledQuantity;
                    _journal.Add($"{order.Id} notional {notional}");
                    return notional;
                }
                """),
            new MemberTemplate("CLST002", true, "cast of LimitPrice", n => $$"""
                public static decimal LimitOf{{n}}(Order order) => (decimal)order.LimitPrice;
                """),
            new MemberTemplate("CLST002", true, "null-forgiving on Symbol", n => $$"""
                public static string Ticker{{n}}(Order order) => order.Symbol!.ToUpperInvariant();
                """),
            new MemberTemplate("CLST002", true, "GetValueOrDefault() on ExpiresAt", n => $$"""
                public static bool ExpiresBefore{{n}}(Order order, DateTimeOffset cutoff)
                    => order.ExpiresAt.GetValueOrDefault() < cutoff;
                """),
            new MemberTemplate("CLST002", true, "foreach over Details", n => $$"""
                public void CopyDetails{{n}}(Order order)
                {
                    foreach (var detail in order.Details)
                    {
                        _journal.Add(order.Id + ": " + detail);
                    }
                }
                """),
            new MemberTemplate("CLST002", true, "local copy then .Value", n => $$"""
                public static decimal StopDistance{{n}}(Order order, decimal last)
                {
                    var stop = order.StopPrice;
                    var distance = last - stop.Value;
                    return Math.Abs(distance);
                }
                """),
            new MemberTemplate("CLST002", true, "passed where null is not accepted", n => $$"""
                public static long InstrumentKey{{n}}(Order order) => long.Parse(order.InstrumentId, System.Globalization.CultureInfo.InvariantCulture);
                """),
            // ---- clean twins
            new MemberTemplate("CLST002", false, "is { } pattern", n => $$"""
                public static string FillText{{n}}(Order order)
                {
                    if (order.AverageFillPrice is { } price)
                    {
                        return price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
                    }

                    return "no fill yet";
                }
                """),
            new MemberTemplate("CLST002", false, "?. and ??", n => $$"""
                public static int SymbolWidth{{n}}(Order order) => order.Symbol?.Length ?? 0;
                """),
            new MemberTemplate("CLST002", false, "HasValue guard", n => $$"""
                public static decimal LimitNotional{{n}}(Order order)
                {
                    decimal total = 0m;
                    if (order.LimitPrice.HasValue)
                    {
                        total += order.LimitPrice.Value * order.Quantity;
                    }

                    return total;
                }
                """),
            new MemberTemplate("CLST002", false, "early exit on null", n => $$"""
                public static bool IsExpired{{n}}(Order order, DateTimeOffset now)
                {
                    if (order.ExpiresAt == null)
                    {
                        return false;
                    }

                    return order.ExpiresAt.Value <= now;
                }
                """),
            new MemberTemplate("CLST002", false, "string.IsNullOrEmpty", n => $$"""
                public static string Ticker{{n}}(Order order)
                    => string.IsNullOrEmpty(order.Symbol) ? "?" : order.Symbol.ToUpperInvariant();
                """),
            new MemberTemplate("CLST002", false, "GetValueOrDefault(x)", n => $$"""
                public static decimal TriggerPrice{{n}}(Order order, decimal fallback)
                    => order.StopPrice.GetValueOrDefault(fallback);
                """),
            new MemberTemplate("CLST002", false, "Details?.Count", n => $$"""
                public static int DetailCount{{n}}(Order order) => order.Details?.Count ?? 0;
                """),
            new MemberTemplate("CLST002", false, "read in interpolation", n => $$"""
                public void Trace{{n}}(Order order)
                    => _journal.Add($"{order.Id} {order.Symbol} {order.Side} {order.Quantity} @ {order.LimitPrice} avg {order.AverageFillPrice}");
                """),
            new MemberTemplate("CLST002", false, "required fields only", n => $$"""
                public static decimal Remaining{{n}}(Order order) => order.Quantity - order.FilledQuantity;
                """),
        };

        /// <summary>Helpers in client code that touch the order without any of the rules' forms.</summary>
        public static IReadOnlyList<MemberTemplate> Plain { get; } = new[]
        {
            new MemberTemplate(MemberTemplate.NoRule, false, "fetch and cache", n => $$"""
                public async Task<Order> Refresh{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    var response = await _client.GetOrderByIdAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                    _open[orderId] = response.Data;
                    return response.Data;
                }
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "LINQ over open orders", n => $$"""
                public decimal OpenQuantity{{n}}(string venue)
                    => _open.Values.Where(o => o.Venue == venue && !o.Status.IsFinal()).Sum(o => o.LeavesQuantity);
                """),
            new MemberTemplate(MemberTemplate.NoRule, false, "error handling around the client", n => $$"""
                public async Task<bool> Exists{{n}}Async(string orderId, CancellationToken cancellationToken)
                {
                    try
                    {
                        await _client.GetOrderByIdAsync(_accountId, orderId, cancellationToken).ConfigureAwait(false);
                        return true;
                    }
                    catch (ClstNotFoundException)
                    {
                        return false;
                    }
                    catch (ClstApiException ex) when (ex.StatusCode >= 500)
                    {
                        _journal.Add("server error " + ex.StatusCode + " request " + ex.RequestId);
                        throw;
                    }
                }
                """),
        };
    }
}
