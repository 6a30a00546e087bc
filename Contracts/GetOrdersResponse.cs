using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Clst.Contracts
{
    /// <summary>
    /// The answer of <c>GET /v1/accounts/{account_id}/orders</c> (<c>get_orders</c>): one page of orders. The paging is in
    /// <see cref="BaseResponse.Metadata"/>: <see cref="ResponseMetadata.NextPageToken"/> (null on the last page),
    /// <see cref="ResponseMetadata.PageNumber"/>, <see cref="ResponseMetadata.TotalPages"/>, <see cref="ResponseMetadata.TotalItems"/>.
    /// <see cref="OrdersClientExtensions.ListOrdersAsync"/> follows the pages for you.
    /// </summary>
    public sealed class GetOrdersResponse : BaseResponse
    {
        /// <summary>The orders of this page (possibly none).</summary>
        [JsonPropertyName("data")]
        public IReadOnlyList<Order> Data { get; set; } = Array.Empty<Order>();
    }
}
