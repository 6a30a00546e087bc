namespace Clst.Contracts
{
    /// <summary>The order lifecycle groups of the contract (<see href="https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md#order-lifecycle">docs/contract.md, "Order lifecycle"</see>).</summary>
    public static class OrderStatusExtensions
    {
        /// <summary>True for exactly the final statuses: <c>FILLED</c>, <c>CANCELED</c>, <c>REJECTED</c>, <c>EXPIRED</c>, <c>REPLACED</c>.</summary>
        public static bool IsFinal(this OrderStatus status)
        {
            switch (status)
            {
                case OrderStatus.Filled:
                case OrderStatus.Canceled:
                case OrderStatus.Rejected:
                case OrderStatus.Expired:
                case OrderStatus.Replaced:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>True for exactly the pending statuses (a request is in flight): <c>PENDING_NEW</c>, <c>PENDING_CANCEL</c>, <c>PENDING_REPLACE</c>.</summary>
        public static bool IsPending(this OrderStatus status)
        {
            switch (status)
            {
                case OrderStatus.PendingNew:
                case OrderStatus.PendingCancel:
                case OrderStatus.PendingReplace:
                    return true;
                default:
                    return false;
            }
        }
    }
}
