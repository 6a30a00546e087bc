namespace Clst.Analyzers.Tests.Recognition.Precision
{
    /// <summary>
    /// QuantConnect/Lean's orders, written here after its published shapes (type, member and enum names; facts, not its code):
    /// <c>Order</c>, <c>OrderEvent</c>, <c>OrderTicket</c>, <c>SubmitOrderRequest</c>, with a <c>Symbol</c> object Lean never
    /// leaves null and Lean's own <c>OrderStatus</c> (<c>CancelPending</c>, <c>Invalid</c>); then code that would be a mistake
    /// against this contract. Every field name here is one every order model has.
    /// </summary>
    internal static class LeanModel
    {
        public const string Source = """
            using System;
            using System.Collections.Generic;

            namespace QuantConnect
            {
                public sealed class Symbol
                {
                    public string Value { get; set; } = "";
                    public string ID { get; set; } = "";
                    public override string ToString() => Value;
                }

                public enum SecurityType { Base, Equity, Option, Commodity, Forex, Future, Cfd, Crypto, FutureOption, Index, IndexOption, CryptoFuture }
            }

            namespace QuantConnect.Orders
            {
                public enum OrderStatus { New = 0, Submitted = 1, PartiallyFilled = 2, Filled = 3, Canceled = 5, None = 6, Invalid = 7, CancelPending = 8, UpdateSubmitted = 9 }

                public enum OrderType { Market, Limit, StopMarket, StopLimit, MarketOnOpen, MarketOnClose, OptionExercise, LimitIfTouched, ComboMarket, ComboLimit, ComboLegLimit, TrailingStop }

                public enum OrderDirection { Buy, Sell, Hold }

                public class TimeInForce
                {
                    public static readonly TimeInForce Day = new TimeInForce();
                    public static readonly TimeInForce GoodTilCanceled = new TimeInForce();
                }

                public abstract class Order
                {
                    public int Id { get; internal set; }
                    public int ContractId { get; internal set; }
                    public List<string> BrokerId { get; internal set; } = new List<string>();
                    public Symbol Symbol { get; internal set; } = new Symbol();
                    public decimal Price { get; internal set; }
                    public DateTime Time { get; internal set; }
                    public DateTime? LastFillTime { get; internal set; }
                    public DateTime? CanceledTime { get; internal set; }
                    public decimal Quantity { get; internal set; }
                    public abstract OrderType Type { get; }
                    public OrderStatus Status { get; set; }
                    public TimeInForce TimeInForce { get; internal set; } = TimeInForce.GoodTilCanceled;
                    public string Tag { get; internal set; } = "";
                    public SecurityType SecurityType => SecurityType.Equity;
                    public OrderDirection Direction => Quantity > 0 ? OrderDirection.Buy : OrderDirection.Sell;
                    public decimal AbsoluteQuantity => Math.Abs(Quantity);
                }

                public sealed class LimitOrder : Order
                {
                    public decimal LimitPrice { get; internal set; }
                    public override OrderType Type => OrderType.Limit;
                }

                public sealed class OrderEvent
                {
                    public int OrderId { get; set; }
                    public int Id { get; set; }
                    public Symbol Symbol { get; set; } = new Symbol();
                    public DateTime UtcTime { get; set; }
                    public OrderStatus Status { get; set; }
                    public decimal FillPrice { get; set; }
                    public decimal FillQuantity { get; set; }
                    public decimal AbsoluteFillQuantity => Math.Abs(FillQuantity);
                    public OrderDirection Direction { get; set; }
                    public string Message { get; set; } = "";
                    public decimal? StopPrice { get; set; }
                    public decimal? LimitPrice { get; set; }
                    public decimal Quantity { get; set; }
                }

                public sealed class SubmitOrderRequest
                {
                    public OrderType OrderType { get; set; }
                    public SecurityType SecurityType { get; set; }
                    public Symbol Symbol { get; set; } = new Symbol();
                    public decimal Quantity { get; set; }
                    public decimal StopPrice { get; set; }
                    public decimal LimitPrice { get; set; }
                    public decimal TriggerPrice { get; set; }
                    public decimal TrailingAmount { get; set; }
                    public bool TrailingAsPercentage { get; set; }
                    public string Tag { get; set; } = "";
                }

                public sealed class OrderResponse
                {
                    public int OrderId { get; set; }
                    public bool IsSuccess { get; set; }
                }

                public sealed class OrderTicket
                {
                    public int OrderId { get; set; }
                    public OrderStatus Status { get; set; }
                    public Symbol Symbol { get; set; } = new Symbol();
                    public SecurityType SecurityType { get; set; }
                    public decimal Quantity { get; set; }
                    public decimal AverageFillPrice { get; set; }
                    public decimal QuantityFilled { get; set; }
                    public OrderType OrderType { get; set; }
                    public string Tag { get; set; } = "";
                    public SubmitOrderRequest SubmitRequest { get; set; } = new SubmitOrderRequest();
                    public OrderResponse Cancel(string? tag = null) => new OrderResponse { OrderId = OrderId, IsSuccess = true };
                }
            }

            namespace MyAlgorithm
            {
                using QuantConnect.Orders;

                public sealed class Desk
                {
                    private readonly HashSet<int> _open = new();

                    public bool IsDone(OrderStatus status) => status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.CancelPending;

                    public void Stop(OrderTicket ticket)
                    {
                        var response = ticket.Cancel("stop");
                        _open.Remove(response.OrderId);
                        if (ticket.Status == OrderStatus.Canceled) { _open.Remove(ticket.OrderId); } else { throw new InvalidOperationException(); }
                    }

                    public string Describe(OrderEvent e) => e.Symbol.Value.ToUpperInvariant() + " " + e.LimitPrice.GetValueOrDefault() + " " + e.StopPrice!.Value;

                    public string Label(OrderTicket ticket)
                    {
                        switch (ticket.Status)
                        {
                            case OrderStatus.Filled: return "filled";
                            case OrderStatus.Canceled: return "canceled";
                        }

                        return ticket.Symbol.ID.Trim();
                    }
                }
            }
            """;
    }
}
