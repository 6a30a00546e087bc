using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts.Http;

namespace Clst.Contracts
{
    /// <summary>
    /// The order endpoints over HTTP. Construct it from an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is the
    /// API root (such as <c>https://api.clearstreet.com/</c>); authentication is the <see cref="HttpClient"/>'s business (a bearer
    /// header, a handler). The client does not own the <see cref="HttpClient"/> and never disposes it.
    /// </summary>
    /// <remarks>
    /// <para>A 2xx answer is read with <see cref="ClstJson"/>: a body that is not the contract throws <see cref="ClstContractException"/>
    /// naming the field, with <see cref="ClstContractException.RequestAccepted"/> true and a message that starts by saying the API
    /// accepted the request (a cancel may have taken effect), the HTTP status, the request id when the body still gives it, and the
    /// start of the body. The 2xx body is read whole before it is parsed. HTTP 403 throws <see cref="ClstPermissionDeniedException"/>, 404 <see cref="ClstNotFoundException"/>, any other
    /// non-2xx <see cref="ClstApiException"/>; each carries the API's error and request id when the body is the contract's error object,
    /// and otherwise says so and quotes the start of the body.</para>
    /// <para>Cancellation is honoured while sending, while waiting for the answer and while reading the body
    /// (<see cref="OperationCanceledException"/>).</para>
    /// </remarks>
    public sealed class ClstOrdersClient : IClstOrdersClient
    {
        /// <summary>An error body is read up to this many bytes; the rest is ignored.</summary>
        private const int MaxErrorBodyBytes = 1024 * 1024;

        private readonly HttpClient _httpClient;

        /// <summary>Creates the client.</summary>
        /// <param name="httpClient">The HTTP client; its <see cref="HttpClient.BaseAddress"/> must be the API root when a request is sent.</param>
        public ClstOrdersClient(HttpClient httpClient)
        {
            _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        }

        /// <inheritdoc />
        public Task<CancelOpenOrderResponse> CancelOpenOrderAsync(long accountId, string orderId, CancellationToken cancellationToken = default)
        {
            var uri = OrderUri(accountId, orderId);
            return SendAsync(HttpMethod.Delete, uri, body => ClstJson.DeserializeCancelOpenOrderResponse(body), cancellationToken);
        }

        /// <inheritdoc />
        public Task<GetOrderByIdResponse> GetOrderByIdAsync(long accountId, string orderId, CancellationToken cancellationToken = default)
        {
            var uri = OrderUri(accountId, orderId);
            return SendAsync(HttpMethod.Get, uri, body => ClstJson.DeserializeGetOrderByIdResponse(body), cancellationToken);
        }

        /// <inheritdoc />
        /// <exception cref="ArgumentException">A filter that cannot be sent as the contract defines it (see <see cref="GetOrdersQuery"/>).</exception>
        public Task<GetOrdersResponse> GetOrdersAsync(long accountId, GetOrdersQuery? query = null, CancellationToken cancellationToken = default)
        {
            var uri = new Uri(OrdersUri(accountId) + QueryString.For(query), UriKind.Absolute);
            return SendAsync(HttpMethod.Get, uri, body => ClstJson.DeserializeGetOrdersResponse(body), cancellationToken);
        }

        /// <inheritdoc />
        /// <exception cref="ArgumentException">A filter that would widen the cancel by mistake (see <see cref="CancelAllOpenOrdersFilter"/>).</exception>
        public Task<CancelAllOpenOrdersResponse> CancelAllOpenOrdersAsync(long accountId, CancelAllOpenOrdersFilter? filter = null, CancellationToken cancellationToken = default)
        {
            var uri = new Uri(OrdersUri(accountId) + QueryString.For(filter), UriKind.Absolute);
            return SendAsync(HttpMethod.Delete, uri, body => ClstJson.DeserializeCancelAllOpenOrdersResponse(body), cancellationToken);
        }

        private Uri OrderUri(long accountId, string orderId)
        {
            if (orderId == null)
            {
                throw new ArgumentNullException(nameof(orderId));
            }

            // An empty id would address the account's order list (DELETE there cancels every open order), and "." or ".." would
            // be resolved away as path segments: refuse them rather than send a request to another endpoint.
            if (orderId.Trim().Length == 0 || orderId == "." || orderId == "..")
            {
                throw new ArgumentException("The order id must be a non-empty order identifier.", nameof(orderId));
            }

            return new Uri(OrdersUri(accountId) + "/" + Uri.EscapeDataString(orderId), UriKind.Absolute);
        }

        /// <summary><c>{root}/v1/accounts/{account_id}/orders</c>, without a trailing slash.</summary>
        private string OrdersUri(long accountId)
        {
            var root = _httpClient.BaseAddress
                ?? throw new InvalidOperationException("The HttpClient has no BaseAddress: set it to the API root, such as https://api.clearstreet.com/.");
            var rootText = root.AbsoluteUri;
            if (!rootText.EndsWith("/", StringComparison.Ordinal))
            {
                rootText += "/";
            }

            return rootText + "v1/accounts/" + accountId.ToString(CultureInfo.InvariantCulture) + "/orders";
        }

        private async Task<T> SendAsync<T>(HttpMethod method, Uri uri, Func<byte[], T> read, CancellationToken cancellationToken)
        {
            using (var request = new HttpRequestMessage(method, uri))
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                using (var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
                {
                    if (response.IsSuccessStatusCode)
                    {
                        return await SuccessBody.ReadAsync(response, read, cancellationToken).ConfigureAwait(false);
                    }

                    throw await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static async Task<ClstApiException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            var body = response.Content == null ? Array.Empty<byte>() : await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var parsed = ErrorBody.Parse(body);

            string? message = null;
            if (parsed.Error == null)
            {
                message = "The Clear Street API answered HTTP " + status.ToString(CultureInfo.InvariantCulture)
                    + (string.IsNullOrEmpty(response.ReasonPhrase) ? string.Empty : " (" + response.ReasonPhrase + ")")
                    + (body.Length == 0
                        ? " with an empty body"
                        : " with a body that is not the contract's error object (" + parsed.Problem + "): " + Snippet(body))
                    + (parsed.RequestId == null ? string.Empty : " (request id " + parsed.RequestId + ")")
                    + ".";
            }

            switch (status)
            {
                case 403:
                    return new ClstPermissionDeniedException(parsed.Error, parsed.RequestId, message, parsed.Exception);
                case 404:
                    return new ClstNotFoundException(parsed.Error, parsed.RequestId, message, parsed.Exception);
                default:
                    return new ClstApiException(status, parsed.Error, parsed.RequestId, message, parsed.Exception);
            }
        }

        private static async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            using (var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
#else
            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
#endif
            using (var buffer = new MemoryStream())
            {
                var chunk = new byte[16 * 1024];
                while (buffer.Length < MaxErrorBodyBytes)
                {
                    var wanted = (int)Math.Min(chunk.Length, MaxErrorBodyBytes - buffer.Length);
                    var read = await stream.ReadAsync(chunk, 0, wanted, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    buffer.Write(chunk, 0, read);
                }

                return buffer.ToArray();
            }
        }

        private static string Snippet(byte[] body)
        {
            const int Max = 200;
            var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, Max * 4));
            var builder = new StringBuilder();
            foreach (var c in text)
            {
                if (builder.Length == Max)
                {
                    builder.Append('…');
                    break;
                }

                builder.Append(char.IsControl(c) ? ' ' : c);
            }

            return "\"" + builder.ToString().Trim() + "\"";
        }

        /// <summary>
        /// An error body, read leniently: whatever of <c>error.code</c>, <c>error.message</c>, <c>error.details</c> and
        /// <c>metadata.request_id</c> is there and well typed. The request failed already; the point is to tell why.
        /// </summary>
        private sealed class ErrorBody
        {
            private ErrorBody(ApiError? error, string? requestId, string problem, Exception? exception)
            {
                Error = error;
                RequestId = requestId;
                Problem = problem;
                Exception = exception;
            }

            internal ApiError? Error { get; }

            internal string? RequestId { get; }

            internal string Problem { get; }

            internal Exception? Exception { get; }

            internal static ErrorBody Parse(byte[] body)
            {
                if (body.Length == 0)
                {
                    return new ErrorBody(null, null, "empty", null);
                }

                try
                {
                    using (var document = JsonDocument.Parse(body))
                    {
                        var root = document.RootElement;
                        if (root.ValueKind != JsonValueKind.Object)
                        {
                            return new ErrorBody(null, null, "not a JSON object", null);
                        }

                        string? requestId = null;
                        if (root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                            && metadata.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String)
                        {
                            requestId = id.GetString();
                        }

                        if (!root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
                        {
                            return new ErrorBody(null, requestId, "no \"error\" object", null);
                        }

                        var apiError = new ApiError();
                        if (error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var codeValue))
                        {
                            apiError.Code = codeValue;
                        }

                        if (error.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String)
                        {
                            apiError.Message = text.GetString() ?? string.Empty;
                        }

                        if (error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
                        {
                            var list = new JsonElement[details.GetArrayLength()];
                            var i = 0;
                            foreach (var item in details.EnumerateArray())
                            {
                                list[i++] = item.Clone();
                            }

                            apiError.Details = list;
                        }

                        return new ErrorBody(apiError, requestId, string.Empty, null);
                    }
                }
                catch (JsonException ex)
                {
                    return new ErrorBody(null, null, "not JSON", ex);
                }
            }
        }
    }
}
