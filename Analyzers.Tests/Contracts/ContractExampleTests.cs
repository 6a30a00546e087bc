using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>The contract's own examples read into the right typed values, and write back as the same JSON values.</summary>
    public class ContractExampleTests
    {
        public static IEnumerable<object[]> OpenApiExampleLabels => ContractData.OpenApiOrderExamples.Select(e => new object[] { e.Label });

        [Fact]
        public void ReferencePagePrintsItsThreeBodiesTwice()
        {
            var bodies = ContractData.AllPageBodies;
            Assert.Equal(6, bodies.Count);
            Assert.Equal(bodies.Take(3), bodies.Skip(3));
            Assert.Contains("\"PENDING_CANCEL\"", ContractData.Cancel200, StringComparison.Ordinal);
            Assert.Contains("\"code\": 403", ContractData.Cancel403, StringComparison.Ordinal);
            Assert.Contains("\"code\": 404", ContractData.Cancel404, StringComparison.Ordinal);
        }

        [Fact]
        public void ReferencePageCancelExampleReadsIntoTypedValues()
        {
            var response = ClstJson.DeserializeCancelOpenOrderResponse(ContractData.Cancel200);
            var order = response.Data;

            Assert.Equal("d40a92e6-381f-4803-b292-56d350d9d54a", order.Id);
            Assert.Equal(19816L, order.AccountId);
            Assert.Equal("my-ref-id-20251001-001", order.ClientOrderId);
            Assert.Equal(new DateTimeOffset(2025, 10, 31, 13, 30, 0, TimeSpan.Zero), order.CreatedAt);
            Assert.Equal(new DateTimeOffset(2025, 10, 31, 14, 15, 0, TimeSpan.Zero), order.UpdatedAt);
            Assert.Equal(TimeSpan.Zero, order.CreatedAt.Offset);
            Assert.Equal(10m, order.Quantity);
            Assert.Equal(5m, order.FilledQuantity);
            Assert.Equal(5m, order.LeavesQuantity);
            Assert.Equal(OrderType.Limit, order.OrderType);
            Assert.Equal(Side.Buy, order.Side);
            Assert.Equal(OrderStatus.PendingCancel, order.Status);
            Assert.Equal(TimeInForce.Day, order.TimeInForce);
            Assert.Equal("XNAS", order.Venue);
            Assert.Equal("d4d5d6d7-e4e5-f4f5-a4a5-a6a7a8a9aaab", order.InstrumentId);
            Assert.Equal("TSLA", order.Symbol);
            Assert.Equal(SecurityType.CommonStock, order.InstrumentType);
            Assert.Equal(47.95m, order.AverageFillPrice);
            Assert.Equal("48.00", order.LimitPrice!.Value.ToString(CultureInfo.InvariantCulture));
            Assert.Null(order.StopPrice);
            Assert.Null(order.LimitOffset);
            Assert.Null(order.TrailingOffset);
            Assert.Null(order.TrailingLimitPx);
            Assert.Null(order.TrailingStopPx);
            Assert.Null(order.TrailingWatermarkPx);
            Assert.Null(order.ExpiresAt);
            Assert.Null(order.ReleasesAt);
            Assert.Null(order.TrailingWatermarkTs);
            Assert.Null(order.ExtendedHours);
            Assert.Null(order.QueueState);
            Assert.Null(order.TrailingOffsetType);
            Assert.Null(order.Details);
            Assert.Null(order.UnderlyingInstrumentId);

            // The contract's point: PENDING_CANCEL is not final.
            Assert.False(order.Status.IsFinal());
            Assert.True(order.Status.IsPending());

            Assert.Null(response.Error);
            Assert.Equal("2e3f4a5b-6c7d-8e9f-0a1b-2c3d4e5f6a7b", response.Metadata.RequestId);
            Assert.Null(response.Metadata.NextPageToken);
            Assert.Null(response.Metadata.PageNumber);

            ContractAssert.OrderMatches((JsonObject)JsonNode.Parse(ContractData.Cancel200)!["data"]!, order, "reference page 200");
        }

        [Fact]
        public async Task EveryReaderOverloadGivesTheSameResponse()
        {
            var body = ContractData.Cancel200;
            var bytes = Encoding.UTF8.GetBytes(body);
            var expected = ClstJson.Serialize(ClstJson.DeserializeCancelOpenOrderResponse(body));

            Assert.Equal(expected, ClstJson.Serialize(ClstJson.DeserializeCancelOpenOrderResponse(bytes)));
            Assert.Equal(expected, ClstJson.Serialize(ClstJson.DeserializeCancelOpenOrderResponse(new MemoryStream(bytes))));
            Assert.Equal(expected, ClstJson.Serialize(await ClstJson.DeserializeCancelOpenOrderResponseAsync(new MemoryStream(bytes))));

            // The same body as a GET answer.
            Assert.Equal(expected, ClstJson.Serialize(ClstJson.DeserializeGetOrderByIdResponse(body)));
            Assert.Equal(expected, ClstJson.Serialize(ClstJson.DeserializeGetOrderByIdResponse(bytes)));
            Assert.Equal(expected, ClstJson.Serialize(ClstJson.DeserializeGetOrderByIdResponse(new MemoryStream(bytes))));
            Assert.Equal(expected, ClstJson.Serialize(await ClstJson.DeserializeGetOrderByIdResponseAsync(new MemoryStream(bytes))));

            // A byte-order mark is fine.
            var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
            Assert.Equal(expected, ClstJson.Serialize(ClstJson.DeserializeCancelOpenOrderResponse(new MemoryStream(withBom))));
        }

        [Fact]
        public void ReferencePageCancelExampleRoundTrips()
        {
            var written = ClstJson.Serialize(ClstJson.DeserializeCancelOpenOrderResponse(ContractData.Cancel200));
            ContractAssert.SameJsonValues(ContractData.Cancel200, written);

            // The exact text of the values: scale and nine-digit timestamps.
            Assert.Contains("\"limit_price\":\"48.00\"", written, StringComparison.Ordinal);
            Assert.Contains("\"quantity\":\"10\"", written, StringComparison.Ordinal);
            Assert.Contains("\"created_at\":\"2025-10-31T13:30:00.000000000Z\"", written, StringComparison.Ordinal);
            Assert.Contains("\"account_id\":19816", written, StringComparison.Ordinal);
            Assert.Contains("\"status\":\"PENDING_CANCEL\"", written, StringComparison.Ordinal);

            // Writing what was written changes nothing.
            Assert.Equal(written, ClstJson.Serialize(ClstJson.DeserializeCancelOpenOrderResponse(written)));
        }

        [Fact]
        public void ReferencePageErrorExamplesAreNotSuccessBodies()
        {
            // The client never reads a 403/404 body as a success; if something does, it is told what is missing, by name.
            ContractAssert.FailsNaming("data", () => ClstJson.DeserializeCancelOpenOrderResponse(ContractData.Cancel403));
            ContractAssert.FailsNaming("data", () => ClstJson.DeserializeGetOrderByIdResponse(ContractData.Cancel404));
        }

        [Fact]
        public void OpenApiDescriptionHasNineOrderExamples()
        {
            var examples = ContractData.OpenApiOrderExamples;
            var labels = string.Join("\n", examples.Select(e => e.Label));
            Assert.True(examples.Count == 9, labels);

            // One from each place the description shows an order.
            Assert.Single(examples, e => e.Label.Contains("ListOfOrders.value.data[0]", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.Contains("ListOfOrders.value.data[1]", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.Contains("FullSuccess.value.data[0]", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.Contains("BulkCancelAccepted.value.data[0]", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.Contains("BulkCancelAccepted.value.data[1]", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.Contains("PartiallyFilledLimitOrder.value.data", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.Contains("CancelPending.value.data", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.Contains("ReplacePending.value.data", StringComparison.Ordinal));
            Assert.Single(examples, e => e.Label.EndsWith("components.schemas.Order.example", StringComparison.Ordinal));

            // The YAML's timestamps are plain scalars (2025-10-31 13:30:00+00:00): transcribed to the wire format.
            Assert.All(examples, e => Assert.EndsWith(".000000000Z", e.Json["created_at"]!.GetValue<string>(), StringComparison.Ordinal));
            Assert.All(examples, e => Assert.EndsWith("+00:00", e.RawJson["created_at"]!.GetValue<string>(), StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(OpenApiExampleLabels))]
        public void OpenApiOrderExampleReadsIntoTypedValues(string label)
        {
            var example = ContractData.OpenApiOrderExample(label);
            var order = ClstJson.DeserializeOrder(example.Json.ToJsonString());
            ContractAssert.OrderMatches(example.Json, order, label);

            // The YAML's own timestamp text (a space, no fraction, +00:00) is RFC 3339 too, and reads as the same instant.
            var raw = ClstJson.DeserializeOrder(example.RawJson.ToJsonString());
            Assert.Equal(ClstJson.Serialize(order), ClstJson.Serialize(raw));
        }

        [Theory]
        [MemberData(nameof(OpenApiExampleLabels))]
        public void OpenApiOrderExampleRoundTrips(string label)
        {
            var example = ContractData.OpenApiOrderExample(label);
            var written = ClstJson.Serialize(ClstJson.DeserializeOrder(example.Json.ToJsonString()));
            ContractAssert.SameJsonValues(example.Json.ToJsonString(), written);
        }

        [Theory]
        [MemberData(nameof(OpenApiExampleLabels))]
        public void OpenApiOrderExampleReadsInsideEachResponseEnvelope(string label)
        {
            var example = ContractData.OpenApiOrderExample(label);
            var body = new JsonObject
            {
                ["data"] = example.Json.DeepClone(),
                ["error"] = null,
                ["metadata"] = new JsonObject { ["request_id"] = "0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f" },
            }.ToJsonString();

            var get = ClstJson.DeserializeGetOrderByIdResponse(body);
            ContractAssert.OrderMatches(example.Json, get.Data, label);
            Assert.Equal("0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f", get.Metadata.RequestId);
            ContractAssert.SameJsonValues(body, ClstJson.Serialize(get));

            var cancel = ClstJson.DeserializeCancelOpenOrderResponse(body);
            ContractAssert.OrderMatches(example.Json, cancel.Data, label);
            ContractAssert.SameJsonValues(body, ClstJson.Serialize(cancel));
        }

        [Fact]
        public void OpenApiFilledMarketSellExampleReadsIntoTypedValues()
        {
            // Hand-checked: the list example's second order.
            var example = ContractData.OpenApiOrderExamples.Single(e => e.Label.EndsWith("ListOfOrders.value.data[1]", StringComparison.Ordinal));
            var order = ClstJson.DeserializeOrder(example.Json.ToJsonString());
            Assert.Equal("0195f6c8-1a2b-7c3d-8e4f-5a6b7c8d9e0f", order.Id);
            Assert.Equal(OrderStatus.Filled, order.Status);
            Assert.True(order.Status.IsFinal());
            Assert.Equal(OrderType.Market, order.OrderType);
            Assert.Equal(Side.Sell, order.Side);
            Assert.Equal(50.03m, order.AverageFillPrice);
            Assert.Equal(0m, order.LeavesQuantity);
            Assert.Null(order.LimitPrice);
            Assert.Equal(new DateTimeOffset(2025, 10, 31, 14, 0, 5, TimeSpan.Zero), order.UpdatedAt);
        }

        [Fact]
        public void OrderSchemaExampleCarriesExtendedHoursFalse()
        {
            var example = ContractData.OpenApiOrderExamples.Single(e => e.Label.EndsWith("components.schemas.Order.example", StringComparison.Ordinal));
            var order = ClstJson.DeserializeOrder(example.Json.ToJsonString());
            Assert.Equal(false, order.ExtendedHours);
            Assert.Equal(OrderStatus.PendingNew, order.Status);
            Assert.True(order.Status.IsPending());
            Assert.Contains("\"extended_hours\":false", ClstJson.Serialize(order), StringComparison.Ordinal);
        }

        [Fact]
        public void OrderWithEveryFieldFromTheSchemaExamplesReadsAndRoundTrips()
        {
            var full = ContractData.FullOrderFromSchemaExamples();
            Assert.Equal(32, full.Count);

            var order = ClstJson.DeserializeOrder(full.ToJsonString());
            ContractAssert.OrderMatches(full, order, "full order");
            Assert.All(ContractAssert.Properties, p => Assert.NotNull(p.GetValue(order)));

            Assert.Equal(new DateTimeOffset(2025, 10, 15, 16, 0, 0, TimeSpan.Zero), order.ExpiresAt);
            Assert.Equal("0.50", order.LimitOffset!.Value.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(true, order.ExtendedHours);

            var written = ClstJson.Serialize(order);
            ContractAssert.SameJsonValues(full.ToJsonString(), written);
            Assert.Equal(32, JsonNode.Parse(written)!.AsObject().Count);
        }

        [Fact]
        public void CopiesOfTheContractMatchTheSharedOriginalsWhenTheyAreReachable()
        {
            // The test data are verbatim copies of shared/contract/; where the original is reachable (a developer's machine,
            // CI), a changed contract fails here rather than silently testing an old copy.
            var compared = 0;
            foreach (var name in new[] { "cancel-open-order.txt", "orders-openapi.yml" })
            {
                var original = FindShared(name);
                if (original != null)
                {
                    Assert.True(
                        File.ReadAllText(original) == File.ReadAllText(Path.Combine(ContractData.DataDirectory, name)),
                        name + " differs from " + original + ": copy the new contract into Analyzers.Tests/Contracts/Data/");
                    compared++;
                }
            }

            Assert.True(compared == 0 || compared == 2, "found only one of the two originals");
        }

        private static string? FindShared(string name)
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "contract", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
