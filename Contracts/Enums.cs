// The contract's enums: one member per wire value, in the order of MODEL.md.
// Each member carries its wire name in [EnumMember]; a wire value the model does not know reads as Other.
using System.Runtime.Serialization;

namespace Clst.Contracts
{
    /// <summary>The status of an order, with FIX OrdStatus (tag 39) semantics. A wire value the model does not know reads as <see cref="Other"/>.</summary>
    public enum OrderStatus
    {
        /// <summary>Wire value <c>PENDING_NEW</c>.</summary>
        [EnumMember(Value = "PENDING_NEW")]
        PendingNew,

        /// <summary>Wire value <c>NEW</c>.</summary>
        [EnumMember(Value = "NEW")]
        New,

        /// <summary>Wire value <c>PARTIALLY_FILLED</c>.</summary>
        [EnumMember(Value = "PARTIALLY_FILLED")]
        PartiallyFilled,

        /// <summary>Wire value <c>FILLED</c>.</summary>
        [EnumMember(Value = "FILLED")]
        Filled,

        /// <summary>Wire value <c>CANCELED</c>.</summary>
        [EnumMember(Value = "CANCELED")]
        Canceled,

        /// <summary>Wire value <c>REJECTED</c>.</summary>
        [EnumMember(Value = "REJECTED")]
        Rejected,

        /// <summary>Wire value <c>EXPIRED</c>.</summary>
        [EnumMember(Value = "EXPIRED")]
        Expired,

        /// <summary>Wire value <c>PENDING_CANCEL</c>.</summary>
        [EnumMember(Value = "PENDING_CANCEL")]
        PendingCancel,

        /// <summary>Wire value <c>PENDING_REPLACE</c>.</summary>
        [EnumMember(Value = "PENDING_REPLACE")]
        PendingReplace,

        /// <summary>Wire value <c>REPLACED</c>.</summary>
        [EnumMember(Value = "REPLACED")]
        Replaced,

        /// <summary>Wire value <c>DONE_FOR_DAY</c>.</summary>
        [EnumMember(Value = "DONE_FOR_DAY")]
        DoneForDay,

        /// <summary>Wire value <c>STOPPED</c>.</summary>
        [EnumMember(Value = "STOPPED")]
        Stopped,

        /// <summary>Wire value <c>SUSPENDED</c>.</summary>
        [EnumMember(Value = "SUSPENDED")]
        Suspended,

        /// <summary>Wire value <c>CALCULATED</c>.</summary>
        [EnumMember(Value = "CALCULATED")]
        Calculated,

        /// <summary>Any value the model does not know (<c>OTHER</c>, or a value added by a later API version, whose wire text is kept in <see cref="Order.OtherWireValues"/>).</summary>
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
