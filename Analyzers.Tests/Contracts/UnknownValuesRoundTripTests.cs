using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>
    /// Nothing the API sends is lost through the model (issue 20): an unknown enum value reads as <c>Other</c> and keeps its wire
    /// text, an unknown field is kept, and both are written back unchanged; an <c>Other</c> that is not a wire value is never
    /// written as <c>"OTHER"</c>.
    /// </summary>
    public class UnknownValuesRoundTripTests
    {
        private static Order Read(string body) => ClstJson.DeserializeCancelOpenOrderResponse(body).Data;

        private static JsonNode? Written(Order order, string field) => JsonNode.Parse(ClstJson.Serialize(order))![field];

        [Fact]
        public void AnUnknownStatusKeepsItsTextAndTheWholeBodyRoundTrips()
        {
            var body = Bodies.Mutate(Bodies.Full(), b =>
            {
                b["data"]!["status"] = "PENDING_CANCEL_REPLACE";
                b["data"]!["queue_state"] = "HELD";
                b["data"]!["trailing_offset_type"] = "PERCENT";
                b["data"]!["instrument_type"] = "PREFERRED_STOCK";
            });

            var response = ClstJson.DeserializeCancelOpenOrderResponse(body);

            var order = response.Data;
            Assert.Equal(OrderStatus.Other, order.Status);
            Assert.Equal(QueueState.Other, order.QueueState);
            Assert.Equal(TrailingOffsetType.Other, order.TrailingOffsetType);
            Assert.Equal(SecurityType.Other, order.InstrumentType);
            Assert.Equal(
                new Dictionary<string, string>
                {
                    ["status"] = "PENDING_CANCEL_REPLACE", ["queue_state"] = "HELD", ["trailing_offset_type"] = "PERCENT", ["instrument_type"] = "PREFERRED_STOCK",
                },
                order.OtherWireValues);
            ContractAssert.SameJsonValues(body, ClstJson.Serialize(response));
        }

        [Fact]
        public void KnownValuesKeepNoText()
        {
            var order = Read(ContractData.Cancel200);
            Assert.Null(order.OtherWireValues);
            Assert.Null(order.ExtensionData);
        }

        [Fact]
        public void OtherWithoutATextIsWrittenOtherOnlyWhereTheContractHasOther()
        {
            var order = Read(ContractData.Cancel200);
            order.Status = OrderStatus.Other;
            order.Side = Side.Other;
            order.OrderType = OrderType.Other;
            order.TimeInForce = TimeInForce.Other;
            var written = JsonNode.Parse(ClstJson.Serialize(order))!;
            Assert.Equal("OTHER", written["status"]!.GetValue<string>());
            Assert.Equal("OTHER", written["side"]!.GetValue<string>());
            Assert.Equal("OTHER", written["order_type"]!.GetValue<string>());
            Assert.Equal("OTHER", written["time_in_force"]!.GetValue<string>());

            order.QueueState = QueueState.Other;
            var queue = Assert.Throws<InvalidOperationException>(() => ClstJson.Serialize(order));
            Assert.Contains("QueueState", queue.Message, StringComparison.Ordinal);
            order.QueueState = QueueState.Released;
            Assert.Equal("RELEASED", Written(order, "queue_state")!.GetValue<string>());

            order.TrailingOffsetType = TrailingOffsetType.Other;
            var offset = Assert.Throws<InvalidOperationException>(() => ClstJson.Serialize(order));
            Assert.Contains("TrailingOffsetType", offset.Message, StringComparison.Ordinal);
            order.TrailingOffsetType = null;
            Assert.Null(Written(order, "trailing_offset_type"));
        }

        [Theory]
        [InlineData("queue_state")]
        [InlineData("trailing_offset_type")]
        public void OtherOnTheWireOfAnEnumWithoutOtherIsAnUnknownValueWrittenBackAsItCame(string field)
        {
            var order = Read(Bodies.WithDataField(field, "\"OTHER\""));
            Assert.Equal("OTHER", order.OtherWireValues![field]);
            Assert.Equal("OTHER", Written(order, field)!.GetValue<string>());
        }

        [Fact]
        public void AKnownMemberSetOverAnUnknownValueWinsOverTheKeptText()
        {
            var order = Read(Bodies.WithDataField("status", "\"PENDING_CANCEL_REPLACE\""));
            order.Status = OrderStatus.Canceled;
            Assert.Equal("CANCELED", Written(order, "status")!.GetValue<string>());
            order.Status = OrderStatus.Other;
            Assert.Equal("PENDING_CANCEL_REPLACE", Written(order, "status")!.GetValue<string>());
        }

        [Fact]
        public void UnknownFieldsOfAnOrderAreKeptAndWrittenBack()
        {
            var body = Bodies.Mutate(Bodies.Cancel200(), b =>
            {
                b["data"]!["routing_hint"] = "DARK";
                b["data"]!["legs"] = new JsonArray(new JsonObject { ["ratio"] = 1, ["symbol"] = "TSLA" });
                b["data"]!["Status"] = "same name, other case";
                b["data"]!["commission"] = JsonNode.Parse("1.25e2");
            });

            var response = ClstJson.DeserializeCancelOpenOrderResponse(body);

            var extra = response.Data.ExtensionData!;
            Assert.Equal(4, extra.Count);
            Assert.Equal("DARK", extra["routing_hint"].GetString());
            Assert.Equal("TSLA", extra["legs"][0].GetProperty("symbol").GetString());
            Assert.Equal(OrderStatus.PendingCancel, response.Data.Status);
            Assert.Equal("same name, other case", extra["Status"].GetString());
            ContractAssert.SameJsonValues(body, ClstJson.Serialize(response));
            Assert.Contains("1.25e2", ClstJson.Serialize(response.Data), StringComparison.Ordinal);
        }

        [Fact]
        public void UnknownFieldsAndValuesRoundTripInAListAnswer()
        {
            var body = JsonNode.Parse(GetOrdersTests.ListOfOrders)!;
            body["data"]![0]!["status"] = "PARKED";
            body["data"]![1]!["x_fee_schedule"] = new JsonObject { ["tier"] = 2 };

            var response = ClstJson.DeserializeGetOrdersResponse(body.ToJsonString());

            Assert.Equal("PARKED", response.Data[0].OtherWireValues!["status"]);
            Assert.Equal(2, response.Data[1].ExtensionData!["x_fee_schedule"].GetProperty("tier").GetInt32());
            ContractAssert.SameJsonValues(body.ToJsonString(), ClstJson.Serialize(response));
        }

        [Fact]
        public void ExtensionDataIsTheSerializersOwnMechanism()
        {
            // Users who serialize Order themselves with System.Text.Json get the same unknown fields back.
            var order = Read(Bodies.WithDataField("routing_hint", "\"DARK\""));
            var property = typeof(Order).GetProperty(nameof(Order.ExtensionData))!;
            Assert.NotNull(Attribute.GetCustomAttribute(property, typeof(System.Text.Json.Serialization.JsonExtensionDataAttribute)));
            Assert.Equal(JsonValueKind.String, order.ExtensionData!["routing_hint"].ValueKind);
        }
    }
}
