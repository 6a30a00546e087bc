using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary><c>CancelAllOpenOrdersAsync</c> (<c>cancel_all_open_orders</c>) against a real HTTP server on loopback.</summary>
    public class CancelAllOpenOrdersTests
    {
        private const long AccountId = 19816;
        private const string Path = "/v1/accounts/{account_id}/orders";

        private static string BulkCancelAccepted => ContractData.OpenApiResponseExample(Path, "delete", "200", "BulkCancelAccepted");

        [Fact]
        public async Task TheContractsExampleGivesTheOrdersWhoseCancelWasAccepted()
        {
            await using var server = await LoopbackServer.StartAsync(200, BulkCancelAccepted);
            using var http = server.CreateHttpClient();

            var response = await new ClstOrdersClient(http).CancelAllOpenOrdersAsync(AccountId);

            var expected = (JsonArray)JsonNode.Parse(BulkCancelAccepted)!["data"]!;
            Assert.Equal(2, response.Data.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                ContractAssert.OrderMatches((JsonObject)expected[i]!, response.Data[i], "BulkCancelAccepted[" + i + "]");
            }

            Assert.All(response.Data, o => Assert.Equal(OrderStatus.PendingCancel, o.Status));
            Assert.Equal("fb1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e", response.Metadata.RequestId);
            ContractAssert.SameJsonValues(BulkCancelAccepted, ClstJson.Serialize(response));

            var request = Assert.Single(server.Requests);
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("/v1/accounts/19816/orders", request.RawTarget);
        }

        [Fact]
        public async Task EveryFilterIsEncodedAsTheOpenApiDescriptionSays()
        {
            await using var server = await LoopbackServer.StartAsync(200, BulkCancelAccepted);
            using var http = server.CreateHttpClient();
            var filter = new CancelAllOpenOrdersFilter
            {
                Side = Side.SellShort,
                OrderType = OrderType.TrailingStopLimit,
                InstrumentType = SecurityType.CommonStock,
                InstrumentIds = new[] { "d4d5d6d7-e4e5-f4f5-a4a5-a6a7a8a9aaab", "TSLA  250117C00190000" },
            };

            await new ClstOrdersClient(http).CancelAllOpenOrdersAsync(AccountId, filter);

            Assert.Equal(
                "/v1/accounts/19816/orders?side=SELL_SHORT&type=TRAILING_STOP_LIMIT&instrument_type=COMMON_STOCK"
                + "&instrument_ids=d4d5d6d7-e4e5-f4f5-a4a5-a6a7a8a9aaab,TSLA%20%20250117C00190000",
                Assert.Single(server.Requests).RawTarget);
        }

        [Theory]
        [InlineData(Side.Other, "side=OTHER")]
        [InlineData(Side.Buy, "side=BUY")]
        public async Task SideOtherIsAWireValueOfTheSideFilter(Side side, string expected)
        {
            await using var server = await LoopbackServer.StartAsync(200, BulkCancelAccepted);
            using var http = server.CreateHttpClient();
            await new ClstOrdersClient(http).CancelAllOpenOrdersAsync(AccountId, new CancelAllOpenOrdersFilter { Side = side });
            Assert.Equal("/v1/accounts/19816/orders?" + expected, Assert.Single(server.Requests).RawTarget);
        }

        [Fact]
        public async Task FiltersThatWouldWidenTheCancelAreRefusedBeforeSending()
        {
            await using var server = await LoopbackServer.StartAsync(200, BulkCancelAccepted);
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            foreach (var filter in new[]
            {
                new CancelAllOpenOrdersFilter { InstrumentIds = Array.Empty<string>() },
                new CancelAllOpenOrdersFilter { InstrumentIds = new[] { "TSLA,AAPL" } },
                new CancelAllOpenOrdersFilter { InstrumentIds = new[] { string.Empty } },
                new CancelAllOpenOrdersFilter { InstrumentType = SecurityType.Other },
                new CancelAllOpenOrdersFilter { Side = (Side)42 },
                new CancelAllOpenOrdersFilter { OrderType = (OrderType)(-1) },
            })
            {
                await Assert.ThrowsAnyAsync<ArgumentException>(() => client.CancelAllOpenOrdersAsync(AccountId, filter));
            }

            Assert.Equal(0, server.RequestCount);
        }

        [Fact]
        public async Task NoMatchingOrderIsTheContracts404()
        {
            var body = ContractData.OpenApiResponseExample(Path, "delete", "404", "NoOrdersMatchFilters");
            await using var server = await LoopbackServer.StartAsync(404, body);
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAsync<ClstNotFoundException>(
                () => new ClstOrdersClient(http).CancelAllOpenOrdersAsync(AccountId, new CancelAllOpenOrdersFilter { Side = Side.Sell }));

            Assert.Equal("No orders match the specified filters", ex.ApiError!.Message);
            Assert.Equal("2f035fbb-68ba-42e9-8743-d3b21110b4c7", ex.RequestId);
        }

        [Theory]
        [InlineData(400, typeof(ClstApiException))]
        [InlineData(401, typeof(ClstApiException))]
        [InlineData(403, typeof(ClstPermissionDeniedException))]
        [InlineData(409, typeof(ClstApiException))]
        [InlineData(422, typeof(ClstApiException))]
        [InlineData(429, typeof(ClstApiException))]
        [InlineData(500, typeof(ClstApiException))]
        [InlineData(502, typeof(ClstApiException))]
        [InlineData(503, typeof(ClstApiException))]
        public async Task EveryErrorStatusThrowsWithTheApisMessageAndRequestId(int status, Type expected)
        {
            var body = status == 403
                ? ContractData.OpenApiResponseExample(Path, "delete", "403", "Forbidden")
                : GetOrdersTests.ErrorBody(status, "Something went wrong", "req-" + status);
            await using var server = await LoopbackServer.StartAsync(status, body);
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAnyAsync<ClstApiException>(() => new ClstOrdersClient(http).CancelAllOpenOrdersAsync(AccountId));

            Assert.Equal(expected, ex.GetType());
            Assert.Equal(status, ex.StatusCode);
            Assert.Equal(status == 403 ? "5518f0c6-58ff-4b4a-81a5-701556d41206" : "req-" + status, ex.RequestId);
        }

        [Fact]
        public async Task AnUnreadableAnswerSaysTheCancelWasAccepted()
        {
            var body = JsonNode.Parse(BulkCancelAccepted)!;
            body["data"]![0]!["filled_quantity"] = 5;
            await using var server = await LoopbackServer.StartAsync(200, body.ToJsonString());
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAsync<ClstContractException>(() => new ClstOrdersClient(http).CancelAllOpenOrdersAsync(AccountId));

            Assert.True(ex.RequestAccepted);
            Assert.Equal("data[0].filled_quantity", ex.FieldPath);
            Assert.Equal("fb1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e", ex.RequestId);
            Assert.StartsWith("The Clear Street API ACCEPTED the request (HTTP 200", ex.Message, StringComparison.Ordinal);
            Assert.Equal(body.ToJsonString().Substring(0, 100), ex.ResponseBody!.Substring(0, 100));
        }

        [Fact]
        public async Task TheOrdersAnswerStatusesTheModelDoesNotKnowAsOther()
        {
            var body = JsonNode.Parse(BulkCancelAccepted)!;
            body["data"]![1]!["status"] = "CANCEL_QUEUED";
            await using var server = await LoopbackServer.StartAsync(200, body.ToJsonString());
            using var http = server.CreateHttpClient();

            var response = await new ClstOrdersClient(http).CancelAllOpenOrdersAsync(AccountId);

            Assert.Equal(OrderStatus.Other, response.Data[1].Status);
            Assert.Equal("CANCEL_QUEUED", response.Data[1].OtherWireValues!["status"]);
            Assert.Null(response.Data[0].OtherWireValues);
            Assert.Contains("\"CANCEL_QUEUED\"", ClstJson.Serialize(response), StringComparison.Ordinal);
            Assert.Equal(new[] { "DELETE" }, server.Requests.Select(r => r.Method));
        }
    }
}
