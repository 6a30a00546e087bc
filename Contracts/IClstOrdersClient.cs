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
        /// <see cref="OrdersClientExtensions.WaitForFinalStatusAsync"/> for the outcome.
        /// </summary>
        Task<CancelOpenOrderResponse> CancelOpenOrderAsync(long accountId, string orderId, CancellationToken cancellationToken = default);

        /// <summary><c>GET /v1/accounts/{account_id}/orders/{order_id}</c>.</summary>
        Task<GetOrderByIdResponse> GetOrderByIdAsync(long accountId, string orderId, CancellationToken cancellationToken = default);
    }
}
