using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;
using Microsoft.AspNetCore.Http;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary><c>WaitForFinalStatusAsync</c> against a real HTTP server on loopback whose order moves through statuses.</summary>
    public class WaitForFinalStatusTests
    {
        private const long AccountId = 19816;
        private const string OrderId = "d40a92e6-381f-4803-b292-56d350d9d54a";
        private static readonly TimeSpan Fast = TimeSpan.FromMilliseconds(10);

        /// <summary>The reference page's order, with another status and fills.</summary>
        private static string OrderBody(string status, string filled = "5", string leaves = "5")
            => Bodies.Mutate(Bodies.Cancel200(), b =>
            {
                b["data"]!["status"] = status;
                b["data"]!["filled_quantity"] = filled;
                b["data"]!["leaves_quantity"] = leaves;
            });

        /// <summary>A server that answers GETs with the given bodies in turn (the last one from then on), and DELETE with the page's 200.</summary>
        private static Task<LoopbackServer> Sequence(params string[] bodies)
        {
            var gets = 0;
            return LoopbackServer.StartAsync((context, _) =>
            {
                if (context.Request.Method == "DELETE")
                {
                    return LoopbackServer.RespondAsync(context, 200, ContractData.Cancel200);
                }

                var i = Interlocked.Increment(ref gets) - 1;
                return LoopbackServer.RespondAsync(context, 200, bodies[Math.Min(i, bodies.Length - 1)]);
            });
        }

        [Fact]
        public async Task PendingCancelTwiceThenCanceledReturnsTheCanceledOrder()
        {
            await using var server = await Sequence(OrderBody("PENDING_CANCEL"), OrderBody("PENDING_CANCEL"), OrderBody("CANCELED"));
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);

            var order = await new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, bound.Token);

            Assert.Equal(OrderStatus.Canceled, order.Status);
            Assert.Equal(5m, order.FilledQuantity);
            Assert.Equal(3, server.RequestCount);
            Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
            Assert.All(server.Requests, r => Assert.Equal("/v1/accounts/19816/orders/" + OrderId, r.RawTarget));
        }

        [Fact]
        public async Task AnOrderThatFillsInsteadReturnsTheFilledOrder()
        {
            await using var server = await Sequence(OrderBody("PENDING_CANCEL"), OrderBody("PARTIALLY_FILLED", "8", "2"), OrderBody("FILLED", "10", "0"));
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);

            var order = await new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, bound.Token);

            Assert.Equal(OrderStatus.Filled, order.Status);
            Assert.Equal(10m, order.FilledQuantity);
            Assert.Equal(0m, order.LeavesQuantity);
            Assert.Equal(3, server.RequestCount);
        }

        [Theory]
        [InlineData("REJECTED", OrderStatus.Rejected)]
        [InlineData("EXPIRED", OrderStatus.Expired)]
        [InlineData("REPLACED", OrderStatus.Replaced)]
        public async Task EveryFinalStatusEndsTheWait(string wire, OrderStatus expected)
        {
            await using var server = await Sequence(OrderBody("PENDING_CANCEL"), OrderBody(wire));
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);
            var order = await new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, bound.Token);
            Assert.Equal(expected, order.Status);
            Assert.Equal(2, server.RequestCount);
        }

        [Fact]
        public async Task NonFinalStatusesDoNotEndTheWait()
        {
            // Every status that is not final, and one the model does not know, before the final one.
            var notFinal = new[] { "PENDING_NEW", "NEW", "PARTIALLY_FILLED", "PENDING_CANCEL", "PENDING_REPLACE", "DONE_FOR_DAY", "STOPPED", "SUSPENDED", "CALCULATED", "OTHER", "SOMETHING_NEW" };
            await using var server = await Sequence(notFinal.Select(s => OrderBody(s)).Append(OrderBody("CANCELED")).ToArray());
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);

            var order = await new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, TimeSpan.Zero, bound.Token);

            Assert.Equal(OrderStatus.Canceled, order.Status);
            Assert.Equal(notFinal.Length + 1, server.RequestCount);
        }

        [Fact]
        public async Task CancelThenWaitGivesTheOutcome()
        {
            await using var server = await Sequence(OrderBody("PENDING_CANCEL"), OrderBody("CANCELED"));
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);

            var accepted = await client.CancelOpenOrderAsync(AccountId, OrderId, bound.Token);
            Assert.Equal(OrderStatus.PendingCancel, accepted.Data.Status);
            var outcome = await client.WaitForFinalStatusAsync(AccountId, accepted.Data.Id, Fast, bound.Token);

            Assert.Equal(OrderStatus.Canceled, outcome.Status);
            Assert.Equal(new[] { "DELETE", "GET", "GET" }, server.Requests.Select(r => r.Method));
        }

        [Fact]
        public async Task StopsPromptlyWhenCancelledWhilePolling()
        {
            // The token fires once the wait has polled three times, not on a timer: on a loaded machine the first request
            // can take longer than any fixed delay (a 150 ms timer once fired before the first request landed). A few
            // milliseconds later the loop is between polls (10 ms apart) or on its fourth request.
            using var cts = new CancellationTokenSource();
            long firedAt = 0;
            using var registration = cts.Token.Register(() => Interlocked.Exchange(ref firedAt, Stopwatch.GetTimestamp()));
            await using var server = await LoopbackServer.StartAsync((context, index) =>
            {
                if (index == 2)
                {
                    cts.CancelAfter(TimeSpan.FromMilliseconds(5));
                }

                return LoopbackServer.RespondAsync(context, 200, OrderBody("PENDING_CANCEL"));
            });
            using var http = server.CreateHttpClient();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, cts.Token));

            var sinceCancel = Stopwatch.GetElapsedTime(Interlocked.Read(ref firedAt));
            Assert.True(sinceCancel < TimeSpan.FromSeconds(5), "stopped promptly: " + sinceCancel);
            Assert.True(server.RequestCount >= 3, "cancelled while polling, after " + server.RequestCount + " requests");

            // And it really stopped: no more requests afterwards. A request already on the wire when the token fired may
            // still reach the server a moment later, so let that one land before counting, then count again thirty poll
            // intervals later: a loop still running would have asked again by then.
            await Task.Delay(200);
            var after = server.RequestCount;
            await Task.Delay(300);
            Assert.Equal(after, server.RequestCount);
        }

        [Fact]
        public async Task StopsPromptlyWhenCancelledDuringALongPollInterval()
        {
            // The token fires a moment after the first poll is answered (not on a timer, which on a loaded machine could
            // fire before that poll arrives): the wait is then in its hour-long interval, or at worst still reading that
            // first answer.
            using var cts = new CancellationTokenSource();
            long firedAt = 0;
            using var registration = cts.Token.Register(() => Interlocked.Exchange(ref firedAt, Stopwatch.GetTimestamp()));
            await using var server = await LoopbackServer.StartAsync((context, _) =>
            {
                cts.CancelAfter(TimeSpan.FromMilliseconds(50));
                return LoopbackServer.RespondAsync(context, 200, OrderBody("PENDING_CANCEL"));
            });
            using var http = server.CreateHttpClient();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, TimeSpan.FromHours(1), cts.Token));

            var sinceCancel = Stopwatch.GetElapsedTime(Interlocked.Read(ref firedAt));
            Assert.True(sinceCancel < TimeSpan.FromSeconds(5), "stopped promptly: " + sinceCancel);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task StopsPromptlyWhenCancelledDuringARequest()
        {
            await using var server = await LoopbackServer.StartAsync(async (context, _) =>
            {
                await Task.Delay(LoopbackServer.Bound, context.RequestAborted);
                await LoopbackServer.RespondAsync(context, 200, OrderBody("CANCELED"));
            });
            using var http = server.CreateHttpClient();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, cts.Token));

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "stopped promptly: " + watch.Elapsed);
        }

        [Fact]
        public async Task AlreadyCancelledTokenSendsNothing()
        {
            await using var server = await Sequence(OrderBody("CANCELED"));
            using var http = server.CreateHttpClient();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, new CancellationToken(true)));
            Assert.Equal(0, server.RequestCount);
        }

        [Fact]
        public async Task ApiErrorWhileWaitingPropagates()
        {
            await using var server = await LoopbackServer.StartAsync((context, i) => i < 2
                ? LoopbackServer.RespondAsync(context, 200, OrderBody("PENDING_CANCEL"))
                : LoopbackServer.RespondAsync(context, 404, ContractData.Cancel404));
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);

            // The order was seen twice, then 404: the API no longer accepts the id (a ClstNotFoundException that says so).
            var ex = await Assert.ThrowsAsync<ClstOrderIdNotAcceptedException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, bound.Token));

            Assert.Equal("70151ee4-5209-4c75-9372-dffc0a6ebade", ex.RequestId);
            Assert.Equal(404, ex.StatusCode);
            Assert.Equal(OrderStatus.PendingCancel, ex.LastSeen.Status);
            Assert.False(ex.IsClientOrderId);
            Assert.Contains("no longer accepts", ex.Message, StringComparison.Ordinal);
            Assert.Equal(3, server.RequestCount);
        }

        [Fact]
        public async Task MalformedBodyWhileWaitingPropagatesNamingTheField()
        {
            await using var server = await Sequence(OrderBody("PENDING_CANCEL"), Bodies.WithDataField("status", "null"));
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);

            var ex = await Assert.ThrowsAsync<ClstContractException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, Fast, bound.Token));

            Assert.Equal("data.status", ex.FieldPath);
        }

        [Fact]
        public async Task NegativePollIntervalIsRefused()
        {
            await using var server = await Sequence(OrderBody("CANCELED"));
            using var http = server.CreateHttpClient();
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, TimeSpan.FromMilliseconds(-1)));
            Assert.Equal(0, server.RequestCount);
        }
    }
}
