using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts.Serialization;

namespace Clst.Contracts
{
    /// <summary>
    /// Reads and writes the contract's JSON with <c>System.Text.Json</c> and a source-generated serializer context (no reflection:
    /// trimmed and native AOT applications work).
    /// </summary>
    /// <remarks>
    /// <para>The wire format, both ways:</para>
    /// <list type="bullet">
    /// <item><description>Quantities and prices are decimal numbers in JSON strings, read with their scale: <c>"48.00"</c> writes back as
    /// <c>"48.00"</c>. A number that a <see cref="decimal"/> cannot hold exactly, an exponent, a JSON number instead of a string: refused.</description></item>
    /// <item><description>Timestamps are RFC 3339 UTC with nine fractional digits, <c>2025-10-31T13:30:00.000000000Z</c>. Reading accepts any
    /// RFC 3339 date-time (a space instead of <c>T</c>, 0 to 9 fractional digits, an offset) and converts it to UTC. A
    /// <see cref="DateTimeOffset"/> holds seven fractional digits (100 ns ticks): the eighth and ninth digits are truncated, so
    /// <c>.123456789</c> writes back as <c>.123456700</c>. Writing always gives nine digits.</description></item>
    /// <item><description><c>account_id</c> is a 64-bit integer (a JSON number).</description></item>
    /// <item><description>Enums go by wire name (<c>"PENDING_CANCEL"</c>); a name the model does not know reads as the enum's <c>Other</c>
    /// and never throws, and its text is kept in <see cref="Order.OtherWireValues"/> and written back unchanged. <c>QueueState.Other</c>
    /// and <c>TrailingOffsetType.Other</c> are never written as <c>"OTHER"</c> (the contract has no such value there). A null or
    /// non-string value of a required enum is refused.</description></item>
    /// <item><description>The 13 required fields of an order must be present and not null; the optional ones may be absent or null and read
    /// as <see langword="null"/>. Writing leaves null optional fields out. Fields of an order that the model does not know are kept in
    /// <see cref="Order.ExtensionData"/> and written back; unknown fields of the envelope are ignored.</description></item>
    /// </list>
    /// <para>Every failure to read is a <see cref="ClstContractException"/> naming the field; no half-filled model is ever returned.
    /// Cancellation of the asynchronous readers surfaces as <see cref="OperationCanceledException"/>, and I/O errors of the stream as
    /// themselves.</para>
    /// </remarks>
    public static class ClstJson
    {
        private static JsonTypeInfo<ResponseWire> ResponseInfo => ClstJsonContext.Default.ResponseWire;

        private static JsonTypeInfo<OrderWire> OrderInfo => ClstJsonContext.Default.OrderWire;

        private static JsonTypeInfo<OrderListResponseWire> ListInfo => ClstJsonContext.Default.OrderListResponseWire;

        /// <summary>Reads the body of <c>DELETE /v1/accounts/{account_id}/orders/{order_id}</c>.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        public static CancelOpenOrderResponse DeserializeCancelOpenOrderResponse(string json)
            => WireMapper.ToCancelOpenOrderResponse(Read(json, ResponseInfo));

        /// <summary>Reads the UTF-8 body of <c>DELETE /v1/accounts/{account_id}/orders/{order_id}</c>.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        public static CancelOpenOrderResponse DeserializeCancelOpenOrderResponse(ReadOnlySpan<byte> utf8Json)
            => WireMapper.ToCancelOpenOrderResponse(Read(utf8Json, ResponseInfo));

        /// <summary>Reads the UTF-8 body of <c>DELETE /v1/accounts/{account_id}/orders/{order_id}</c> from a stream.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        public static CancelOpenOrderResponse DeserializeCancelOpenOrderResponse(Stream utf8Json)
            => WireMapper.ToCancelOpenOrderResponse(Read(utf8Json, ResponseInfo));

        /// <summary>Reads the UTF-8 body of <c>DELETE /v1/accounts/{account_id}/orders/{order_id}</c> from a stream, asynchronously.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<CancelOpenOrderResponse> DeserializeCancelOpenOrderResponseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
            => WireMapper.ToCancelOpenOrderResponse(await ReadAsync(utf8Json, ResponseInfo, cancellationToken).ConfigureAwait(false));

        /// <summary>Reads the body of <c>GET /v1/accounts/{account_id}/orders/{order_id}</c>.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        public static GetOrderByIdResponse DeserializeGetOrderByIdResponse(string json)
            => WireMapper.ToGetOrderByIdResponse(Read(json, ResponseInfo));

        /// <summary>Reads the UTF-8 body of <c>GET /v1/accounts/{account_id}/orders/{order_id}</c>.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        public static GetOrderByIdResponse DeserializeGetOrderByIdResponse(ReadOnlySpan<byte> utf8Json)
            => WireMapper.ToGetOrderByIdResponse(Read(utf8Json, ResponseInfo));

        /// <summary>Reads the UTF-8 body of <c>GET /v1/accounts/{account_id}/orders/{order_id}</c> from a stream.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        public static GetOrderByIdResponse DeserializeGetOrderByIdResponse(Stream utf8Json)
            => WireMapper.ToGetOrderByIdResponse(Read(utf8Json, ResponseInfo));

        /// <summary>Reads the UTF-8 body of <c>GET /v1/accounts/{account_id}/orders/{order_id}</c> from a stream, asynchronously.</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<GetOrderByIdResponse> DeserializeGetOrderByIdResponseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
            => WireMapper.ToGetOrderByIdResponse(await ReadAsync(utf8Json, ResponseInfo, cancellationToken).ConfigureAwait(false));

        /// <summary>Reads the body of <c>GET /v1/accounts/{account_id}/orders</c> (<c>get_orders</c>).</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field (<c>data[3].status</c>).</exception>
        public static GetOrdersResponse DeserializeGetOrdersResponse(string json)
            => WireMapper.ToGetOrdersResponse(Read(json, ListInfo));

        /// <summary>Reads the UTF-8 body of <c>GET /v1/accounts/{account_id}/orders</c> (<c>get_orders</c>).</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field (<c>data[3].status</c>).</exception>
        public static GetOrdersResponse DeserializeGetOrdersResponse(ReadOnlySpan<byte> utf8Json)
            => WireMapper.ToGetOrdersResponse(Read(utf8Json, ListInfo));

        /// <summary>Reads the body of <c>DELETE /v1/accounts/{account_id}/orders</c> (<c>cancel_all_open_orders</c>).</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field (<c>data[3].status</c>).</exception>
        public static CancelAllOpenOrdersResponse DeserializeCancelAllOpenOrdersResponse(string json)
            => WireMapper.ToCancelAllOpenOrdersResponse(Read(json, ListInfo));

        /// <summary>Reads the UTF-8 body of <c>DELETE /v1/accounts/{account_id}/orders</c> (<c>cancel_all_open_orders</c>).</summary>
        /// <exception cref="ClstContractException">The body is not the contract; the message names the field (<c>data[3].status</c>).</exception>
        public static CancelAllOpenOrdersResponse DeserializeCancelAllOpenOrdersResponse(ReadOnlySpan<byte> utf8Json)
            => WireMapper.ToCancelAllOpenOrdersResponse(Read(utf8Json, ListInfo));

        /// <summary>Reads one <c>Order</c> object (the contract's <c>Order</c> schema, without the response envelope).</summary>
        /// <exception cref="ClstContractException">The JSON is not the contract; the message names the field (<c>filled_quantity</c>).</exception>
        public static Order DeserializeOrder(string json)
            => ToOrder(Read(json, OrderInfo));

        /// <summary>Reads one UTF-8 <c>Order</c> object (the contract's <c>Order</c> schema, without the response envelope).</summary>
        /// <exception cref="ClstContractException">The JSON is not the contract; the message names the field (<c>filled_quantity</c>).</exception>
        public static Order DeserializeOrder(ReadOnlySpan<byte> utf8Json)
            => ToOrder(Read(utf8Json, OrderInfo));

        /// <summary>Writes an order in the wire format (decimals as strings with their scale, nine-digit UTC timestamps, wire enum names,
        /// unknown enum values and unknown fields as they were read).</summary>
        /// <exception cref="InvalidOperationException"><c>QueueState.Other</c> or <c>TrailingOffsetType.Other</c> without a kept wire
        /// text in <see cref="Order.OtherWireValues"/>: the contract has no wire value for it.</exception>
        public static string Serialize(Order order)
        {
            if (order == null)
            {
                throw new ArgumentNullException(nameof(order));
            }

            return JsonSerializer.Serialize(WireMapper.FromOrder(order), OrderInfo);
        }

        /// <summary>Writes a cancel response in the wire format: <c>{ "data": ..., "metadata": ... }</c> (and <c>"error"</c> when set).</summary>
        public static string Serialize(CancelOpenOrderResponse response)
        {
            if (response == null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            return JsonSerializer.Serialize(WireMapper.FromResponse(response, response.Data), ResponseInfo);
        }

        /// <summary>Writes a get-order response in the wire format: <c>{ "data": ..., "metadata": ... }</c> (and <c>"error"</c> when set).</summary>
        public static string Serialize(GetOrderByIdResponse response)
        {
            if (response == null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            return JsonSerializer.Serialize(WireMapper.FromResponse(response, response.Data), ResponseInfo);
        }

        /// <summary>Writes a list-orders response in the wire format: <c>{ "data": [...], "metadata": ... }</c> (and <c>"error"</c> when set).</summary>
        public static string Serialize(GetOrdersResponse response)
        {
            if (response == null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            return JsonSerializer.Serialize(WireMapper.FromListResponse(response, response.Data), ListInfo);
        }

        /// <summary>Writes a cancel-all response in the wire format: <c>{ "data": [...], "metadata": ... }</c> (and <c>"error"</c> when set).</summary>
        public static string Serialize(CancelAllOpenOrdersResponse response)
        {
            if (response == null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            return JsonSerializer.Serialize(WireMapper.FromListResponse(response, response.Data), ListInfo);
        }

        private static Order ToOrder(OrderWire? wire)
            => wire == null
                ? throw new ClstContractException(WireMapper.Prefix + "the body is JSON null; expected an order object.", string.Empty)
                : WireMapper.ToOrder(wire, string.Empty);

        private static T? Read<T>(string json, JsonTypeInfo<T> info)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            try
            {
                return JsonSerializer.Deserialize(json, info);
            }
            catch (JsonException ex) when (!(ex is ClstContractException))
            {
                throw WireErrors.Translate(ex);
            }
        }

        private static T? Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> info)
        {
            // A UTF-8 byte-order mark is allowed, as the stream readers allow it.
            if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
            {
                utf8Json = utf8Json.Slice(3);
            }

            try
            {
                return JsonSerializer.Deserialize(utf8Json, info);
            }
            catch (JsonException ex) when (!(ex is ClstContractException))
            {
                throw WireErrors.Translate(ex);
            }
        }

        private static T? Read<T>(Stream utf8Json, JsonTypeInfo<T> info)
        {
            if (utf8Json == null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            try
            {
                return JsonSerializer.Deserialize(utf8Json, info);
            }
            catch (JsonException ex) when (!(ex is ClstContractException))
            {
                throw WireErrors.Translate(ex);
            }
        }

        private static async Task<T?> ReadAsync<T>(Stream utf8Json, JsonTypeInfo<T> info, CancellationToken cancellationToken)
        {
            if (utf8Json == null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            try
            {
                return await JsonSerializer.DeserializeAsync(utf8Json, info, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex) when (!(ex is ClstContractException))
            {
                throw WireErrors.Translate(ex);
            }
        }
    }
}
