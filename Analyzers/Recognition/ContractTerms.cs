using System.Collections.Generic;
using System.Collections.Immutable;

namespace Clst.Analyzers.Recognition
{
    /// <summary>
    /// The contract's own terms, by wire name: the one place where the rules' knowledge of the API lives.
    /// Mirrors <c>shared/contract</c>: README (lifecycle), MODEL.md (enums, fields) and the OpenAPI description.
    /// </summary>
    internal static class ContractTerms
    {
        public const string OtherWireName = "OTHER";
        public const string PendingCancel = "PENDING_CANCEL";
        public const string Canceled = "CANCELED";

        /// <summary>Each contract enum's wire values in declaration order, <c>OTHER</c> last.</summary>
        public static readonly ImmutableDictionary<ContractEnum, ImmutableArray<string>> EnumWireNames =
            new Dictionary<ContractEnum, ImmutableArray<string>>
            {
                [ContractEnum.OrderStatus] = ImmutableArray.Create(
                    "PENDING_NEW", "NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED", "REJECTED", "EXPIRED", "PENDING_CANCEL",
                    "PENDING_REPLACE", "REPLACED", "DONE_FOR_DAY", "STOPPED", "SUSPENDED", "CALCULATED", "OTHER"),
                [ContractEnum.TimeInForce] = ImmutableArray.Create(
                    "DAY", "GOOD_TILL_CANCEL", "IMMEDIATE_OR_CANCEL", "FILL_OR_KILL", "GOOD_TILL_DATE", "AT_THE_OPENING",
                    "AT_THE_CLOSE", "GOOD_TILL_CROSSING", "GOOD_THROUGH_CROSSING", "AT_CROSSING", "OTHER"),
                [ContractEnum.OrderType] = ImmutableArray.Create(
                    "MARKET", "LIMIT", "STOP", "STOP_LIMIT", "TRAILING_STOP", "TRAILING_STOP_LIMIT", "OTHER"),
                [ContractEnum.Side] = ImmutableArray.Create("BUY", "SELL", "SELL_SHORT", "OTHER"),
                [ContractEnum.SecurityType] = ImmutableArray.Create("COMMON_STOCK", "OPTION", "CASH", "INDEX", "OTHER"),
                [ContractEnum.QueueState] = ImmutableArray.Create("AWAITING_RELEASE", "RELEASED", "OTHER"),
                [ContractEnum.TrailingOffsetType] = ImmutableArray.Create("PRICE", "BPS", "OTHER"),
            }.ToImmutableDictionary();

        /// <summary>
        /// Wire values an enum must carry to be taken for the contract enum (besides the share of the rest,
        /// <see cref="ContractRecognizer"/>): the values that tell it apart from an unrelated enum of the same name.
        /// </summary>
        public static readonly ImmutableDictionary<ContractEnum, ImmutableArray<string>> EnumKeyWireNames =
            new Dictionary<ContractEnum, ImmutableArray<string>>
            {
                [ContractEnum.OrderStatus] = ImmutableArray.Create("PENDING_CANCEL", "PARTIALLY_FILLED", "FILLED"),
                [ContractEnum.TimeInForce] = ImmutableArray.Create("DAY", "GOOD_TILL_CANCEL", "IMMEDIATE_OR_CANCEL"),
                [ContractEnum.OrderType] = ImmutableArray.Create("MARKET", "LIMIT", "STOP_LIMIT"),
                [ContractEnum.Side] = ImmutableArray.Create("BUY", "SELL", "SELL_SHORT"),
                [ContractEnum.SecurityType] = ImmutableArray.Create("COMMON_STOCK", "OPTION"),
                [ContractEnum.QueueState] = ImmutableArray.Create("AWAITING_RELEASE", "RELEASED"),
                [ContractEnum.TrailingOffsetType] = ImmutableArray.Create("PRICE", "BPS"),
            }.ToImmutableDictionary();

        /// <summary>The lifecycle group of each order status wire value; anything else is <see cref="LifecycleGroup.Unknown"/>.</summary>
        public static readonly ImmutableDictionary<string, LifecycleGroup> StatusGroups =
            new Dictionary<string, LifecycleGroup>
            {
                ["FILLED"] = LifecycleGroup.Final,
                ["CANCELED"] = LifecycleGroup.Final,
                ["REJECTED"] = LifecycleGroup.Final,
                ["EXPIRED"] = LifecycleGroup.Final,
                ["REPLACED"] = LifecycleGroup.Final,
                ["PENDING_NEW"] = LifecycleGroup.Pending,
                ["PENDING_CANCEL"] = LifecycleGroup.Pending,
                ["PENDING_REPLACE"] = LifecycleGroup.Pending,
                ["NEW"] = LifecycleGroup.Working,
                ["PARTIALLY_FILLED"] = LifecycleGroup.Working,
                ["STOPPED"] = LifecycleGroup.Working,
                ["SUSPENDED"] = LifecycleGroup.Working,
                ["CALCULATED"] = LifecycleGroup.Working,
                ["DONE_FOR_DAY"] = LifecycleGroup.Paused,
            }.ToImmutableDictionary();

        public static LifecycleGroup GetLifecycleGroup(string? statusWireName)
            => statusWireName != null && StatusGroups.TryGetValue(statusWireName, out var group) ? group : LifecycleGroup.Unknown;

        /// <summary>The wire names of every field of the contract's <c>Order</c> (required and optional).</summary>
        public static readonly ImmutableHashSet<string> OrderWireNames = ImmutableHashSet.Create(
            "id", "account_id", "client_order_id", "created_at", "filled_quantity", "leaves_quantity", "order_type", "quantity",
            "side", "status", "time_in_force", "updated_at", "venue",
            "instrument_id", "symbol", "instrument_type", "average_fill_price", "limit_price", "stop_price", "limit_offset",
            "trailing_offset", "trailing_limit_px", "trailing_stop_px", "trailing_watermark_px", "expires_at", "releases_at",
            "trailing_watermark_ts", "extended_hours", "queue_state", "trailing_offset_type", "details", "underlying_instrument_id");

        /// <summary>
        /// The order's fields that only this contract has: the words every order model uses (<c>id</c>, <c>symbol</c>,
        /// <c>quantity</c>, <c>status</c>, <c>side</c>, <c>time_in_force</c>, <c>limit_price</c>, …) say nothing of which API
        /// it is; these do. A look-alike order must carry at least two of them.
        /// </summary>
        public static readonly ImmutableHashSet<string> DistinctiveOrderWireNames = ImmutableHashSet.Create(
            "client_order_id", "leaves_quantity", "average_fill_price", "instrument_id", "queue_state", "releases_at",
            "limit_offset", "trailing_offset", "trailing_offset_type", "trailing_limit_px", "trailing_stop_px",
            "trailing_watermark_px", "trailing_watermark_ts", "underlying_instrument_id");

        /// <summary>
        /// The order's execution figures that keep moving until the order reaches a final status (README, "Order lifecycle":
        /// "filled_quantity grows, leaves_quantity shrinks, average_fill_price moves").
        /// </summary>
        public static readonly ImmutableHashSet<string> ExecutionFigureWireNames = ImmutableHashSet.Create(
            "filled_quantity", "leaves_quantity", "average_fill_price");

        /// <summary>
        /// The order's nullable optional fields (MODEL.md: 19), by wire name, each with the contract's reason it may be null.
        /// </summary>
        public static readonly ImmutableDictionary<string, string> NullableOrderFields =
            new Dictionary<string, string>
            {
                ["instrument_id"] = "null when the order has no single resolvable instrument",
                ["symbol"] = "null when the order has no single resolvable instrument",
                ["instrument_type"] = "null when the order has no single resolvable instrument",
                ["average_fill_price"] = "null until the order has a fill",
                ["limit_price"] = "null for order types that have no limit price",
                ["stop_price"] = "null for order types that have no stop price",
                ["limit_offset"] = "null unless the order trails with a limit",
                ["trailing_offset"] = "null unless the order trails",
                ["trailing_limit_px"] = "null unless the order trails with a limit",
                ["trailing_stop_px"] = "null unless the order trails",
                ["trailing_watermark_px"] = "null unless the order trails",
                ["expires_at"] = "null unless the order is good-till-date",
                ["releases_at"] = "null unless the order is queued for release",
                ["trailing_watermark_ts"] = "null unless the order trails",
                ["extended_hours"] = "absent when the API has no data",
                ["queue_state"] = "null unless the order is queued",
                ["trailing_offset_type"] = "null unless the order trails",
                ["details"] = "absent when the API has no data",
                ["underlying_instrument_id"] = "null unless the instrument has an underlying",
            }.ToImmutableDictionary();

        /// <summary>
        /// Nullable optional fields the contract says are present when another field of the same order has one of some
        /// values (API reference: limit price "for LIMIT and STOP_LIMIT orders", stop price "for STOP and STOP_LIMIT orders",
        /// expires_at "Present when time_in_force is GOOD_TILL_DATE", the average fill price across the executions of an
        /// order that has them, the trailing offset and its type "for trailing orders", the limit offset "for trailing
        /// stop-limit orders"): by the dependent field's wire name, the deciding field's wire name and its values.
        /// </summary>
        public static readonly ImmutableDictionary<string, (string Field, ImmutableArray<string> Values)> PresentWhen =
            new Dictionary<string, (string Field, ImmutableArray<string> Values)>
            {
                ["limit_price"] = ("order_type", ImmutableArray.Create("LIMIT", "STOP_LIMIT")),
                ["stop_price"] = ("order_type", ImmutableArray.Create("STOP", "STOP_LIMIT")),
                ["expires_at"] = ("time_in_force", ImmutableArray.Create("GOOD_TILL_DATE")),
                ["average_fill_price"] = ("status", ImmutableArray.Create("PARTIALLY_FILLED", "FILLED")),
                ["trailing_offset"] = ("order_type", ImmutableArray.Create("TRAILING_STOP", "TRAILING_STOP_LIMIT")),
                ["trailing_offset_type"] = ("order_type", ImmutableArray.Create("TRAILING_STOP", "TRAILING_STOP_LIMIT")),
                ["limit_offset"] = ("order_type", ImmutableArray.Create("TRAILING_STOP_LIMIT")),
            }.ToImmutableDictionary();
    }
}
