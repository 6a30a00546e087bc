using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary><c>GetOrdersAsync</c> (<c>get_orders</c>) against a real HTTP server on loopback.</summary>
    public class GetOrdersTests
    {
        private const long AccountId = 19816;

        internal static string ListOfOrders => ContractData.OpenApiResponseExample("/v1/accounts/{account_id}/orders", "get", "200", "ListOfOrders");

        /// <summary>A <c>get_orders</c> body with these orders (from the example's first order, ids changed) and next token.</summary>
        internal static string Page(string? nextToken, params string[] ids)
        {
            var first = (JsonObject)JsonNode.Parse(ListOfOrders)!["data"]![0]!;
            var data = new JsonArray(ids.Select(id =>
            {
                var order = (JsonObject)first.DeepClone();
                order["id"] = id;
                return (JsonNode?)order;
            }).ToArray());
            return new JsonObject
            {
                ["data"] = data,
                ["error"] = null,
                ["metadata"] = new JsonObject { ["request_id"] = "req-" + (nextToken ?? "last"), ["next_page_token"] = nextToken },
            }.ToJsonString();
        }

        [Fact]
        public async Task TheContractsExampleGivesTheOrdersAndThePaging()
        {
            await using var server = await LoopbackServer.StartAsync(200, ListOfOrders);
            using var http = server.CreateHttpClient();

            var response = await new ClstOrdersClient(http).GetOrdersAsync(AccountId);

            var expected = (JsonArray)JsonNode.Parse(ListOfOrders)!["data"]!;
            Assert.Equal(2, response.Data.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                ContractAssert.OrderMatches((JsonObject)expected[i]!, response.Data[i], "ListOfOrders[" + i + "]");
            }

            Assert.Equal(OrderStatus.PartiallyFilled, response.Data[0].Status);
            Assert.Equal(OrderStatus.Filled, response.Data[1].Status);
            Assert.Equal("cGFnZT0yJmxhc3RfaWQ9b3JkXzRjRDVlNkY3ZzhIOWkwSjE=", response.Metadata.NextPageToken);
            Assert.Equal(1, response.Metadata.PageNumber);
            Assert.Equal(3, response.Metadata.TotalPages);
            Assert.Equal(25L, response.Metadata.TotalItems);
            Assert.Equal("d9a4f5b6-c3d4-6e5f-0a1b-7c8d9e0f1a2b", response.Metadata.RequestId);
            ContractAssert.SameJsonValues(ListOfOrders, ClstJson.Serialize(response));

            var request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/v1/accounts/19816/orders", request.RawTarget);
        }

        [Fact]
        public async Task EveryParameterIsEncodedAsTheOpenApiDescriptionSays()
        {
            await using var server = await LoopbackServer.StartAsync(200, Page(null));
            using var http = server.CreateHttpClient("api/");
            var query = new GetOrdersQuery
            {
                PageSize = 50,
                PageToken = "eyJvZmZzZXQiOjEwMCwibGltaXQiOjEwMH0=",
                OrderIds = new[] { "0195f6c7-4f64-7e3c-8b0a-1d8e4f5e6a7b", "0195f6c8-1a2b-7c3d-8e4f-5a6b7c8d9e0f" },
                Statuses = new[] { OrderStatus.New, OrderStatus.PartiallyFilled, OrderStatus.PendingCancel, OrderStatus.Other },
                Symbol = "TSLA  250117C00190000",
                InstrumentIds = new[] { "TSLA", "a/b&c" },
                InstrumentType = SecurityType.Option,
                UnderlyingInstrumentIds = new[] { "d4d5d6d7-e4e5-f4f5-a4a5-a6a7a8a9aaab" },
                From = new DateTimeOffset(2025, 4, 24, 16, 30, 0, TimeSpan.FromHours(2)),
                To = new DateTimeOffset(2025, 4, 24, 18, 30, 0, TimeSpan.Zero),
            };

            await new ClstOrdersClient(http).GetOrdersAsync(AccountId, query);

            // Arrays: style form, explode false — one parameter, items comma-separated, each item percent-encoded.
            Assert.Equal(
                "/api/v1/accounts/19816/orders?page_size=50&page_token=eyJvZmZzZXQiOjEwMCwibGltaXQiOjEwMH0%3D"
                + "&order_ids=0195f6c7-4f64-7e3c-8b0a-1d8e4f5e6a7b,0195f6c8-1a2b-7c3d-8e4f-5a6b7c8d9e0f"
                + "&status=NEW,PARTIALLY_FILLED,PENDING_CANCEL,OTHER&symbol=TSLA%20%20250117C00190000"
                + "&instrument_ids=TSLA,a%2Fb%26c&instrument_type=OPTION&underlying_instrument_ids=d4d5d6d7-e4e5-f4f5-a4a5-a6a7a8a9aaab"
                + "&from=2025-04-24T14%3A30%3A00.000000000Z&to=2025-04-24T18%3A30%3A00.000000000Z",
                Assert.Single(server.Requests).RawTarget);
        }

        [Fact]
        public async Task QueriesThatWouldChangeTheirMeaningAreRefusedBeforeSending()
        {
            await using var server = await LoopbackServer.StartAsync(200, Page(null));
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            foreach (var query in new[]
            {
                new GetOrdersQuery { Statuses = Array.Empty<OrderStatus>() },
                new GetOrdersQuery { OrderIds = Array.Empty<string>() },
                new GetOrdersQuery { OrderIds = new[] { "a,b" } },
                new GetOrdersQuery { InstrumentIds = new[] { "TSLA", string.Empty } },
                new GetOrdersQuery { UnderlyingInstrumentIds = new[] { (string)null! } },
                new GetOrdersQuery { InstrumentType = SecurityType.Other },
                new GetOrdersQuery { Statuses = new[] { (OrderStatus)99 } },
                new GetOrdersQuery { Symbol = string.Empty },
                new GetOrdersQuery { PageSize = 0 },
                new GetOrdersQuery { PageSize = 1001 },
            })
            {
                await Assert.ThrowsAnyAsync<ArgumentException>(() => client.GetOrdersAsync(AccountId, query));
            }

            Assert.Equal(0, server.RequestCount);
        }

        [Fact]
        public async Task AnEmptyPageIsAnEmptyList()
        {
            await using var server = await LoopbackServer.StartAsync(200, Page(null));
            using var http = server.CreateHttpClient();

            var response = await new ClstOrdersClient(http).GetOrdersAsync(AccountId, new GetOrdersQuery { Statuses = new[] { OrderStatus.New } });

            Assert.Empty(response.Data);
            Assert.Null(response.Metadata.NextPageToken);
            Assert.Equal("/v1/accounts/19816/orders?status=NEW", Assert.Single(server.Requests).RawTarget);
        }

        [Theory]
        [InlineData(400, typeof(ClstApiException))]
        [InlineData(401, typeof(ClstApiException))]
        [InlineData(403, typeof(ClstPermissionDeniedException))]
        [InlineData(404, typeof(ClstNotFoundException))]
        [InlineData(409, typeof(ClstApiException))]
        [InlineData(422, typeof(ClstApiException))]
        [InlineData(429, typeof(ClstApiException))]
        [InlineData(500, typeof(ClstApiException))]
        [InlineData(502, typeof(ClstApiException))]
        [InlineData(503, typeof(ClstApiException))]
        public async Task EveryErrorStatusThrowsWithTheApisMessageAndRequestId(int status, Type expected)
        {
            var body = status == 403
                ? ContractData.OpenApiResponseExample("/v1/accounts/{account_id}/orders", "get", "403", "Forbidden")
                : ErrorBody(status, "Something went wrong", "req-" + status);
            await using var server = await LoopbackServer.StartAsync(status, body);
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAnyAsync<ClstApiException>(() => new ClstOrdersClient(http).GetOrdersAsync(AccountId));

            Assert.Equal(expected, ex.GetType());
            Assert.Equal(status, ex.StatusCode);
            Assert.Equal(status == 403 ? "5518f0c6-58ff-4b4a-81a5-701556d41206" : "req-" + status, ex.RequestId);
            Assert.Equal(status, ex.ApiError!.Code);
        }

        [Fact]
        public async Task AnUnreadableOrderInTheListIsNamedByItsIndex()
        {
            var body = JsonNode.Parse(ListOfOrders)!;
            body["data"]![1]!.AsObject().Remove("status");
            await using var server = await LoopbackServer.StartAsync(200, body.ToJsonString());
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAsync<ClstContractException>(() => new ClstOrdersClient(http).GetOrdersAsync(AccountId));

            Assert.Equal("data[1].status", ex.FieldPath);
            Assert.True(ex.RequestAccepted);
            Assert.Equal("d9a4f5b6-c3d4-6e5f-0a1b-7c8d9e0f1a2b", ex.RequestId);
        }

        internal static string ErrorBody(int code, string message, string requestId)
            => new JsonObject
            {
                ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
                ["metadata"] = new JsonObject { ["request_id"] = requestId },
            }.ToJsonString();
    }
}
