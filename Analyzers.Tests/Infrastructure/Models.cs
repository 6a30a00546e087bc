namespace Clst.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Small hand-made models in the shapes of the clients users make themselves from the API description, for the rules'
    /// look-alike tests (no generated code is committed). Add one with <c>.WithSource(Models.Kiota)</c> and
    /// <c>.WithoutShippedModel()</c>. Each declares the order status, the time in force, the order type, the side and the
    /// security type, an order with some of its nullable optional fields, and the cancel and get operations.
    /// </summary>
    public static partial class Models
    {
        /// <summary>
        /// Kiota's shape, namespace <c>Kiota.Client</c>: enums whose members are the wire names with <c>[EnumMember]</c>,
        /// every property nullable, the cancel call <c>client.V1.Accounts[accountId].Orders[orderId].DeleteAsync()</c>.
        /// </summary>
        public const string Kiota = """

using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Kiota.Client.Models
{
    public enum OrderStatus
    {
        [EnumMember(Value = "PENDING_NEW")]
        PENDING_NEW,
        [EnumMember(Value = "NEW")]
        NEW,
        [EnumMember(Value = "PARTIALLY_FILLED")]
        PARTIALLY_FILLED,
        [EnumMember(Value = "FILLED")]
        FILLED,
        [EnumMember(Value = "CANCELED")]
        CANCELED,
        [EnumMember(Value = "REJECTED")]
        REJECTED,
        [EnumMember(Value = "EXPIRED")]
        EXPIRED,
        [EnumMember(Value = "PENDING_CANCEL")]
        PENDING_CANCEL,
        [EnumMember(Value = "PENDING_REPLACE")]
        PENDING_REPLACE,
        [EnumMember(Value = "REPLACED")]
        REPLACED,
        [EnumMember(Value = "DONE_FOR_DAY")]
        DONE_FOR_DAY,
        [EnumMember(Value = "STOPPED")]
        STOPPED,
        [EnumMember(Value = "SUSPENDED")]
        SUSPENDED,
        [EnumMember(Value = "CALCULATED")]
        CALCULATED,
        [EnumMember(Value = "OTHER")]
        OTHER,
    }
    public enum TimeInForce
    {
        [EnumMember(Value = "DAY")]
        DAY,
        [EnumMember(Value = "GOOD_TILL_CANCEL")]
        GOOD_TILL_CANCEL,
        [EnumMember(Value = "IMMEDIATE_OR_CANCEL")]
        IMMEDIATE_OR_CANCEL,
        [EnumMember(Value = "FILL_OR_KILL")]
        FILL_OR_KILL,
        [EnumMember(Value = "GOOD_TILL_DATE")]
        GOOD_TILL_DATE,
        [EnumMember(Value = "AT_THE_OPENING")]
        AT_THE_OPENING,
        [EnumMember(Value = "AT_THE_CLOSE")]
        AT_THE_CLOSE,
        [EnumMember(Value = "GOOD_TILL_CROSSING")]
        GOOD_TILL_CROSSING,
        [EnumMember(Value = "GOOD_THROUGH_CROSSING")]
        GOOD_THROUGH_CROSSING,
        [EnumMember(Value = "AT_CROSSING")]
        AT_CROSSING,
    }
    public enum OrderType
    {
        [EnumMember(Value = "MARKET")]
        MARKET,
        [EnumMember(Value = "LIMIT")]
        LIMIT,
        [EnumMember(Value = "STOP")]
        STOP,
        [EnumMember(Value = "STOP_LIMIT")]
        STOP_LIMIT,
        [EnumMember(Value = "TRAILING_STOP")]
        TRAILING_STOP,
        [EnumMember(Value = "TRAILING_STOP_LIMIT")]
        TRAILING_STOP_LIMIT,
        [EnumMember(Value = "OTHER")]
        OTHER,
    }
    public enum Side
    {
        [EnumMember(Value = "BUY")]
        BUY,
        [EnumMember(Value = "SELL")]
        SELL,
        [EnumMember(Value = "SELL_SHORT")]
        SELL_SHORT,
        [EnumMember(Value = "OTHER")]
        OTHER,
    }
    public enum SecurityType
    {
        [EnumMember(Value = "COMMON_STOCK")]
        COMMON_STOCK,
        [EnumMember(Value = "INDEX")]
        INDEX,
        [EnumMember(Value = "OPTION")]
        OPTION,
        [EnumMember(Value = "CASH")]
        CASH,
    }

    public class Order
    {
        public string? Id { get; set; }
        public long? AccountId { get; set; }
        public string? ClientOrderId { get; set; }
        public string? FilledQuantity { get; set; }
        public string? LeavesQuantity { get; set; }
        public string? Quantity { get; set; }
        public OrderStatus? Status { get; set; }
        public TimeInForce? TimeInForce { get; set; }
        public OrderType? OrderType { get; set; }
        public Side? Side { get; set; }
        public string? InstrumentId { get; set; }
        public string? Symbol { get; set; }
        public SecurityType? InstrumentType { get; set; }
        public string? AverageFillPrice { get; set; }
        public string? LimitPrice { get; set; }
        public string? StopPrice { get; set; }
        public DateTimeOffset? ExpiresAt { get; set; }
        public List<string>? Details { get; set; }
    }
}

namespace Kiota.Client.V1.Accounts.Item.Orders.Item
{
    public class WithOrder_DeleteResponse
    {
        public Kiota.Client.Models.Order? Data { get; set; }
    }

    public class WithOrder_GetResponse
    {
        public Kiota.Client.Models.Order? Data { get; set; }
    }

    public class WithOrder_ItemRequestBuilder
    {
        public Task<WithOrder_DeleteResponse?> DeleteAsync(Action<object>? requestConfiguration = default, CancellationToken cancellationToken = default)
            => Task.FromResult<WithOrder_DeleteResponse?>(new WithOrder_DeleteResponse());

        public Task<WithOrder_GetResponse?> GetAsync(Action<object>? requestConfiguration = default, CancellationToken cancellationToken = default)
            => Task.FromResult<WithOrder_GetResponse?>(new WithOrder_GetResponse());
    }
}

namespace Kiota.Client.V1.Accounts.Item.Orders
{
    public class OrdersRequestBuilder
    {
        public Kiota.Client.V1.Accounts.Item.Orders.Item.WithOrder_ItemRequestBuilder this[string position] => new Kiota.Client.V1.Accounts.Item.Orders.Item.WithOrder_ItemRequestBuilder();
    }
}

namespace Kiota.Client.V1.Accounts.Item
{
    public class WithAccount_ItemRequestBuilder
    {
        public Kiota.Client.V1.Accounts.Item.Orders.OrdersRequestBuilder Orders => new Kiota.Client.V1.Accounts.Item.Orders.OrdersRequestBuilder();
    }
}

namespace Kiota.Client.V1.Accounts
{
    public class AccountsRequestBuilder
    {
        public Kiota.Client.V1.Accounts.Item.WithAccount_ItemRequestBuilder this[long position] => new Kiota.Client.V1.Accounts.Item.WithAccount_ItemRequestBuilder();
    }
}

namespace Kiota.Client.V1
{
    public class V1RequestBuilder
    {
        public Kiota.Client.V1.Accounts.AccountsRequestBuilder Accounts => new Kiota.Client.V1.Accounts.AccountsRequestBuilder();
    }
}

namespace Kiota.Client
{
    public class ApiClient
    {
        public Kiota.Client.V1.V1RequestBuilder V1 => new Kiota.Client.V1.V1RequestBuilder();
    }
}

""";

        /// <summary>
        /// A hand-written model, namespace <c>Hand.Client</c>: PascalCase enums without attributes, properties with
        /// System.Text.Json's <c>[JsonPropertyName]</c>, and a client with <c>CancelOrderAsync</c> returning the order.
        /// </summary>
        public const string HandWritten = """

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Hand.Client
{
    public enum OrderStatus { PendingNew, New, PartiallyFilled, Filled, Canceled, Rejected, Expired, PendingCancel, PendingReplace, Replaced, DoneForDay, Stopped, Suspended, Calculated, Other }
    public enum TimeInForce { Day, GoodTillCancel, ImmediateOrCancel, FillOrKill, GoodTillDate, AtTheOpening, AtTheClose, GoodTillCrossing, GoodThroughCrossing, AtCrossing }
    public enum OrderType { Market, Limit, Stop, StopLimit, TrailingStop, TrailingStopLimit, Other }
    public enum Side { Buy, Sell, SellShort, Other }
    public enum SecurityType { CommonStock, Index, Option, Cash }

    public sealed class Order
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("account_id")] public long AccountId { get; set; }
        [JsonPropertyName("client_order_id")] public string ClientOrderId { get; set; } = "";
        [JsonPropertyName("filled_quantity")] public decimal FilledQuantity { get; set; }
        [JsonPropertyName("leaves_quantity")] public decimal LeavesQuantity { get; set; }
        [JsonPropertyName("quantity")] public decimal Quantity { get; set; }
        [JsonPropertyName("status")] public OrderStatus Status { get; set; }
        [JsonPropertyName("time_in_force")] public TimeInForce TimeInForce { get; set; }
        [JsonPropertyName("order_type")] public OrderType OrderType { get; set; }
        [JsonPropertyName("side")] public Side Side { get; set; }
        [JsonPropertyName("instrument_id")] public string? InstrumentId { get; set; }
        [JsonPropertyName("symbol")] public string? Symbol { get; set; }
        [JsonPropertyName("instrument_type")] public SecurityType? InstrumentType { get; set; }
        [JsonPropertyName("average_fill_price")] public decimal? AverageFillPrice { get; set; }
        [JsonPropertyName("limit_price")] public decimal? LimitPrice { get; set; }
        [JsonPropertyName("stop_price")] public decimal? StopPrice { get; set; }
        [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
        [JsonPropertyName("details")] public List<string>? Details { get; set; }
    }

    public sealed class TradingClient
    {
        public Task<Order> CancelOrderAsync(long accountId, string orderId, CancellationToken cancellationToken = default)
            => Task.FromResult(new Order());

        public Task<Order> GetOrderByIdAsync(long accountId, string orderId, CancellationToken cancellationToken = default)
            => Task.FromResult(new Order());
    }
}

""";
    }
}
