using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Clst.Contracts
{
    /// <summary>Helpers over <see cref="IClstOrdersClient"/>: the order list page by page, and the wait for a cancel's outcome.</summary>
    public static class OrdersClientExtensions
    {
        /// <summary>The poll interval used when none is given.</summary>
        public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(500);

        /// <summary>
        /// Every order of the account that matches <paramref name="query"/>, page after page: each page is read with
        /// <see cref="IClstOrdersClient.GetOrdersAsync"/>, with the same filters and the previous page's
        /// <see cref="ResponseMetadata.NextPageToken"/>, until a page has no next token. Pages are read as the enumeration goes,
        /// not ahead of it. Cancellation (of <paramref name="cancellationToken"/> or of the enumerator's token) stops it with
        /// <see cref="OperationCanceledException"/>. A next token the API already gave in this enumeration throws
        /// <see cref="ClstContractException"/> (field <c>metadata.next_page_token</c>) instead of looping for ever.
        /// </summary>
        public static async IAsyncEnumerable<Order> ListOrdersAsync(
            this IClstOrdersClient client,
            long accountId,
            GetOrdersQuery? query = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (client == null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            var page = query ?? new GetOrdersQuery();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var response = await client.GetOrdersAsync(accountId, page, cancellationToken).ConfigureAwait(false);
                foreach (var order in response.Data)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return order;
                }

                var next = response.Metadata.NextPageToken;
                if (string.IsNullOrEmpty(next))
                {
                    yield break;
                }

                if (!seen.Add(next!) || next == page.PageToken)
                {
                    throw new ClstContractException(
                        "The Clear Street API gave the page token '" + next + "' twice while listing orders: following it would never end.",
                        "metadata.next_page_token");
                }

                page = page.WithPageToken(next);
            }
        }

        /// <summary>
        /// Polls <see cref="IClstOrdersClient.GetOrderByIdAsync"/> every <paramref name="pollInterval"/> (default
        /// <see cref="DefaultPollInterval"/>) until the order's status is final (<see cref="OrderStatusExtensions.IsFinal"/>) and
        /// returns that order. A cancel's <c>PENDING_CANCEL</c> answer is not the outcome: this is. No overall timeout: prefer the
        /// overload with <see cref="WaitForFinalStatusOptions"/>, which backs off and gives up. Stops with
        /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled; API errors propagate as
        /// <see cref="ClstApiException"/>, and a 404 after the order was seen as <see cref="ClstOrderIdNotAcceptedException"/>.
        /// </summary>
        public static Task<Order> WaitForFinalStatusAsync(
            this IClstOrdersClient client,
            long accountId,
            string orderId,
            TimeSpan? pollInterval = null,
            CancellationToken cancellationToken = default)
        {
            var interval = pollInterval ?? DefaultPollInterval;
            if (interval < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(pollInterval), pollInterval, "The poll interval must not be negative.");
            }

            var options = new WaitForFinalStatusOptions
            {
                InitialInterval = interval,
                MaxInterval = interval,
                BackoffFactor = 1.0,
                Timeout = Timeout.InfiniteTimeSpan,
            };
            return WaitCoreAsync(client, accountId, orderId, options, DelayAsync, cancellationToken);
        }

        /// <summary>
        /// Polls <see cref="IClstOrdersClient.GetOrderByIdAsync"/> until the order's status is final
        /// (<see cref="OrderStatusExtensions.IsFinal"/>) and returns that order, waiting longer between read-backs as
        /// <paramref name="options"/> say (from <see cref="WaitForFinalStatusOptions.InitialInterval"/>, growing by
        /// <see cref="WaitForFinalStatusOptions.BackoffFactor"/>, capped at <see cref="WaitForFinalStatusOptions.MaxInterval"/>).
        /// </summary>
        /// <exception cref="TimeoutException">The order was not final within <see cref="WaitForFinalStatusOptions.Timeout"/>; the
        /// message gives the number of read-backs and the last status seen.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        /// <exception cref="ClstOrderIdNotAcceptedException">The order was read, then a read-back answered 404: the API no longer
        /// accepts the id (typically a <c>client_order_id</c> once the order is closed).</exception>
        /// <exception cref="ClstApiException">Any other error answer.</exception>
        public static Task<Order> WaitForFinalStatusAsync(
            this IClstOrdersClient client,
            long accountId,
            string orderId,
            WaitForFinalStatusOptions options,
            CancellationToken cancellationToken = default)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            return WaitCoreAsync(client, accountId, orderId, options, DelayAsync, cancellationToken);
        }

        /// <summary>The wait, with the delay between read-backs given (tests observe the intervals through it).</summary>
        internal static async Task<Order> WaitCoreAsync(
            IClstOrdersClient client,
            long accountId,
            string orderId,
            WaitForFinalStatusOptions options,
            Func<TimeSpan, CancellationToken, Task> delay,
            CancellationToken cancellationToken)
        {
            if (client == null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            if (orderId == null)
            {
                throw new ArgumentNullException(nameof(orderId));
            }

            // Snapshot the settings: the caller may change the options object while we wait.
            var settings = new WaitForFinalStatusOptions
            {
                InitialInterval = options.InitialInterval,
                MaxInterval = options.MaxInterval,
                BackoffFactor = options.BackoffFactor,
                Timeout = options.Timeout,
            };
            using (var timeout = new CancellationTokenSource())
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                if (settings.Timeout != Timeout.InfiniteTimeSpan)
                {
                    timeout.CancelAfter(settings.Timeout);
                }

                Order? lastSeen = null;
                var reads = 0;
                try
                {
                    while (true)
                    {
                        linked.Token.ThrowIfCancellationRequested();
                        GetOrderByIdResponse response;
                        try
                        {
                            response = await client.GetOrderByIdAsync(accountId, orderId, linked.Token).ConfigureAwait(false);
                        }
                        catch (ClstNotFoundException notFound) when (lastSeen != null && !(notFound is ClstOrderIdNotAcceptedException))
                        {
                            throw new ClstOrderIdNotAcceptedException(orderId, lastSeen, notFound);
                        }

                        lastSeen = response.Data;
                        if (lastSeen.Status.IsFinal())
                        {
                            return lastSeen;
                        }

                        await delay(settings.IntervalAfter(reads++), linked.Token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException(
                        "The order '" + orderId + "' of account " + accountId + " did not reach a final status within " + settings.Timeout
                        + " (" + reads + " read-back" + (reads == 1 ? string.Empty : "s") + ", last status "
                        + (lastSeen == null ? "never read" : lastSeen.Status.ToString()) + "). It may still fill or be canceled: read it again later.",
                        ex);
                }
            }
        }

        private static Task DelayAsync(TimeSpan interval, CancellationToken cancellationToken) => Task.Delay(interval, cancellationToken);
    }
}
