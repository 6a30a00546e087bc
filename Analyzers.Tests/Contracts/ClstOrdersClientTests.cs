using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;
using Microsoft.AspNetCore.Http;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary><see cref="ClstOrdersClient"/> against a real HTTP server on loopback that serves the contract's bodies.</summary>
    public class ClstOrdersClientTests
    {
        private const long AccountId = 19816;
        private const string OrderId = "d40a92e6-381f-4803-b292-56d350d9d54a";

        private static string ServerError(int code, string message, string requestId)
            => new JsonObject
            {
                ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
                ["metadata"] = new JsonObject { ["request_id"] = requestId },
            }.ToJsonString();

        [Fact]
        public async Task CancelAnswered200GivesTheTypedResponse()
        {
            await using var server = await LoopbackServer.StartAsync(200, ContractData.Cancel200);
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            var response = await client.CancelOpenOrderAsync(AccountId, OrderId);

            Assert.Equal(OrderStatus.PendingCancel, response.Data.Status);
            Assert.Equal(5m, response.Data.FilledQuantity);
            Assert.Equal("48.00", response.Data.LimitPrice!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("2e3f4a5b-6c7d-8e9f-0a1b-2c3d4e5f6a7b", response.Metadata.RequestId);
            ContractAssert.SameJsonValues(ContractData.Cancel200, ClstJson.Serialize(response));

            var request = Assert.Single(server.Requests);
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("/v1/accounts/19816/orders/" + OrderId, request.RawTarget);
            Assert.Contains("application/json", request.Accept, StringComparison.Ordinal);
        }

        [Fact]
        public async Task GetOrderAnswered200GivesTheTypedResponse()
        {
            var example = ContractData.OpenApiOrderExamples.Single(e => e.Label.Contains("PartiallyFilledLimitOrder", StringComparison.Ordinal));
            var body = new JsonObject { ["data"] = example.Json.DeepClone(), ["error"] = null, ["metadata"] = new JsonObject { ["request_id"] = "0c1d" } }.ToJsonString();
            await using var server = await LoopbackServer.StartAsync(200, body);
            using var http = server.CreateHttpClient();

            var response = await new ClstOrdersClient(http).GetOrderByIdAsync(AccountId, "0195f6c7-4f64-7e3c-8b0a-1d8e4f5e6a7b");

            ContractAssert.OrderMatches(example.Json, response.Data, "GET");
            Assert.Equal(OrderStatus.PartiallyFilled, response.Data.Status);
            var request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/v1/accounts/19816/orders/0195f6c7-4f64-7e3c-8b0a-1d8e4f5e6a7b", request.RawTarget);
        }

        [Theory]
        [InlineData("", "/v1/accounts/7/orders/o1")]
        [InlineData("api", "/api/v1/accounts/7/orders/o1")]
        [InlineData("api/", "/api/v1/accounts/7/orders/o1")]
        [InlineData("gateway/trading/", "/gateway/trading/v1/accounts/7/orders/o1")]
        public async Task BaseAddressIsTheApiRootWithOrWithoutATrailingSlash(string basePath, string expectedTarget)
        {
            await using var server = await LoopbackServer.StartAsync(200, ContractData.Cancel200);
            using var http = server.CreateHttpClient(basePath);
            await new ClstOrdersClient(http).GetOrderByIdAsync(7, "o1");
            Assert.Equal(expectedTarget, Assert.Single(server.Requests).RawTarget);
        }

        [Theory]
        [InlineData("a/b", "a%2Fb")]
        [InlineData("a b", "a%20b")]
        [InlineData("a?b=c", "a%3Fb%3Dc")]
        [InlineData("a#b", "a%23b")]
        [InlineData("100%", "100%25")]
        [InlineData("../../accounts", "..%2F..%2Faccounts")]
        [InlineData("é", "%C3%A9")]
        [InlineData("...", "...")]
        public async Task OrderIdIsEscapedIntoOnePathSegment(string orderId, string escaped)
        {
            await using var server = await LoopbackServer.StartAsync(200, ContractData.Cancel200);
            using var http = server.CreateHttpClient();
            await new ClstOrdersClient(http).CancelOpenOrderAsync(-5, orderId);
            Assert.Equal("/v1/accounts/-5/orders/" + escaped, Assert.Single(server.Requests).RawTarget);
        }

        [Fact]
        public async Task OrderIdsThatWouldAddressAnotherEndpointAreRefusedBeforeSending()
        {
            await using var server = await LoopbackServer.StartAsync(200, ContractData.Cancel200);
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            await Assert.ThrowsAsync<ArgumentNullException>(() => client.CancelOpenOrderAsync(AccountId, null!));
            foreach (var id in new[] { string.Empty, " ", "\t", ".", ".." })
            {
                // An empty id would be DELETE .../orders/: cancel ALL open orders. "." and ".." would be resolved away.
                await Assert.ThrowsAsync<ArgumentException>(() => client.CancelOpenOrderAsync(AccountId, id));
                await Assert.ThrowsAsync<ArgumentException>(() => client.GetOrderByIdAsync(AccountId, id));
            }

            Assert.Equal(0, server.RequestCount);
        }

        [Fact]
        public async Task ClientNeedsAnHttpClientWithABaseAddress()
        {
            Assert.Throws<ArgumentNullException>(() => new ClstOrdersClient(null!));
            using var http = new HttpClient();
            await Assert.ThrowsAsync<InvalidOperationException>(() => new ClstOrdersClient(http).GetOrderByIdAsync(AccountId, OrderId));
        }

        [Fact]
        public async Task Answer403ThrowsPermissionDeniedWithTheApisMessageAndRequestId()
        {
            await using var server = await LoopbackServer.StartAsync(403, ContractData.Cancel403);
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            foreach (var call in new Func<Task>[] { () => client.CancelOpenOrderAsync(AccountId, OrderId), () => client.GetOrderByIdAsync(AccountId, OrderId) })
            {
                var ex = await Assert.ThrowsAsync<ClstPermissionDeniedException>(call);
                Assert.Equal(403, ex.StatusCode);
                Assert.Equal(403, ex.ApiError!.Code);
                Assert.Equal("The caller does not have permission to execute the specified operation", ex.ApiError.Message);
                Assert.Equal("5518f0c6-58ff-4b4a-81a5-701556d41206", ex.RequestId);
                Assert.Contains("The caller does not have permission to execute the specified operation", ex.Message, StringComparison.Ordinal);
                Assert.Contains("5518f0c6-58ff-4b4a-81a5-701556d41206", ex.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task Answer404ThrowsNotFoundWithTheApisMessageAndRequestId()
        {
            await using var server = await LoopbackServer.StartAsync(404, ContractData.Cancel404);
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            foreach (var call in new Func<Task>[] { () => client.CancelOpenOrderAsync(100001, OrderId), () => client.GetOrderByIdAsync(100001, OrderId) })
            {
                var ex = await Assert.ThrowsAsync<ClstNotFoundException>(call);
                Assert.Equal(404, ex.StatusCode);
                Assert.Equal("Order d40a92e6-381f-4803-b292-56d350d9d54a not found for account 100001", ex.ApiError!.Message);
                Assert.Equal("70151ee4-5209-4c75-9372-dffc0a6ebade", ex.RequestId);
                Assert.Contains("not found for account 100001", ex.Message, StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData(500)]
        [InlineData(400)]
        [InlineData(401)]
        [InlineData(409)]
        [InlineData(422)]
        [InlineData(429)]
        [InlineData(502)]
        [InlineData(503)]
        public async Task OtherErrorStatusesThrowApiExceptionWithTheApisMessageAndRequestId(int status)
        {
            await using var server = await LoopbackServer.StartAsync(status, ServerError(status, "Something went wrong", "req-" + status));
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAsync<ClstApiException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));

            Assert.Equal(typeof(ClstApiException), ex.GetType());
            Assert.Equal(status, ex.StatusCode);
            Assert.Equal(status, ex.ApiError!.Code);
            Assert.Equal("Something went wrong", ex.ApiError.Message);
            Assert.Equal("req-" + status, ex.RequestId);
            Assert.Contains("HTTP " + status, ex.Message, StringComparison.Ordinal);
            Assert.Contains("Something went wrong", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task ErrorDetailsOfTheContractAreKept()
        {
            // The OpenAPI description's NoBuyingPower example, as JSON.
            const string body = "{\"error\":{\"code\":400,\"details\":[{\"description\":\"Buying Power: required > available\",\"type\":\"BUYING_POWER\"},"
                + "{\"domain\":\"com.clearstreet.oems.risk\",\"metadata\":{\"available\":\"11004.5000\"},\"reason\":\"BUYING_POWER\"}],\"message\":\"Risk check failed\"},"
                + "\"metadata\":{\"request_id\":\"00bf689a-f53d-47b7-8b73-f0e69d2e89b6\"}}";
            await using var server = await LoopbackServer.StartAsync(400, body);
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAsync<ClstApiException>(() => new ClstOrdersClient(http).GetOrderByIdAsync(AccountId, OrderId));

            Assert.Equal(2, ex.ApiError!.Details!.Count);
            Assert.Equal("BUYING_POWER", ex.ApiError.Details[1].GetProperty("reason").GetString());
            Assert.Equal("11004.5000", ex.ApiError.Details[1].GetProperty("metadata").GetProperty("available").GetString());
        }

        [Theory]
        [InlineData(500, "<html><body>Internal Server Error</body></html>", "text/html", "not JSON")]
        [InlineData(502, "", "text/plain", "empty body")]
        [InlineData(503, "upstream connect error", "text/plain", "not JSON")]
        [InlineData(500, "[1,2,3]", "application/json", "not a JSON object")]
        [InlineData(500, "{\"message\":\"flat\"}", "application/json", "no \"error\" object")]
        [InlineData(500, "{\"error\":\"boom\"}", "application/json", "no \"error\" object")]
        [InlineData(500, "{\"error\":{\"code\":500,\"message\":\"tr", "application/json", "not JSON")]
        public async Task ErrorBodyThatIsNotTheContractStillGivesAClearException(int status, string body, string contentType, string problem)
        {
            await using var server = await LoopbackServer.StartAsync(status, body, contentType);
            using var http = server.CreateHttpClient();

            var ex = await Assert.ThrowsAsync<ClstApiException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));

            Assert.Equal(status, ex.StatusCode);
            Assert.Null(ex.ApiError);
            Assert.Contains("HTTP " + status, ex.Message, StringComparison.Ordinal);
            Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
            if (body.Length > 0)
            {
                Assert.Contains(body.Substring(0, Math.Min(body.Length, 20)), ex.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task NonJson403And404KeepTheirTypes()
        {
            await using var server = await LoopbackServer.StartAsync((context, i) => LoopbackServer.RespondAsync(context, i == 0 ? 403 : 404, "nope", "text/plain"));
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            var denied = await Assert.ThrowsAsync<ClstPermissionDeniedException>(() => client.CancelOpenOrderAsync(AccountId, OrderId));
            Assert.Null(denied.ApiError);
            Assert.Contains("\"nope\"", denied.Message, StringComparison.Ordinal);
            var missing = await Assert.ThrowsAsync<ClstNotFoundException>(() => client.CancelOpenOrderAsync(AccountId, OrderId));
            Assert.Null(missing.ApiError);
        }

        [Fact]
        public async Task ErrorBodyWithOnlyMetadataKeepsTheRequestId()
        {
            await using var server = await LoopbackServer.StartAsync(500, "{\"metadata\":{\"request_id\":\"r-1\"}}");
            using var http = server.CreateHttpClient();
            var ex = await Assert.ThrowsAsync<ClstApiException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));
            Assert.Null(ex.ApiError);
            Assert.Equal("r-1", ex.RequestId);
            Assert.Contains("r-1", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task HugeErrorBodyIsReadOnlyInPart()
        {
            var huge = "{\"error\":{\"code\":500,\"message\":\"" + new string('x', 10 * 1024 * 1024) + "\"},\"metadata\":{\"request_id\":\"r\"}}";
            await using var server = await LoopbackServer.StartAsync(500, huge);
            using var http = server.CreateHttpClient();
            var watch = Stopwatch.StartNew();
            var ex = await Assert.ThrowsAsync<ClstApiException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));
            Assert.Equal(500, ex.StatusCode);
            Assert.Null(ex.ApiError);
            Assert.True(ex.Message.Length < 2000, "the message quotes only the start of the body");
            Assert.True(watch.Elapsed < LoopbackServer.Bound);
        }

        [Theory]
        [InlineData("filled_quantity")]
        [InlineData("status")]
        [InlineData("created_at")]
        public async Task MalformedSuccessBodyThrowsNamingTheField(string field)
        {
            await using var server = await LoopbackServer.StartAsync(200, Bodies.WithoutDataField(Bodies.Cancel200(), field));
            using var http = server.CreateHttpClient();
            var ex = await Assert.ThrowsAsync<ClstContractException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));
            Assert.Equal("data." + field, ex.FieldPath);
            Assert.Contains("'data." + field + "'", ex.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\"data\":{\"quantity\":\"ten\"}}", "data.quantity")]
        [InlineData("<html>502 Bad Gateway</html>", "")]
        [InlineData("", "")]
        [InlineData("null", "")]
        public async Task SuccessBodyThatIsNotTheContractThrowsContractException(string body, string field)
        {
            await using var server = await LoopbackServer.StartAsync(200, body);
            using var http = server.CreateHttpClient();
            var ex = await Assert.ThrowsAsync<ClstContractException>(() => new ClstOrdersClient(http).GetOrderByIdAsync(AccountId, OrderId));
            Assert.Equal(field, ex.FieldPath);
        }

        [Fact]
        public async Task WrongTypedQuantityInA200IsNamed()
        {
            await using var server = await LoopbackServer.StartAsync(200, Bodies.WithDataField("leaves_quantity", "5"));
            using var http = server.CreateHttpClient();
            var ex = await Assert.ThrowsAsync<ClstContractException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));
            Assert.Equal("data.leaves_quantity", ex.FieldPath);
        }

        [Fact]
        public async Task TenMegabyteSuccessBodyIsRead()
        {
            var details = new JsonArray(Enumerable.Range(0, 100_000).Select(i => (JsonNode?)JsonValue.Create("detail " + i + new string('.', 90))).ToArray());
            var body = Bodies.Mutate(Bodies.Cancel200(), b => b["data"]!["details"] = details);
            Assert.True(body.Length > 10_000_000);
            await using var server = await LoopbackServer.StartAsync(200, body);
            using var http = server.CreateHttpClient();

            var response = await new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId);

            Assert.Equal(100_000, response.Data.Details!.Count);
            Assert.StartsWith("detail 99999.", response.Data.Details[99_999], StringComparison.Ordinal);
        }

        [Fact]
        public async Task ConnectionDroppedMidBodyFailsWithoutHanging()
        {
            await using var server = await LoopbackServer.StartAsync(async (context, _) =>
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = ContractData.Cancel200.Length;
                await context.Response.WriteAsync(ContractData.Cancel200.Substring(0, 100));
                await context.Response.Body.FlushAsync();
                context.Abort();
            });
            using var http = server.CreateHttpClient();

            var ex = await Record.ExceptionAsync(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));

            // The transport's error, as the transport reports it: not a contract error, not a hang.
            Assert.True(ex is IOException || ex is HttpRequestException, ex?.ToString());
        }

        [Fact]
        public async Task CancellationWhileWaitingForTheAnswerIsHonoured()
        {
            await using var server = await LoopbackServer.StartAsync(async (context, _) =>
            {
                await Task.Delay(LoopbackServer.Bound, context.RequestAborted);
                await LoopbackServer.RespondAsync(context, 200, ContractData.Cancel200);
            });
            using var http = server.CreateHttpClient();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId, cts.Token));

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "cancelled promptly: " + watch.Elapsed);
        }

        [Fact]
        public async Task CancellationWhileReadingTheBodyIsHonoured()
        {
            await using var server = await LoopbackServer.StartAsync(async (context, _) =>
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(ContractData.Cancel200.Substring(0, 200), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(LoopbackServer.Bound, context.RequestAborted);
            });
            using var http = server.CreateHttpClient();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ClstOrdersClient(http).GetOrderByIdAsync(AccountId, OrderId, cts.Token));

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "cancelled promptly: " + watch.Elapsed);
        }

        [Fact]
        public async Task AlreadyCancelledTokenSendsNothing()
        {
            await using var server = await LoopbackServer.StartAsync(200, ContractData.Cancel200);
            using var http = server.CreateHttpClient();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId, new CancellationToken(true)));
            Assert.Equal(0, server.RequestCount);
        }

        [Fact]
        public async Task ClientIsSafeToShareAcrossConcurrentCalls()
        {
            await using var server = await LoopbackServer.StartAsync((context, i) =>
                LoopbackServer.RespondAsync(context, 200, Bodies.WithDataField("client_order_id", JsonValue.Create(context.Request.Path.Value!.Split('/').Last())!.ToJsonString())));
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);

            var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.GetOrderByIdAsync(AccountId, "order-" + i)));

            Assert.Equal(Enumerable.Range(0, 40).Select(i => "order-" + i), results.Select(r => r.Data.ClientOrderId));
        }
    }
}
