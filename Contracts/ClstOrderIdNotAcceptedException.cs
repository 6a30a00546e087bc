namespace Clst.Contracts
{
    /// <summary>
    /// HTTP 404 on a read-back of an order that was read before: the API no longer accepts the id the wait was given. Thrown
    /// by <c>WaitForFinalStatusAsync</c>. The usual cause is a <c>client_order_id</c> passed where the order id (<see cref="Order.Id"/>,
    /// assigned by the engine) was meant: the API may find an order by it only while the order is open.
    /// </summary>
    public class ClstOrderIdNotAcceptedException : ClstNotFoundException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="orderId">The id the wait was given.</param>
        /// <param name="lastSeen">The order as last read.</param>
        /// <param name="notFound">The 404 of the read-back.</param>
        public ClstOrderIdNotAcceptedException(string orderId, Order lastSeen, ClstNotFoundException notFound)
            : base(notFound?.ApiError, notFound?.RequestId, Describe(orderId, lastSeen, notFound), notFound)
        {
            OrderId = orderId;
            LastSeen = lastSeen;
        }

        /// <summary>The id the wait was given.</summary>
        public string OrderId { get; }

        /// <summary>The order as it was last read, before the API stopped accepting the id.</summary>
        public Order LastSeen { get; }

        /// <summary>True when <see cref="OrderId"/> is the order's <c>client_order_id</c>, not its order id.</summary>
        public bool IsClientOrderId => LastSeen != null && LastSeen.Id != OrderId && LastSeen.ClientOrderId == OrderId;

        private static string Describe(string orderId, Order lastSeen, ClstNotFoundException? notFound)
        {
            var text = "The order '" + orderId + "' was read back (last status " + lastSeen?.Status + ") but now answers HTTP 404"
                + (string.IsNullOrEmpty(notFound?.RequestId) ? string.Empty : " (request id " + notFound!.RequestId + ")")
                + ": the API no longer accepts this id, and the order's final status is not known from it.";
            if (lastSeen != null && lastSeen.Id != orderId && lastSeen.ClientOrderId == orderId)
            {
                text += " '" + orderId + "' is the order's client_order_id, which the API may accept only while the order is open: "
                    + "wait on its order id '" + lastSeen.Id + "' (Order.Id) instead.";
            }
            else if (lastSeen != null)
            {
                text += " Look the order up by its id '" + lastSeen.Id + "' in GetOrdersAsync (GetOrdersQuery.OrderIds).";
            }

            return text;
        }
    }
}
