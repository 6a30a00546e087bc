// The contract's enums: one member per wire value, in the order of MODEL.md.
// Each member carries its wire name in [EnumMember]; a wire value the model does not know reads as Other.
using System.Runtime.Serialization;

namespace Clst.Contracts
{
    /// <summary>
    /// The status of an order, with FIX OrdStatus (tag 39) semantics, in five lifecycle groups: final, pending, working,
    /// paused for the day, unknown (docs/contract.md, "Order lifecycle"). Only the final group is the end
    /// (<see cref="OrderStatusExtensions.IsFinal"/>). A wire value the model does not know reads as <see cref="Other"/>.
    /// </summary>
    public enum OrderStatus
    {
        /// <summary>Wire value <c>PENDING_NEW</c>. Pending (a request is in flight): the order was sent and not yet acknowledged. It can still become working, fill or be rejected; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "PENDING_NEW")]
        PendingNew,

        /// <summary>Wire value <c>NEW</c>. Working: the order is live at the venue with nothing filled. It can still fill or be canceled; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "NEW")]
        New,

        /// <summary>Wire value <c>PARTIALLY_FILLED</c>. Working: part of the quantity is filled, the rest (<see cref="Order.LeavesQuantity"/>) still live. The fills can still grow; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "PARTIALLY_FILLED")]
        PartiallyFilled,

        /// <summary>Wire value <c>FILLED</c>. Final: the whole quantity is filled. Quantities and prices are settled. A cancel can end here too, if a fill won the race.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "FILLED")]
        Filled,

        /// <summary>Wire value <c>CANCELED</c>. Final: the order was canceled; what filled before (<see cref="Order.FilledQuantity"/>) stays filled. Quantities and prices are settled.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "CANCELED")]
        Canceled,

        /// <summary>Wire value <c>REJECTED</c>. Final: the order (or its replacement) was refused. Quantities and prices are settled.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "REJECTED")]
        Rejected,

        /// <summary>Wire value <c>EXPIRED</c>. Final: the order's time in force ran out. Quantities and prices are settled.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "EXPIRED")]
        Expired,

        /// <summary>Wire value <c>PENDING_CANCEL</c>. Pending (a request is in flight): the cancel endpoint's normal answer. The cancel was ACCEPTED, NOT CARRIED OUT: until the order is final it can still fill, end <see cref="Filled"/> instead of <see cref="Canceled"/>, or go back to <see cref="New"/> / <see cref="PartiallyFilled"/> if the cancel is rejected. Do not act on the outcome yet: wait for <see cref="OrderStatusExtensions.IsFinal"/> (e.g. <c>WaitForFinalStatusAsync</c>).</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "PENDING_CANCEL")]
        PendingCancel,

        /// <summary>Wire value <c>PENDING_REPLACE</c>. Pending (a request is in flight): a replace was accepted and not yet carried out. The order can still fill; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "PENDING_REPLACE")]
        PendingReplace,

        /// <summary>Wire value <c>REPLACED</c>. Final: this order was replaced by another; follow the new order. Its own quantities and prices are settled.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "REPLACED")]
        Replaced,

        /// <summary>Wire value <c>DONE_FOR_DAY</c>. Paused for the day: no more fills today, but a multi-day order (<see cref="TimeInForce.GoodTillCancel"/>, <see cref="TimeInForce.GoodTillDate"/>) works again on the next session; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "DONE_FOR_DAY")]
        DoneForDay,

        /// <summary>Wire value <c>STOPPED</c>. Working: the order is stopped (a price is guaranteed) and can still fill; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "STOPPED")]
        Stopped,

        /// <summary>Wire value <c>SUSPENDED</c>. Working: the order is suspended at the venue and can become active again; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "SUSPENDED")]
        Suspended,

        /// <summary>Wire value <c>CALCULATED</c>. Working: the order's figures were recalculated; it can still fill; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "CALCULATED")]
        Calculated,

        /// <summary>Unknown: any value the model does not know (<c>OTHER</c>, or a value added by a later API version, whose wire text is kept in <see cref="Order.OtherWireValues"/>). Assume the order can still fill or change; not final.</summary>
        /// <remarks>The lifecycle groups: <see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>.</remarks>
        [EnumMember(Value = "OTHER")]
        Other,
    }

    /// <summary>How long an order stays working. A wire value the model does not know reads as <see cref="Other"/>.</summary>
    public enum TimeInForce
    {
        /// <summary>Wire value <c>DAY</c>.</summary>
        [EnumMember(Value = "DAY")]
        Day,

        /// <summary>Wire value <c>GOOD_TILL_CANCEL</c>.</summary>
        [EnumMember(Value = "GOOD_TILL_CANCEL")]
        GoodTillCancel,

        /// <summary>Wire value <c>IMMEDIATE_OR_CANCEL</c>.</summary>
        [EnumMember(Value = "IMMEDIATE_OR_CANCEL")]
        ImmediateOrCancel,

        /// <summary>Wire value <c>FILL_OR_KILL</c>.</summary>
        [EnumMember(Value = "FILL_OR_KILL")]
        FillOrKill,

        /// <summary>Wire value <c>GOOD_TILL_DATE</c>.</summary>
        [EnumMember(Value = "GOOD_TILL_DATE")]
        GoodTillDate,

        /// <summary>Wire value <c>AT_THE_OPENING</c>.</summary>
        [EnumMember(Value = "AT_THE_OPENING")]
        AtTheOpening,

        /// <summary>Wire value <c>AT_THE_CLOSE</c>.</summary>
        [EnumMember(Value = "AT_THE_CLOSE")]
        AtTheClose,

        /// <summary>Wire value <c>GOOD_TILL_CROSSING</c>.</summary>
        [EnumMember(Value = "GOOD_TILL_CROSSING")]
        GoodTillCrossing,

        /// <summary>Wire value <c>GOOD_THROUGH_CROSSING</c>.</summary>
        [EnumMember(Value = "GOOD_THROUGH_CROSSING")]
        GoodThroughCrossing,

        /// <summary>Wire value <c>AT_CROSSING</c>.</summary>
        [EnumMember(Value = "AT_CROSSING")]
        AtCrossing,

        /// <summary>Any value the model does not know (<c>OTHER</c>, or a value added by a later API version, whose wire text is kept in <see cref="Order.OtherWireValues"/>).</summary>
        [EnumMember(Value = "OTHER")]
        Other,
    }

    /// <summary>The type of an order. A wire value the model does not know reads as <see cref="Other"/>.</summary>
    public enum OrderType
    {
        /// <summary>Wire value <c>MARKET</c>.</summary>
        [EnumMember(Value = "MARKET")]
        Market,

        /// <summary>Wire value <c>LIMIT</c>.</summary>
        [EnumMember(Value = "LIMIT")]
        Limit,

        /// <summary>Wire value <c>STOP</c>.</summary>
        [EnumMember(Value = "STOP")]
        Stop,

        /// <summary>Wire value <c>STOP_LIMIT</c>.</summary>
        [EnumMember(Value = "STOP_LIMIT")]
        StopLimit,

        /// <summary>Wire value <c>TRAILING_STOP</c>.</summary>
        [EnumMember(Value = "TRAILING_STOP")]
        TrailingStop,

        /// <summary>Wire value <c>TRAILING_STOP_LIMIT</c>.</summary>
        [EnumMember(Value = "TRAILING_STOP_LIMIT")]
        TrailingStopLimit,

        /// <summary>Any value the model does not know (<c>OTHER</c>, or a value added by a later API version, whose wire text is kept in <see cref="Order.OtherWireValues"/>).</summary>
        [EnumMember(Value = "OTHER")]
        Other,
    }

    /// <summary>The side of an order. A wire value the model does not know reads as <see cref="Other"/>.</summary>
    public enum Side
    {
        /// <summary>Wire value <c>BUY</c>.</summary>
        [EnumMember(Value = "BUY")]
        Buy,

        /// <summary>Wire value <c>SELL</c>.</summary>
        [EnumMember(Value = "SELL")]
        Sell,

        /// <summary>Wire value <c>SELL_SHORT</c>.</summary>
        [EnumMember(Value = "SELL_SHORT")]
        SellShort,

        /// <summary>Any value the model does not know (<c>OTHER</c>, or a value added by a later API version, whose wire text is kept in <see cref="Order.OtherWireValues"/>).</summary>
        [EnumMember(Value = "OTHER")]
        Other,
    }

    /// <summary>The type of the traded instrument. A wire value the model does not know reads as <see cref="Other"/>.</summary>
    public enum SecurityType
    {
        /// <summary>Wire value <c>COMMON_STOCK</c>.</summary>
        [EnumMember(Value = "COMMON_STOCK")]
        CommonStock,

        /// <summary>Wire value <c>OPTION</c>.</summary>
        [EnumMember(Value = "OPTION")]
        Option,

        /// <summary>Wire value <c>CASH</c>.</summary>
        [EnumMember(Value = "CASH")]
        Cash,

        /// <summary>Wire value <c>INDEX</c>.</summary>
        [EnumMember(Value = "INDEX")]
        Index,

        /// <summary>Any value the model does not know (<c>OTHER</c>, or a value added by a later API version, whose wire text is kept in <see cref="Order.OtherWireValues"/>).</summary>
        [EnumMember(Value = "OTHER")]
        Other,
    }

    /// <summary>Whether a queued order has been released to the market. A wire value the model does not know reads as <see cref="Other"/>.</summary>
    public enum QueueState
    {
        /// <summary>Wire value <c>AWAITING_RELEASE</c>.</summary>
        [EnumMember(Value = "AWAITING_RELEASE")]
        AwaitingRelease,

        /// <summary>Wire value <c>RELEASED</c>.</summary>
        [EnumMember(Value = "RELEASED")]
        Released,

        /// <summary>
        /// Any value the model does not know (a value added by a later API version); its wire text is kept in
        /// <see cref="Order.OtherWireValues"/>. The contract's <c>QueueState</c> has no <c>OTHER</c>: this member is never
        /// written as <c>"OTHER"</c>, only as the text it was read with.
        /// </summary>
        [EnumMember(Value = "OTHER")]
        Other,
    }

    /// <summary>How a trailing offset is expressed. A wire value the model does not know reads as <see cref="Other"/>.</summary>
    public enum TrailingOffsetType
    {
        /// <summary>Wire value <c>PRICE</c>.</summary>
        [EnumMember(Value = "PRICE")]
        Price,

        /// <summary>Wire value <c>BPS</c>.</summary>
        [EnumMember(Value = "BPS")]
        Bps,

        /// <summary>
        /// Any value the model does not know (a value added by a later API version); its wire text is kept in
        /// <see cref="Order.OtherWireValues"/>. The contract's <c>TrailingOffsetType</c> has no <c>OTHER</c>: this member is never
        /// written as <c>"OTHER"</c>, only as the text it was read with.
        /// </summary>
        [EnumMember(Value = "OTHER")]
        Other,
    }
}
