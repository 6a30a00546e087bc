using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>
    /// A 2xx answer that cannot be read never hides that the request was accepted (issue 20): the
    /// <see cref="ClstContractException"/> says so first, with the HTTP status, the request id when the body still gives it, the
    /// field at fault and the start of the raw body.
    /// </summary>
    public class AcceptedAnswerTests
    {
        private const long AccountId = 19816;
        private const string OrderId = "d40a92e6-381f-4803-b292-56d350d9d54a";
        private const string RequestId = "2e3f4a5b-6c7d-8e9f-0a1b-2c3d4e5f6a7b";
        private readonly ITestOutputHelper _output;

        public AcceptedAnswerTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static async Task<ClstContractException> CancelAnswered(int status, string body)
        {
            await using var server = await LoopbackServer.StartAsync(status, body);
            using var http = server.CreateHttpClient();
            var ex = await Assert.ThrowsAsync<ClstContractException>(() => new ClstOrdersClient(http).CancelOpenOrderAsync(AccountId, OrderId));
            Assert.Equal(1, server.RequestCount);
            return ex;
        }

        private static void SaysAccepted(ClstContractException ex, int status, string? requestId, string field, string body)
        {
            Assert.True(ex.RequestAccepted);
            Assert.Equal(status, ex.StatusCode);
            Assert.Equal(requestId, ex.RequestId);
            Assert.Equal(field, ex.FieldPath);
            Assert.StartsWith("The Clear Street API ACCEPTED the request (HTTP " + status, ex.Message, StringComparison.Ordinal);
            Assert.Contains(requestId ?? "no readable request id", ex.Message, StringComparison.Ordinal);
            Assert.Contains(field.Length == 0 ? "the body" : "'" + field + "'", ex.Message, StringComparison.Ordinal);
            Assert.Equal(body.Length > 4096 ? body.Substring(0, 4096) : body, ex.ResponseBody);
            Assert.IsType<ClstContractException>(ex.InnerException);
        }

        [Theory]
        [InlineData("id")]
        [InlineData("status")]
        [InlineData("filled_quantity")]
        [InlineData("leaves_quantity")]
        public async Task ACancelWhoseAnswerLacksARequiredFieldSaysItWasAccepted(string field)
        {
            var body = Bodies.WithoutDataField(Bodies.Cancel200(), field);
            SaysAccepted(await CancelAnswered(200, body), 200, RequestId, "data." + field, body);
        }

        [Fact]
        public async Task ACancelWhoseAnswerRenamedIdToOrderIdSaysItWasAccepted()
        {
            var body = Bodies.Mutate(Bodies.Cancel200(), b =>
            {
                var data = b["data"]!.AsObject();
                var id = data["id"]!.DeepClone();
                data.Remove("id");
                data["order_id"] = id;
            });
            var ex = await CancelAnswered(200, body);
            SaysAccepted(ex, 200, RequestId, "data.id", body);
            Assert.Contains("order_id", ex.ResponseBody!, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(200)]
        [InlineData(201)]
        [InlineData(202)]
        public async Task ATruncatedAnswerSaysItWasAcceptedAndKeepsTheRequestIdWhenItCameBeforeTheCut(int status)
        {
            var full = ContractData.Cancel200;

            // Cut in the middle of data: the request id (in metadata, at the end) never arrived.
            var early = full.Substring(0, full.IndexOf("\"symbol\"", StringComparison.Ordinal));
            var ex = await CancelAnswered(status, early);
            Assert.True(ex.RequestAccepted);
            Assert.Equal(status, ex.StatusCode);
            Assert.Null(ex.RequestId);
            Assert.Contains("no readable request id", ex.Message, StringComparison.Ordinal);
            Assert.Equal(early, ex.ResponseBody);

            // Cut after the request id: the body is still not JSON, but the id is read.
            var late = full.Substring(0, full.LastIndexOf('}'));
            ex = await CancelAnswered(status, late);
            Assert.Equal(RequestId, ex.RequestId);
            Assert.True(ex.Message.Contains("not valid JSON", StringComparison.Ordinal), ex.Message);
        }

        [Fact]
        public async Task AnEmptyOrNonJsonSuccessAnswerSaysItWasAccepted()
        {
            SaysAccepted(await CancelAnswered(200, string.Empty), 200, null, string.Empty, string.Empty);
            SaysAccepted(await CancelAnswered(202, "<html>Accepted</html>"), 202, null, string.Empty, "<html>Accepted</html>");
        }

        [Fact]
        public async Task TheQuotedBodyIsBoundedTo4KiB()
        {
            var body = Bodies.Mutate(Bodies.Cancel200(), b =>
            {
                b["data"]!["details"] = new JsonArray(Enumerable.Range(0, 2_000).Select(i => (JsonNode?)JsonValue.Create("detail " + i)).ToArray());
                b["data"]!.AsObject().Remove("venue");
            });
            Assert.True(body.Length > 10_000);
            var ex = await CancelAnswered(200, body);
            SaysAccepted(ex, 200, RequestId, "data.venue", body);
            Assert.Equal(4096, ex.ResponseBody!.Length);
            Assert.True(ex.Message.Length < 2_000, "the message quotes only the start of the body");
        }

        [Fact]
        public void ReadingJsonWithoutHttpIsNotAnAcceptedRequest()
        {
            var ex = Assert.Throws<ClstContractException>(() => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.WithoutDataField(Bodies.Cancel200(), "id")));
            Assert.False(ex.RequestAccepted);
            Assert.Null(ex.StatusCode);
            Assert.Null(ex.ResponseBody);
        }

        [Fact]
        public async Task EveryBadBodyOfTheCorpusAnsweredToACancelSaysTheCancelWasAccepted()
        {
            // Every 25th body of the corpus (the 10 MB ones aside), served as the 200 answer of a cancel.
            var sample = BadBodyTests.Parts.Where(p => p.Part != "10 MB bodies").SelectMany(p => p.Bodies()).Where((_, i) => i % 25 == 0).ToList();
            var bodies = sample.Select(b => b.Make()).ToList();
            await using var server = await LoopbackServer.StartAsync(async (context, _) =>
            {
                var index = int.Parse(context.Request.Path.Value!.Split('/').Last(), CultureInfo.InvariantCulture);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(bodies[index], context.RequestAborted);
            });
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);
            var failures = new List<string>();
            var accepted = 0;
            for (var i = 0; i < sample.Count; i++)
            {
                using var bound = new CancellationTokenSource(LoopbackServer.Bound);
                var ex = await Record.ExceptionAsync(() => client.CancelOpenOrderAsync(AccountId, i.ToString(CultureInfo.InvariantCulture), bound.Token));
                var what = sample[i] + ": ";
                if (ex == null)
                {
                    if (sample[i].Expected is Outcome.Fails || sample[i].Expected is Outcome.FailsSomewhere)
                    {
                        failures.Add(what + "read, but the corpus expects a failure");
                    }

                    continue;
                }

                accepted++;
                if (!(ex is ClstContractException contract) || !contract.RequestAccepted || contract.StatusCode != 200
                    || !contract.Message.StartsWith("The Clear Street API ACCEPTED the request (HTTP 200", StringComparison.Ordinal))
                {
                    failures.Add(what + "not an accepted-request ClstContractException: " + ex.GetType().Name + ": " + ex.Message);
                    continue;
                }

                var expectedId = RequestIdOf(bodies[i]);
                if (expectedId != null && contract.RequestId != expectedId)
                {
                    failures.Add(what + "request id " + (contract.RequestId ?? "null") + ", the body's is " + expectedId);
                }

                if (contract.RequestId != null && !Encoding.UTF8.GetString(bodies[i]).Contains(contract.RequestId, StringComparison.Ordinal))
                {
                    failures.Add(what + "request id " + contract.RequestId + " is not in the body");
                }

                var quoted = Math.Min(bodies[i].Length, 4096);
                if (contract.ResponseBody == null || contract.ResponseBody.Length > quoted)
                {
                    failures.Add(what + "the raw body is not quoted, or quoted beyond 4 KiB");
                }
            }

            _output.WriteLine(sample.Count + " bad bodies answered to a cancel, " + accepted + " unreadable, each said the cancel was accepted");
            Assert.True(accepted > sample.Count / 2, "most of the corpus cannot be read: " + accepted + " of " + sample.Count);
            Assert.True(failures.Count == 0, failures.Count + " of " + sample.Count + " went wrong:\n" + string.Join("\n", failures.Take(20)));
        }

        /// <summary>The independent oracle: metadata.request_id of a body that is valid JSON (null otherwise).</summary>
        private static string? RequestIdOf(byte[] body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                    && metadata.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
