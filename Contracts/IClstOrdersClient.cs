using System.Threading;
using System.Threading.Tasks;

namespace Clst.Contracts
{
    /// <summary>The order endpoints of the Clear Street Trading API that this package covers.</summary>
    public interface IClstOrdersClient
    {
        /// <summary>
        /// <c>DELETE /v1/accounts/{account_id}/orders/{order_id}</c>. The normal answer is <c>PENDING_CANCEL</c>:
        /// the cancel was accepted, not carried out; the order can still fill. Use
        /// <see cref="OrdersClientExtensions.WaitForFinalStatusAsync(IClstOrdersClient, long, string, WaitForFinalStatusOptions, CancellationToken)"/> for the outcome.
        /// </summary>
        Task<CancelOpenOrderResponse> CancelOpenOrderAsync(long accountId, string orderId, CancellationToken cancellationToken = default);

        /// <summary><c>GET /v1/accounts/{account_id}/orders/{order_id}</c>.</summary>
        Task<GetOrderByIdResponse> GetOrderByIdAsync(long accountId, string orderId, CancellationToken cancellationToken = default);

        /// <summary>
        /// <c>GET /v1/accounts/{account_id}/orders</c> (<c>get_orders</c>): one page of the account's orders, filtered by
        /// <paramref name="query"/> (null: no filter, the API's page size). The next page's token is in
        /// <see cref="ResponseMetadata.NextPageToken"/>; <see cref="OrdersClientExtensions.ListOrdersAsync"/> follows it.
        /// </summary>
        Task<GetOrdersResponse> GetOrdersAsync(long accountId, GetOrdersQuery? query = null, CancellationToken cancellationToken = default);

        /// <summary>
        /// <c>DELETE /v1/accounts/{account_id}/orders</c> (<c>cancel_all_open_orders</c>): cancels the account's open orders that
        /// match <paramref name="filter"/> (null: <b>every</b> open order). The answer lists the orders whose cancel was accepted,
        /// normally <c>PENDING_CANCEL</c>: not final. HTTP 404 (<see cref="ClstNotFoundException"/>) means no open order matched.
        /// </summary>
        Task<CancelAllOpenOrdersResponse> CancelAllOpenOrdersAsync(long accountId, CancelAllOpenOrdersFilter? filter = null, CancellationToken cancellationToken = default);
    }
}
