namespace Clst.Analyzers.Tests.Recognition.Precision
{
    /// <summary>
    /// Other domains' order models, written after their published shapes (type, member and enum names, wire attributes),
    /// each with code that would be a mistake against this contract: none of it is this contract, so no rule may speak.
    /// </summary>
    internal static class OtherDomainModels
    {
        /// <summary>Binance.Net's spot order and enums (names after its published API; its own <c>[Map]</c> wire attribute).</summary>
        public const string Binance = """
            using System;
            using System.Threading.Tasks;

            namespace CryptoExchange.Net.Attributes
            {
                [AttributeUsage(AttributeTargets.Field)]
                public sealed class MapAttribute : Attribute { public MapAttribute(params string[] values) { Values = values; } public string[] Values { get; } }
            }

            namespace CryptoExchange.Net.Objects
            {
                public class WebCallResult<T> { public T Data { get; set; } = default!; public bool Success { get; set; } }
            }

            namespace Binance.Net.Enums
            {
                using CryptoExchange.Net.Attributes;

                public enum OrderStatus
                {
                    [Map("NEW")] New, [Map("PARTIALLY_FILLED")] PartiallyFilled, [Map("FILLED")] Filled, [Map("CANCELED")] Canceled,
                    [Map("PENDING_CANCEL")] PendingCancel, [Map("REJECTED")] Rejected, [Map("EXPIRED")] Expired, [Map("INSURANCE")] Insurance,
                    [Map("ADL")] Adl, [Map("EXPIRED_IN_MATCH")] ExpiredInMatch, [Map("PENDING_NEW")] PendingNew,
                }

                public enum TimeInForce { [Map("GTC")] GoodTillCanceled, [Map("IOC")] ImmediateOrCancel, [Map("FOK")] FillOrKill, [Map("GTX")] GoodTillCrossing, [Map("GTE_GTC")] GoodTillExpiredOrCanceled, [Map("GTD")] GoodTillDate }

                public enum OrderSide { Buy, Sell }
            }

            namespace Binance.Net.Objects.Models.Spot
            {
                using Binance.Net.Enums;

                public sealed class BinanceOrder
                {
                    public long Id { get; set; }
                    public string Symbol { get; set; } = "";
                    public string ClientOrderId { get; set; } = "";
                    public decimal Price { get; set; }
                    public decimal? AverageFillPrice { get; set; }
                    public decimal Quantity { get; set; }
                    public decimal QuantityFilled { get; set; }
                    public decimal? StopPrice { get; set; }
                    public OrderStatus Status { get; set; }
                    public TimeInForce TimeInForce { get; set; }
                    public OrderSide Side { get; set; }
                    public DateTime CreateTime { get; set; }
                }
            }

            namespace Bot
            {
                using Binance.Net.Enums;
                using Binance.Net.Objects.Models.Spot;
                using CryptoExchange.Net.Objects;

                public sealed class SpotClient
                {
                    public Task<WebCallResult<BinanceOrder>> CancelOrderAsync(string symbol, long? orderId = null, string? origClientOrderId = null)
                        => Task.FromResult(new WebCallResult<BinanceOrder>());
                }

                public sealed class Desk
                {
                    private readonly System.Collections.Generic.HashSet<long> _open = new();

                    public async Task StopAsync(SpotClient client, string symbol, long id)
                    {
                        var answer = await client.CancelOrderAsync(symbol, id);
                        _open.Remove(id);
                        if (answer.Data.Status == OrderStatus.Canceled) { _open.Remove(id); } else { throw new InvalidOperationException(); }
                    }

                    public bool IsFinal(OrderStatus s) => s is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.PendingCancel;

                    public decimal Price(BinanceOrder o) => o.AverageFillPrice!.Value + o.StopPrice.GetValueOrDefault();

                    public string Label(TimeInForce tif) => tif switch { TimeInForce.GoodTillCanceled => "gtc", _ => throw new InvalidOperationException() };
                }
            }
            """;

        /// <summary>QuickFIX/n's FIX 4.4 <c>OrdStatus</c>: char constants on a field class, the FIX tag's values.</summary>
        public const string QuickFix = """
            using System;
            using System.Collections.Generic;

            namespace QuickFix.Fields
            {
                public class CharField { public CharField(int tag, char value) { Value = value; } public char Value { get; } public char getValue() => Value; }

                public sealed class OrdStatus : CharField
                {
                    public const int TAG = 39;
                    public OrdStatus(char value) : base(TAG, value) { }
                    public const char NEW = '0';
                    public const char PARTIALLY_FILLED = '1';
                    public const char FILLED = '2';
                    public const char DONE_FOR_DAY = '3';
                    public const char CANCELED = '4';
                    public const char REPLACED = '5';
                    public const char PENDING_CANCEL = '6';
                    public const char STOPPED = '7';
                    public const char REJECTED = '8';
                    public const char SUSPENDED = '9';
                    public const char PENDING_NEW = 'A';
                    public const char CALCULATED = 'B';
                    public const char EXPIRED = 'C';
                    public const char ACCEPTED_FOR_BIDDING = 'D';
                    public const char PENDING_REPLACE = 'E';
                }
            }

            namespace QuickFix.FIX44
            {
                public sealed class ExecutionReport
                {
                    public QuickFix.Fields.OrdStatus OrdStatus { get; set; } = new QuickFix.Fields.OrdStatus('0');
                    public string ClOrdID { get; set; } = "";
                    public string? Symbol { get; set; }
                    public decimal? AvgPx { get; set; }
                }
            }

            namespace Gateway
            {
                using QuickFix.Fields;
                using QuickFix.FIX44;

                public sealed class Book
                {
                    private readonly HashSet<string> _open = new();

                    public void OnMessage(ExecutionReport report)
                    {
                        switch (report.OrdStatus.getValue())
                        {
                            case OrdStatus.FILLED:
                            case OrdStatus.CANCELED:
                            case OrdStatus.PENDING_CANCEL:
                                _open.Remove(report.ClOrdID);
                                break;
                        }

                        var px = report.AvgPx!.Value;
                    }
                }
            }
            """;

        /// <summary>A shop's order: <c>AverageFillPrice</c>, <c>Symbol</c> and <c>Details</c> beside the shop's own status.</summary>
        public const string Shop = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Shop
            {
                public enum OrderStatus { Pending, Paid, Shipped, Canceled, PendingCancel, Refunded }

                public sealed class ShopOrder
                {
                    public string Id { get; set; } = "";
                    public OrderStatus Status { get; set; }
                    public decimal? AverageFillPrice { get; set; }
                    public string? Symbol { get; set; }
                    public List<string>? Details { get; set; }
                    public int Quantity { get; set; }
                }

                public sealed class ShopClient
                {
                    public Task<ShopOrder> CancelOrderAsync(string orderId) => Task.FromResult(new ShopOrder());
                }

                public sealed class Checkout
                {
                    private readonly HashSet<string> _open = new();

                    public async Task CancelAsync(ShopClient client, string orderId)
                    {
                        var order = await client.CancelOrderAsync(orderId);
                        _open.Remove(orderId);
                        var price = order.AverageFillPrice!.Value + order.Symbol!.Length;
                        foreach (var line in order.Details!) { Console.WriteLine(line); }
                    }

                    public bool IsClosed(OrderStatus s) => s is OrderStatus.Shipped or OrderStatus.Canceled or OrderStatus.PendingCancel;
                }
            }
            """;

        /// <summary>A logistics model: shipments are canceled too, and a cancel can be pending.</summary>
        public const string Logistics = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Logistics
            {
                public enum ShipmentStatus { Created, PickedUp, InTransit, Delivered, Canceled, PendingCancel, Returned }

                public sealed class Shipment
                {
                    public string Id { get; set; } = "";
                    public ShipmentStatus Status { get; set; }
                    public string? Symbol { get; set; }
                    public int Quantity { get; set; }
                    public DateTimeOffset? ExpiresAt { get; set; }
                    public string? ClientOrderId { get; set; }
                }

                public sealed class Carrier
                {
                    public Task<Shipment> CancelShipmentAsync(string orderId) => Task.FromResult(new Shipment());
                }

                public sealed class Dispatch
                {
                    private readonly HashSet<string> _active = new();

                    public async Task CancelAsync(Carrier carrier, string orderId)
                    {
                        var shipment = await carrier.CancelShipmentAsync(orderId);
                        if (shipment.Status == ShipmentStatus.Canceled) { _active.Remove(orderId); } else { throw new InvalidOperationException(); }
                        var expires = shipment.ExpiresAt!.Value;
                    }

                    public string Label(ShipmentStatus s) => s switch { ShipmentStatus.Delivered => "done", _ => throw new InvalidOperationException() };
                }
            }
            """;
    }
}
