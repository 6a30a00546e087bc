using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clst.Contracts
{
    /// <summary>
    /// A trading order with its current state and execution details (the contract's <c>Order</c> schema).
    /// Thirteen fields are required; the nullable ones may be absent or <c>null</c> on the wire.
    /// </summary>
    /// <remarks>
    /// <para>Nothing the API sends is lost on the way through the model: an enum value the model does not know reads as the
    /// enum's <c>Other</c> and its wire text is kept in <see cref="OtherWireValues"/>; a field the model does not know is kept in
    /// <see cref="ExtensionData"/>. <see cref="ClstJson"/> writes both back unchanged.</para>
    /// </remarks>
    public sealed class Order
    {
        /// <summary>Engine-assigned unique identifier for this order (UUID).</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>Account placing the order.</summary>
        [JsonPropertyName("account_id")]
        public long AccountId { get; set; }

        /// <summary>Client-provided identifier echoed back.</summary>
        [JsonPropertyName("client_order_id")]
        public string ClientOrderId { get; set; } = string.Empty;

        /// <summary>Timestamp when the order was created (UTC).</summary>
        [JsonPropertyName("created_at")]
        public DateTimeOffset CreatedAt { get; set; }

        /// <summary>Timestamp of the order's last update (UTC).</summary>
        [JsonPropertyName("updated_at")]
        public DateTimeOffset UpdatedAt { get; set; }

        /// <summary>Total order quantity.</summary>
        [JsonPropertyName("quantity")]
        public decimal Quantity { get; set; }

        /// <summary>Cumulative filled quantity.</summary>
        [JsonPropertyName("filled_quantity")]
        public decimal FilledQuantity { get; set; }

        /// <summary>Quantity still open for execution.</summary>
        [JsonPropertyName("leaves_quantity")]
        public decimal LeavesQuantity { get; set; }

        /// <summary>The order's type.</summary>
        [JsonPropertyName("order_type")]
        public OrderType OrderType { get; set; }

        /// <summary>The order's side.</summary>
        [JsonPropertyName("side")]
        public Side Side { get; set; }

        /// <summary>The order's current status.</summary>
        [JsonPropertyName("status")]
        public OrderStatus Status { get; set; }

        /// <summary>How long the order stays working.</summary>
        [JsonPropertyName("time_in_force")]
        public TimeInForce TimeInForce { get; set; }

        /// <summary>The venue the order was routed to.</summary>
        [JsonPropertyName("venue")]
        public string Venue { get; set; } = string.Empty;

        /// <summary>Instrument identifier; null when the order has no single resolvable instrument.</summary>
        [JsonPropertyName("instrument_id")]
        public string? InstrumentId { get; set; }

        /// <summary>Symbol; null when the order has no single resolvable instrument.</summary>
        [JsonPropertyName("symbol")]
        public string? Symbol { get; set; }

        /// <summary>Type of security; null when the order has no single resolvable instrument.</summary>
        [JsonPropertyName("instrument_type")]
        public SecurityType? InstrumentType { get; set; }

        /// <summary>Average fill price; null until the order has a fill.</summary>
        [JsonPropertyName("average_fill_price")]
        public decimal? AverageFillPrice { get; set; }

        /// <summary>Limit price; null for order types that have none.</summary>
        [JsonPropertyName("limit_price")]
        public decimal? LimitPrice { get; set; }

        /// <summary>Stop price; null for order types that have none.</summary>
        [JsonPropertyName("stop_price")]
        public decimal? StopPrice { get; set; }

        /// <summary>Limit offset of a trailing stop-limit order.</summary>
        [JsonPropertyName("limit_offset")]
        public decimal? LimitOffset { get; set; }

        /// <summary>Trailing offset of a trailing order.</summary>
        [JsonPropertyName("trailing_offset")]
        public decimal? TrailingOffset { get; set; }

        /// <summary>Current trailing limit price.</summary>
        [JsonPropertyName("trailing_limit_px")]
        public decimal? TrailingLimitPx { get; set; }

        /// <summary>Current trailing stop price.</summary>
        [JsonPropertyName("trailing_stop_px")]
        public decimal? TrailingStopPx { get; set; }

        /// <summary>Current trailing watermark price.</summary>
        [JsonPropertyName("trailing_watermark_px")]
        public decimal? TrailingWatermarkPx { get; set; }

        /// <summary>Expiry time; null unless the order is good-till-date.</summary>
        [JsonPropertyName("expires_at")]
        public DateTimeOffset? ExpiresAt { get; set; }

        /// <summary>When a queued order is released to the market.</summary>
        [JsonPropertyName("releases_at")]
        public DateTimeOffset? ReleasesAt { get; set; }

        /// <summary>When the trailing watermark was last set.</summary>
        [JsonPropertyName("trailing_watermark_ts")]
        public DateTimeOffset? TrailingWatermarkTs { get; set; }

        /// <summary>Whether the order may trade in extended hours.</summary>
        [JsonPropertyName("extended_hours")]
        public bool? ExtendedHours { get; set; }

        /// <summary>Whether a queued order has been released.</summary>
        [JsonPropertyName("queue_state")]
        public QueueState? QueueState { get; set; }

        /// <summary>How the trailing offset is expressed.</summary>
        [JsonPropertyName("trailing_offset_type")]
        public TrailingOffsetType? TrailingOffsetType { get; set; }

        /// <summary>Free-form details about the order's state.</summary>
        [JsonPropertyName("details")]
        public IReadOnlyList<string>? Details { get; set; }

        /// <summary>Instrument identifier of the underlying (options).</summary>
        [JsonPropertyName("underlying_instrument_id")]
        public string? UnderlyingInstrumentId { get; set; }

        /// <summary>
        /// The wire text of each enum field whose value the model does not know, by the field's wire name: after reading
        /// <c>"status": "HALTED"</c>, <see cref="Status"/> is <see cref="OrderStatus.Other"/> and <c>OtherWireValues["status"]</c> is
        /// <c>"HALTED"</c>. Null when every enum value was known.
        /// </summary>
        /// <remarks>
        /// Writing (<see cref="ClstJson.Serialize(Order)"/>) uses the kept text while the property is still <c>Other</c>, so an
        /// unknown value goes back unchanged; a property set to a known member writes that member and the text is ignored.
        /// <see cref="QueueState"/> and <see cref="TrailingOffsetType"/> have no <c>OTHER</c> on the wire: their <c>Other</c> is
        /// written only with its kept text, and without one writing refuses it (<see cref="InvalidOperationException"/>) rather than
        /// send <c>"OTHER"</c>. For the other enums, <c>Other</c> without a kept text is written <c>"OTHER"</c>, a contract value.
        /// </remarks>
        [JsonIgnore]
        public IDictionary<string, string>? OtherWireValues { get; set; }

        /// <summary>
        /// Fields the model does not know (added by a later API version), by wire name, as the API sent them; written back
        /// unchanged. Null when there were none.
        /// </summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? ExtensionData { get; set; }
    }
}
