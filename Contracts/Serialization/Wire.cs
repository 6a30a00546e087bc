using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clst.Contracts.Serialization
{
    // The wire shapes, as the serializer sees them. Every property is nullable so that a missing or null field is seen as such
    // and reported by name (WireMapper) instead of leaving a default in a half-filled model. Enums stay wire text here (their
    // converters check the JSON type only); WireMapper maps them and keeps an unknown value's text. Properties are declared in
    // the API's own (alphabetical) order, so what we write looks like what the API sends.

    /// <summary>A response body: <c>{ data?, error?, metadata }</c>.</summary>
    internal sealed class ResponseWire
    {
        [JsonPropertyName("data")]
        public OrderWire? Data { get; set; }

        [JsonPropertyName("error")]
        public ApiErrorWire? Error { get; set; }

        [JsonPropertyName("metadata")]
        public MetadataWire? Metadata { get; set; }
    }

    /// <summary>The <c>metadata</c> object.</summary>
    internal sealed class MetadataWire
    {
        [JsonPropertyName("next_page_token")]
        public string? NextPageToken { get; set; }

        [JsonPropertyName("page_number")]
        public int? PageNumber { get; set; }

        [JsonPropertyName("previous_page_token")]
        public string? PreviousPageToken { get; set; }

        [JsonPropertyName("request_id")]
        public string? RequestId { get; set; }

        [JsonPropertyName("total_items")]
        public long? TotalItems { get; set; }

        [JsonPropertyName("total_pages")]
        public int? TotalPages { get; set; }
    }

    /// <summary>The <c>error</c> object.</summary>
    internal sealed class ApiErrorWire
    {
        [JsonPropertyName("code")]
        public int? Code { get; set; }

        [JsonPropertyName("details")]
        public List<JsonElement>? Details { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }
    }

    /// <summary>The <c>Order</c> schema: 13 required fields and 19 optional ones.</summary>
    internal sealed class OrderWire
    {
        [JsonPropertyName("account_id")]
        public long? AccountId { get; set; }

        [JsonPropertyName("average_fill_price")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? AverageFillPrice { get; set; }

        [JsonPropertyName("client_order_id")]
        public string? ClientOrderId { get; set; }

        [JsonPropertyName("created_at")]
        [JsonConverter(typeof(WireTimestampConverter))]
        public DateTimeOffset? CreatedAt { get; set; }

        [JsonPropertyName("details")]
        public List<string?>? Details { get; set; }

        [JsonPropertyName("expires_at")]
        [JsonConverter(typeof(WireTimestampConverter))]
        public DateTimeOffset? ExpiresAt { get; set; }

        [JsonPropertyName("extended_hours")]
        public bool? ExtendedHours { get; set; }

        [JsonPropertyName("filled_quantity")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? FilledQuantity { get; set; }

        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("instrument_id")]
        public string? InstrumentId { get; set; }

        [JsonPropertyName("instrument_type")]
        [JsonConverter(typeof(SecurityTypeConverter))]
        public string? InstrumentType { get; set; }

        [JsonPropertyName("leaves_quantity")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? LeavesQuantity { get; set; }

        [JsonPropertyName("limit_offset")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? LimitOffset { get; set; }

        [JsonPropertyName("limit_price")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? LimitPrice { get; set; }

        [JsonPropertyName("order_type")]
        [JsonConverter(typeof(OrderTypeConverter))]
        public string? OrderType { get; set; }

        [JsonPropertyName("quantity")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? Quantity { get; set; }

        [JsonPropertyName("queue_state")]
        [JsonConverter(typeof(QueueStateConverter))]
        public string? QueueState { get; set; }

        [JsonPropertyName("releases_at")]
        [JsonConverter(typeof(WireTimestampConverter))]
        public DateTimeOffset? ReleasesAt { get; set; }

        [JsonPropertyName("side")]
        [JsonConverter(typeof(SideConverter))]
        public string? Side { get; set; }

        [JsonPropertyName("status")]
        [JsonConverter(typeof(OrderStatusConverter))]
        public string? Status { get; set; }

        [JsonPropertyName("stop_price")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? StopPrice { get; set; }

        [JsonPropertyName("symbol")]
        public string? Symbol { get; set; }

        [JsonPropertyName("time_in_force")]
        [JsonConverter(typeof(TimeInForceConverter))]
        public string? TimeInForce { get; set; }

        [JsonPropertyName("trailing_limit_px")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? TrailingLimitPx { get; set; }

        [JsonPropertyName("trailing_offset")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? TrailingOffset { get; set; }

        [JsonPropertyName("trailing_offset_type")]
        [JsonConverter(typeof(TrailingOffsetTypeConverter))]
        public string? TrailingOffsetType { get; set; }

        [JsonPropertyName("trailing_stop_px")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? TrailingStopPx { get; set; }

        [JsonPropertyName("trailing_watermark_px")]
        [JsonConverter(typeof(WireDecimalConverter))]
        public decimal? TrailingWatermarkPx { get; set; }

        [JsonPropertyName("trailing_watermark_ts")]
        [JsonConverter(typeof(WireTimestampConverter))]
        public DateTimeOffset? TrailingWatermarkTs { get; set; }

        [JsonPropertyName("underlying_instrument_id")]
        public string? UnderlyingInstrumentId { get; set; }

        [JsonPropertyName("updated_at")]
        [JsonConverter(typeof(WireTimestampConverter))]
        public DateTimeOffset? UpdatedAt { get; set; }

        [JsonPropertyName("venue")]
        public string? Venue { get; set; }

        /// <summary>Fields the model does not know, kept as they came so that they are written back.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? ExtensionData { get; set; }
    }

    /// <summary>A response whose <c>data</c> is a list of orders (<c>get_orders</c>, <c>cancel_all_open_orders</c>).</summary>
    internal sealed class OrderListResponseWire
    {
        [JsonPropertyName("data")]
        public List<OrderWire?>? Data { get; set; }

        [JsonPropertyName("error")]
        public ApiErrorWire? Error { get; set; }

        [JsonPropertyName("metadata")]
        public MetadataWire? Metadata { get; set; }
    }

    /// <summary>
    /// The source-generated serializer context: no reflection at run time, so trimmed and native AOT applications work.
    /// Null optional fields are left out when writing (the contract: "may be absent or null").
    /// </summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(ResponseWire))]
    [JsonSerializable(typeof(OrderWire))]
    [JsonSerializable(typeof(OrderListResponseWire))]
    internal sealed partial class ClstJsonContext : JsonSerializerContext
    {
    }
}
