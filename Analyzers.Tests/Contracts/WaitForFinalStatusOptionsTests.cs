using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>
    /// <c>WaitForFinalStatusAsync</c> with <see cref="WaitForFinalStatusOptions"/>: backoff growing to a cap, an overall timeout,
    /// and a clear error when the API stops accepting the id. Against a real HTTP server on loopback.
    /// </summary>
    public class WaitForFinalStatusOptionsTests
    {
        private const long AccountId = 19816;
        private const string OrderId = "d40a92e6-381f-4803-b292-56d350d9d54a";

        private static string OrderBody(string status, string? id = null, string? clientOrderId = null)
            => Bodies.Mutate(Bodies.Cancel200(), b =>
            {
                b["data"]!["status"] = status;
                b["data"]!["id"] = id ?? OrderId;
                b["data"]!["client_order_id"] = clientOrderId ?? "my-ref-id-20251001-001";
            });

        /// <summary>Answers the GETs with the bodies in turn (the last one from then on); a null body answers the contract's 404.</summary>
        private static Task<LoopbackServer> Sequence(params string?[] bodies)
            => LoopbackServer.StartAsync((context, i) =>
            {
                var body = bodies[Math.Min(i, bodies.Length - 1)];
                return body == null
                    ? LoopbackServer.RespondAsync(context, 404, ContractData.Cancel404)
                    : LoopbackServer.RespondAsync(context, 200, body);
            });

        [Fact]
        public async Task TheIntervalGrowsByTheFactorUpToTheCap()
        {
            var bodies = Enumerable.Repeat(OrderBody("PENDING_CANCEL"), 6).Append(OrderBody("CANCELED")).ToArray();
            await using var server = await Sequence(bodies);
            using var http = server.CreateHttpClient();
            var asked = new List<TimeSpan>();
            var options = new WaitForFinalStatusOptions { InitialInterval = TimeSpan.FromMilliseconds(10), MaxInterval = TimeSpan.FromMilliseconds(80) };

            var order = await OrdersClientExtensions.WaitCoreAsync(
                new ClstOrdersClient(http), AccountId, OrderId, options, (interval, _) => { asked.Add(interval); return Task.CompletedTask; }, CancellationToken.None);

            Assert.Equal(OrderStatus.Canceled, order.Status);
            Assert.Equal(new[] { 10, 20, 40, 80, 80, 80 }, asked.Select(t => (int)t.TotalMilliseconds));
            Assert.Equal(7, server.RequestCount);
        }

        [Fact]
        public async Task TheServerSeesTheReadBacksAtLeastTheGrowingIntervalsApart()
        {
            var bodies = Enumerable.Repeat(OrderBody("PENDING_CANCEL"), 5).Append(OrderBody("CANCELED")).ToArray();
            await using var server = await Sequence(bodies);
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);
            var options = new WaitForFinalStatusOptions { InitialInterval = TimeSpan.FromMilliseconds(25), MaxInterval = TimeSpan.FromMilliseconds(200) };

            await new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, options, bound.Token);

            // Request timestamps on the server: each gap is at least the interval asked for (a delay never ends early; 5 ms of
            // timer slack allowed), so the gaps grow 25, 50, 100, 200, 200 at least. How much longer they are is the machine's
            // business and is not asserted.
            var at = server.Requests.Select(r => r.At).ToArray();
            var expected = new[] { 25, 50, 100, 200, 200 };
            Assert.Equal(6, at.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                var gap = (at[i + 1] - at[i]).TotalMilliseconds;
                Assert.True(gap >= expected[i] - 5, "gap " + i + " is " + gap + " ms, less than the " + expected[i] + " ms asked for");
            }
        }

        [Fact]
        public async Task AnOrderThatStaysPendingTimesOutWithTheLastStatusSeen()
        {
            await using var server = await Sequence(OrderBody("PENDING_CANCEL"));
            using var http = server.CreateHttpClient();
            var options = new WaitForFinalStatusOptions { InitialInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromMilliseconds(300) };
            var watch = Stopwatch.StartNew();

            var ex = await Assert.ThrowsAsync<TimeoutException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, options));

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "gave up promptly: " + watch.Elapsed);
            Assert.Contains("did not reach a final status within 00:00:00.3", ex.Message, StringComparison.Ordinal);
            Assert.Contains("last status PendingCancel", ex.Message, StringComparison.Ordinal);
            Assert.True(server.RequestCount >= 1);
        }

        [Fact]
        public async Task TheTimeoutAlsoStopsARequestThatHangs()
        {
            await using var server = await LoopbackServer.StartAsync(async (context, _) =>
            {
                await Task.Delay(LoopbackServer.Bound, context.RequestAborted);
                await LoopbackServer.RespondAsync(context, 200, OrderBody("CANCELED"));
            });
            using var http = server.CreateHttpClient();
            var options = new WaitForFinalStatusOptions { Timeout = TimeSpan.FromMilliseconds(200) };

            var ex = await Assert.ThrowsAsync<TimeoutException>(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, options));

            Assert.Contains("never read", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task TheCallersCancellationIsACancellationNotATimeout()
        {
            await using var server = await Sequence(OrderBody("PENDING_CANCEL"));
            using var http = server.CreateHttpClient();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
            var options = new WaitForFinalStatusOptions { InitialInterval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(30) };

            var ex = await Record.ExceptionAsync(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, options, cts.Token));

            Assert.IsAssignableFrom<OperationCanceledException>(ex);
        }

        [Fact]
        public async Task AClientOrderIdThatStopsWorkingOnceTheOrderIsClosedIsSaidClearly()
        {
            const string ClientOrderId = "my-ref-id-20251001-001";
            await using var server = await Sequence(OrderBody("PENDING_CANCEL", OrderId, ClientOrderId), null);
            using var http = server.CreateHttpClient();
            var options = new WaitForFinalStatusOptions { InitialInterval = TimeSpan.FromMilliseconds(5) };

            var ex = await Assert.ThrowsAsync<ClstOrderIdNotAcceptedException>(
                () => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, ClientOrderId, options));

            Assert.True(ex.IsClientOrderId);
            Assert.Equal(ClientOrderId, ex.OrderId);
            Assert.Equal(OrderId, ex.LastSeen.Id);
            Assert.Contains("client_order_id", ex.Message, StringComparison.Ordinal);
            Assert.Contains("'" + OrderId + "'", ex.Message, StringComparison.Ordinal);
            Assert.Equal("70151ee4-5209-4c75-9372-dffc0a6ebade", ex.RequestId);
            Assert.IsType<ClstNotFoundException>(ex.InnerException);
        }

        [Fact]
        public async Task A404BeforeTheOrderWasEverSeenStaysAPlainNotFound()
        {
            await using var server = await Sequence((string?)null);
            using var http = server.CreateHttpClient();

            var ex = await Record.ExceptionAsync(() => new ClstOrdersClient(http).WaitForFinalStatusAsync(AccountId, OrderId, new WaitForFinalStatusOptions()));

            Assert.Equal(typeof(ClstNotFoundException), ex!.GetType());
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task SettingsThatCannotWorkAreRefusedBeforeSending()
        {
            await using var server = await Sequence(OrderBody("CANCELED"));
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            foreach (var options in new[]
            {
                new WaitForFinalStatusOptions { InitialInterval = TimeSpan.FromMilliseconds(-1) },
                new WaitForFinalStatusOptions { InitialInterval = TimeSpan.FromSeconds(10), MaxInterval = TimeSpan.FromSeconds(1) },
                new WaitForFinalStatusOptions { BackoffFactor = 0.5 },
                new WaitForFinalStatusOptions { BackoffFactor = double.NaN },
                new WaitForFinalStatusOptions { Timeout = TimeSpan.Zero },
                new WaitForFinalStatusOptions { Timeout = TimeSpan.FromSeconds(-5) },
            })
            {
                await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.WaitForFinalStatusAsync(AccountId, OrderId, options));
            }

            await Assert.ThrowsAsync<ArgumentNullException>(() => client.WaitForFinalStatusAsync(AccountId, OrderId, (WaitForFinalStatusOptions)null!));
            Assert.Equal(0, server.RequestCount);

            var infinite = new WaitForFinalStatusOptions { Timeout = Timeout.InfiniteTimeSpan, BackoffFactor = 1 };
            Assert.Equal(OrderStatus.Canceled, (await client.WaitForFinalStatusAsync(AccountId, OrderId, infinite)).Status);
        }
    }
}
