namespace Clst.Analyzers.Recognition
{
    /// <summary>What a method does to the contract's orders, as the recogniser reads it from the route or the shape.</summary>
    internal enum ContractOperation
    {
        /// <summary>Not an operation of the contract (or the recogniser cannot tell).</summary>
        None = 0,

        /// <summary><c>cancel_open_order</c>: <c>DELETE /v1/accounts/{account_id}/orders/{order_id}</c>; answers the order, normally PENDING_CANCEL.</summary>
        CancelOrder,

        /// <summary><c>cancel_all_open_orders</c>: <c>DELETE /v1/accounts/{account_id}/orders</c>; answers the orders, each normally PENDING_CANCEL.</summary>
        CancelAllOrders,

        /// <summary><c>get_order_by_id</c>: <c>GET /v1/accounts/{account_id}/orders/{order_id}</c>, the read-back.</summary>
        GetOrder,

        /// <summary><c>get_orders</c>: <c>GET /v1/accounts/{account_id}/orders</c>, the list (one page or all of them).</summary>
        ListOrders,

        /// <summary>A wait until the order's status is final (the shipped <c>WaitForFinalStatusAsync</c> or its look-alike).</summary>
        WaitForFinalStatus,
    }
}
