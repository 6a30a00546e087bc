using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Clst.Contracts
{
    /// <summary>
    /// The answer of <c>DELETE /v1/accounts/{account_id}/orders</c> (<c>cancel_all_open_orders</c>): the orders whose cancel was
    /// accepted, normally each <c>PENDING_CANCEL</c>. That is not the outcome: each order can still fill until it is final
    /// (<see cref="OrdersClientExtensions.WaitForFinalStatusAsync(IClstOrdersClient, long, string, WaitForFinalStatusOptions, System.Threading.CancellationToken)"/>).
    /// </summary>
    public sealed class CancelAllOpenOrdersResponse : BaseResponse
    {
        /// <summary>The orders the cancel applies to, as they stand once it was accepted.</summary>
        [JsonPropertyName("data")]
        public IReadOnlyList<Order> Data { get; set; } = Array.Empty<Order>();
    }
}
