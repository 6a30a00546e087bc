// A Refit client as Refit's documentation writes one: an interface whose methods carry the HTTP verb and route as
// attributes (Refit generates the implementation at build time), and a System.Text.Json model with the contract's wire
// names. Refit has no generator from an OpenAPI description in this repository's tool set, so this file is written
// here, after orders-openapi.yml; the method names are deliberately not the contract's operation ids: the route decides.
#nullable enable
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace Clst.Generated.Refit
{
    public interface IClearStreetOrdersApi
    {
        [Delete("/v1/accounts/{account_id}/orders/{order_id}")]
        Task<OrderEnvelope> DeleteOrder([AliasAs("account_id")] long accountId, [AliasAs("order_id")] string orderId, CancellationToken cancellationToken = default);

        [Delete("/v1/accounts/{account_id}/orders")]
        Task<OrderListEnvelope> DeleteOpenOrders([AliasAs("account_id")] long accountId, CancellationToken cancellationToken = default);

        [Get("/v1/accounts/{account_id}/orders/{order_id}")]
        Task<OrderEnvelope> OrderById([AliasAs("account_id")] long accountId, [AliasAs("order_id")] string orderId, CancellationToken cancellationToken = default);

        [Get("/v1/accounts/{account_id}/orders")]
        Task<OrderListEnvelope> Orders([AliasAs("account_id")] long accountId, [AliasAs("page_token")] string? pageToken = null, CancellationToken cancellationToken = default);
    }

    public sealed class OrderEnvelope
    {
        [JsonPropertyName("data")] public Order Data { get; set; } = new Order();
    }

    public sealed class OrderListEnvelope
    {
        [JsonPropertyName("data")] public List<Order> Data { get; set; } = new List<Order>();
    }

    public sealed class Order
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("account_id")] public long AccountId { get; set; }
        [JsonPropertyName("client_order_id")] public string ClientOrderId { get; set; } = "";
        [JsonPropertyName("filled_quantity")] public string FilledQuantity { get; set; } = "";
        [JsonPropertyName("leaves_quantity")] public string LeavesQuantity { get; set; } = "";
        [JsonPropertyName("quantity")] public string Quantity { get; set; } = "";
        [JsonPropertyName("status")] public OrderStatus Status { get; set; }
        [JsonPropertyName("time_in_force")] public TimeInForce TimeInForce { get; set; }
        [JsonPropertyName("symbol")] public string? Symbol { get; set; }
        [JsonPropertyName("instrument_id")] public string? InstrumentId { get; set; }
        [JsonPropertyName("average_fill_price")] public string? AverageFillPrice { get; set; }
        [JsonPropertyName("limit_price")] public string? LimitPrice { get; set; }
        [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
    }

    public enum OrderStatus
    {
        [EnumMember(Value = "PENDING_NEW")] PendingNew,
        [EnumMember(Value = "NEW")] New,
        [EnumMember(Value = "PARTIALLY_FILLED")] PartiallyFilled,
        [EnumMember(Value = "FILLED")] Filled,
        [EnumMember(Value = "DONE_FOR_DAY")] DoneForDay,
        [EnumMember(Value = "CANCELED")] Canceled,
        [EnumMember(Value = "REPLACED")] Replaced,
        [EnumMember(Value = "PENDING_CANCEL")] PendingCancel,
        [EnumMember(Value = "STOPPED")] Stopped,
        [EnumMember(Value = "REJECTED")] Rejected,
        [EnumMember(Value = "SUSPENDED")] Suspended,
        [EnumMember(Value = "PENDING_REPLACE")] PendingReplace,
        [EnumMember(Value = "CALCULATED")] Calculated,
        [EnumMember(Value = "EXPIRED")] Expired,
        [EnumMember(Value = "OTHER")] Other,
    }

    public enum TimeInForce
    {
        [EnumMember(Value = "DAY")] Day,
        [EnumMember(Value = "GOOD_TILL_CANCEL")] GoodTillCancel,
        [EnumMember(Value = "IMMEDIATE_OR_CANCEL")] ImmediateOrCancel,
        [EnumMember(Value = "FILL_OR_KILL")] FillOrKill,
        [EnumMember(Value = "GOOD_TILL_DATE")] GoodTillDate,
        [EnumMember(Value = "AT_THE_OPENING")] AtTheOpening,
        [EnumMember(Value = "AT_THE_CLOSE")] AtTheClose,
        [EnumMember(Value = "GOOD_TILL_CROSSING")] GoodTillCrossing,
        [EnumMember(Value = "GOOD_THROUGH_CROSSING")] GoodThroughCrossing,
        [EnumMember(Value = "AT_CROSSING")] AtCrossing,
        [EnumMember(Value = "OTHER")] Other,
    }
}
