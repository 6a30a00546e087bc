namespace Clst.Analyzers.Tests.Recognition.Precision
{
    /// <summary>
    /// An Alpaca-style REST model (after alpaca-trade-api-csharp's published shapes): the same lifecycle words as this
    /// contract, but that API's wire names are lower case (<c>[EnumMember(Value = "pending_cancel")]</c>,
    /// <c>[JsonProperty("filled_avg_price")]</c>). <c>$wire(X)$</c> is the wire name: lower case here; the twin test writes
    /// the contract's upper-case names into the same code and expects the rules to speak.
    /// </summary>
    internal static class AlpacaModel
    {
        public const string Template = """
            using System;
            using System.Collections.Generic;
            using System.Runtime.Serialization;
            using System.Threading.Tasks;
            using Newtonsoft.Json;

            namespace Alpaca.Markets
            {
                public enum OrderStatus
                {
                    [EnumMember(Value = "$wire(new)$")] New,
                    [EnumMember(Value = "$wire(partially_filled)$")] PartiallyFilled,
                    [EnumMember(Value = "$wire(filled)$")] Filled,
                    [EnumMember(Value = "$wire(done_for_day)$")] DoneForDay,
                    [EnumMember(Value = "$wire(canceled)$")] Canceled,
                    [EnumMember(Value = "$wire(expired)$")] Expired,
                    [EnumMember(Value = "$wire(replaced)$")] Replaced,
                    [EnumMember(Value = "$wire(pending_cancel)$")] PendingCancel,
                    [EnumMember(Value = "$wire(pending_replace)$")] PendingReplace,
                    [EnumMember(Value = "$wire(pending_new)$")] PendingNew,
                    [EnumMember(Value = "$wire(stopped)$")] Stopped,
                    [EnumMember(Value = "$wire(rejected)$")] Rejected,
                    [EnumMember(Value = "$wire(suspended)$")] Suspended,
                    [EnumMember(Value = "$wire(calculated)$")] Calculated,
                    [EnumMember(Value = "$wire(held)$")] Held,
                }

                public sealed class JsonOrder
                {
                    [JsonProperty("$wire(id)$")] public Guid OrderId { get; set; }
                    [JsonProperty("$wire(client_order_id)$")] public string? ClientOrderId { get; set; }
                    [JsonProperty("$wire(symbol)$")] public string Symbol { get; set; } = "";
                    [JsonProperty("$wire(qty)$")] public decimal? Quantity { get; set; }
                    [JsonProperty("$wire(filled_qty)$")] public decimal FilledQuantity { get; set; }
                    [JsonProperty("$wire(leaves_quantity)$")] public decimal? LeavesQuantity { get; set; }
                    [JsonProperty("$wire(average_fill_price)$")] public decimal? AverageFillPrice { get; set; }
                    [JsonProperty("$wire(limit_price)$")] public decimal? LimitPrice { get; set; }
                    [JsonProperty("$wire(status)$")] public OrderStatus OrderStatus { get; set; }
                }

                public sealed class AlpacaTradingClient
                {
                    public Task<bool> CancelOrderAsync(Guid orderId) => Task.FromResult(true);
                    public Task<JsonOrder> GetOrderAsync(Guid orderId) => Task.FromResult(new JsonOrder());
                }
            }

            namespace Bot
            {
                using Alpaca.Markets;

                public sealed class Desk
                {
                    public string Label(JsonOrder order)
                    {
                        switch (order.OrderStatus)
                        {
                            case OrderStatus.Filled: return "filled";
                            case OrderStatus.Canceled: return "canceled";
                            default: throw new InvalidOperationException();
                        }
                    }
                }
            }
            """;

        /// <summary>The model with Alpaca's lower-case wire names, or with the contract's (<c>upper: true</c>).</summary>
        public static string Write(bool upper)
        {
            var text = Template;
            int start;
            while ((start = text.IndexOf("$wire(", System.StringComparison.Ordinal)) >= 0)
            {
                int end = text.IndexOf(")$", start, System.StringComparison.Ordinal);
                var wire = text.Substring(start + 6, end - start - 6);
                bool enumValue = text.LastIndexOf("EnumMember", start, System.StringComparison.Ordinal) > text.LastIndexOf('\n', start);
                text = text.Substring(0, start) + (upper && enumValue ? wire.ToUpperInvariant() : wire) + text.Substring(end + 2);
            }

            return text;
        }
    }
}
