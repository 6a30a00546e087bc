using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clst.Contracts
{
    /// <summary>The <c>metadata</c> object of every response.</summary>
    public sealed class ResponseMetadata
    {
        /// <summary>The request's identifier, to quote to support.</summary>
        [JsonPropertyName("request_id")]
        public string RequestId { get; set; } = string.Empty;

        /// <summary>Token of the next page, if any.</summary>
        [JsonPropertyName("next_page_token")]
        public string? NextPageToken { get; set; }

        /// <summary>Token of the previous page, if any.</summary>
        [JsonPropertyName("previous_page_token")]
        public string? PreviousPageToken { get; set; }

        /// <summary>The page number, if paged.</summary>
        [JsonPropertyName("page_number")]
        public int? PageNumber { get; set; }

        /// <summary>The number of pages, if paged.</summary>
        [JsonPropertyName("total_pages")]
        public int? TotalPages { get; set; }

        /// <summary>The number of items, if paged.</summary>
        [JsonPropertyName("total_items")]
        public long? TotalItems { get; set; }
    }

    /// <summary>The <c>error</c> object of a failed response.</summary>
    public sealed class ApiError
    {
        /// <summary>The HTTP status code.</summary>
        [JsonPropertyName("code")]
        public int Code { get; set; }

        /// <summary>The API's message.</summary>
        [JsonPropertyName("message")]
        public string Message { get; set; } = string.Empty;

        /// <summary>Further details, as the API sent them.</summary>
        [JsonPropertyName("details")]
        public IReadOnlyList<JsonElement>? Details { get; set; }
    }

    /// <summary>Fields common to every response: <c>metadata</c> and <c>error</c>.</summary>
    public abstract class BaseResponse
    {
        /// <summary>The response's metadata.</summary>
        [JsonPropertyName("metadata")]
        public ResponseMetadata Metadata { get; set; } = new ResponseMetadata();

        /// <summary>The error, on a failed response.</summary>
        [JsonPropertyName("error")]
        public ApiError? Error { get; set; }
    }

    /// <summary>The answer of <c>DELETE /v1/accounts/{account_id}/orders/{order_id}</c>: normally status <c>PENDING_CANCEL</c>, not final.</summary>
    public sealed class CancelOpenOrderResponse : BaseResponse
    {
        /// <summary>The order as it stands after the cancel was accepted.</summary>
        [JsonPropertyName("data")]
        public Order Data { get; set; } = new Order();
    }

    /// <summary>The answer of <c>GET /v1/accounts/{account_id}/orders/{order_id}</c>.</summary>
    public sealed class GetOrderByIdResponse : BaseResponse
    {
        /// <summary>The order.</summary>
        [JsonPropertyName("data")]
        public Order Data { get; set; } = new Order();
    }
}
