using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary><c>ListOrdersAsync</c>: every page, following <c>next_page_token</c>, against a real HTTP server on loopback.</summary>
    public class ListOrdersTests
    {
        private const long AccountId = 19816;

        /// <summary>A server that answers the first page without a token, then the page named by each token.</summary>
        private static Task<LoopbackServer> Pages(params (string? Token, string Body)[] pages)
            => LoopbackServer.StartAsync((context, _) =>
            {
                var token = context.Request.Query["page_token"].FirstOrDefault();
                var page = pages.Single(p => p.Token == token);
                return LoopbackServer.RespondAsync(context, 200, page.Body);
            });

        [Fact]
        public async Task ThreePagesAreFollowedWithTheSameFilters()
        {
            await using var server = await Pages(
                (null, GetOrdersTests.Page("p2", "o1", "o2")),
                ("p2", GetOrdersTests.Page("p3", "o3", "o4")),
                ("p3", GetOrdersTests.Page(null, "o5")));
            using var http = server.CreateHttpClient();
            using var bound = new CancellationTokenSource(LoopbackServer.Bound);
            var query = new GetOrdersQuery { Statuses = new[] { OrderStatus.New, OrderStatus.PendingCancel }, PageSize = 2 };

            var ids = new List<string>();
            await foreach (var order in new ClstOrdersClient(http).ListOrdersAsync(AccountId, query, bound.Token))
            {
                ids.Add(order.Id);
            }

            Assert.Equal(new[] { "o1", "o2", "o3", "o4", "o5" }, ids);
            Assert.Equal(
                new[]
                {
                    "/v1/accounts/19816/orders?page_size=2&status=NEW,PENDING_CANCEL",
                    "/v1/accounts/19816/orders?page_size=2&page_token=p2&status=NEW,PENDING_CANCEL",
                    "/v1/accounts/19816/orders?page_size=2&page_token=p3&status=NEW,PENDING_CANCEL",
                },
                server.Requests.Select(r => r.RawTarget));
            Assert.Null(query.PageToken);
        }

        [Fact]
        public async Task AnEmptyFirstPageEndsTheList()
        {
            await using var server = await Pages((null, GetOrdersTests.Page(null)));
            using var http = server.CreateHttpClient();

            var orders = await ToListAsync(new ClstOrdersClient(http).ListOrdersAsync(AccountId));

            Assert.Empty(orders);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task AnEmptyPageWithANextTokenIsFollowed()
        {
            await using var server = await Pages((null, GetOrdersTests.Page("p2")), ("p2", GetOrdersTests.Page(null, "o1")));
            using var http = server.CreateHttpClient();

            var orders = await ToListAsync(new ClstOrdersClient(http).ListOrdersAsync(AccountId));

            Assert.Equal("o1", Assert.Single(orders).Id);
            Assert.Equal(2, server.RequestCount);
        }

        [Fact]
        public async Task PagesAreReadOnlyAsTheEnumerationGoes()
        {
            await using var server = await Pages((null, GetOrdersTests.Page("p2", "o1", "o2")), ("p2", GetOrdersTests.Page(null, "o3")));
            using var http = server.CreateHttpClient();

            await using var enumerator = new ClstOrdersClient(http).ListOrdersAsync(AccountId).GetAsyncEnumerator();
            Assert.True(await enumerator.MoveNextAsync());
            Assert.True(await enumerator.MoveNextAsync());
            Assert.Equal(1, server.RequestCount);
            Assert.True(await enumerator.MoveNextAsync());
            Assert.Equal("o3", enumerator.Current.Id);
            Assert.False(await enumerator.MoveNextAsync());
            Assert.Equal(2, server.RequestCount);
        }

        [Fact]
        public async Task CancellationMidEnumerationStopsIt()
        {
            await using var server = await Pages((null, GetOrdersTests.Page("p2", "o1", "o2")), ("p2", GetOrdersTests.Page(null, "o3")));
            using var http = server.CreateHttpClient();
            using var cts = new CancellationTokenSource();
            var seen = new List<string>();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var order in new ClstOrdersClient(http).ListOrdersAsync(AccountId, cancellationToken: cts.Token))
                {
                    seen.Add(order.Id);
                    cts.Cancel();
                }
            });

            Assert.Equal(new[] { "o1" }, seen);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task TheEnumeratorsOwnTokenIsHonouredToo()
        {
            await using var server = await Pages((null, GetOrdersTests.Page("p2", "o1")), ("p2", GetOrdersTests.Page(null, "o2")));
            using var http = server.CreateHttpClient();
            using var cts = new CancellationTokenSource();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var order in new ClstOrdersClient(http).ListOrdersAsync(AccountId).WithCancellation(cts.Token))
                {
                    Assert.Equal("o1", order.Id);
                    cts.Cancel();
                }
            });

            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task AServerThatRepeatsATokenIsNotFollowedForEver()
        {
            await using var server = await Pages((null, GetOrdersTests.Page("p2", "o1")), ("p2", GetOrdersTests.Page("p2", "o2")));
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAsync<ClstContractException>(() => ToListAsync(new ClstOrdersClient(http).ListOrdersAsync(AccountId)));

            Assert.Equal("metadata.next_page_token", ex.FieldPath);
            Assert.Equal(2, server.RequestCount);
        }

        [Fact]
        public async Task AnErrorOnALaterPagePropagates()
        {
            await using var server = await LoopbackServer.StartAsync((context, i) => i == 0
                ? LoopbackServer.RespondAsync(context, 200, GetOrdersTests.Page("p2", "o1"))
                : LoopbackServer.RespondAsync(context, 503, GetOrdersTests.ErrorBody(503, "try later", "r-503")));
            using var http = server.CreateHttpClient();
            var seen = new List<string>();

            var ex = await Assert.ThrowsAsync<ClstApiException>(async () =>
            {
                await foreach (var order in new ClstOrdersClient(http).ListOrdersAsync(AccountId))
                {
                    seen.Add(order.Id);
                }
            });

            Assert.Equal(503, ex.StatusCode);
            Assert.Equal(new[] { "o1" }, seen);
        }

        private static async Task<List<Order>> ToListAsync(IAsyncEnumerable<Order> orders)
        {
            var list = new List<Order>();
            await foreach (var order in orders)
            {
                list.Add(order);
            }

            return list;
        }
    }
}
