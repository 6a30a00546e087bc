using System;
using System.Threading;
using System.Threading.Tasks;

namespace Clst.Contracts
{
    /// <summary>Helpers over <see cref="IClstOrdersClient"/>.</summary>
    public static class OrdersClientExtensions
    {
        /// <summary>The poll interval used when none is given.</summary>
        public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(500);

        /// <summary>
        /// Polls <see cref="IClstOrdersClient.GetOrderByIdAsync"/> until the order's status is final
        /// (<see cref="OrderStatusExtensions.IsFinal"/>) and returns that order. A cancel's <c>PENDING_CANCEL</c> answer
        /// is not the outcome: this is. Stops with <see cref="OperationCanceledException"/> when
        /// <paramref name="cancellationToken"/> is cancelled; API errors propagate as <see cref="ClstApiException"/>.
        /// </summary>
        public static async Task<Order> WaitForFinalStatusAsync(
            this IClstOrdersClient client,
            long accountId,
            string orderId,
            TimeSpan? pollInterval = null,
            CancellationToken cancellationToken = default)
        {
            if (client == null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            if (orderId == null)
            {
                throw new ArgumentNullException(nameof(orderId));
            }

            var interval = pollInterval ?? DefaultPollInterval;
            if (interval < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(pollInterval), pollInterval, "The poll interval must not be negative.");
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var response = await client.GetOrderByIdAsync(accountId, orderId, cancellationToken).ConfigureAwait(false);
                if (response.Data.Status.IsFinal())
                {
                    return response.Data;
                }

                await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
