using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;
using System.Text.Json.Nodes;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>The wire facts of the contract (continued): required and optional fields, the envelope, the model's own API.</summary>
    public partial class WireFormatTests
    {
        // ---- required and optional fields ------------------------------------------------------------------------

        public static IEnumerable<object[]> RequiredFields => ContractData.RequiredFields.Select(f => new object[] { f });

        public static IEnumerable<object[]> OptionalFields
            => ContractAssert.Properties.Select(ContractAssert.WireName).Except(ContractData.RequiredFields).Select(f => new object[] { f });

        [Fact]
        public void ThirteenRequiredAndNineteenOptionalFields()
        {
            Assert.Equal(13, RequiredFields.Count());
            Assert.Equal(19, OptionalFields.Count());
        }

        [Theory]
        [MemberData(nameof(RequiredFields))]
        public void MissingRequiredFieldIsRefusedNamingIt(string field)
        {
            var ex = ContractAssert.FailsNaming("data." + field, () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.WithoutDataField(Bodies.Cancel200(), field)));
            Assert.Contains("required", ex.Message, StringComparison.Ordinal);
            Assert.Equal("$.data." + field, ex.Path);

            // Without the envelope, the field is named from the order's root.
            var order = (JsonObject)JsonNode.Parse(ContractData.Cancel200)!["data"]!;
            order.Remove(field);
            ContractAssert.FailsNaming(field, () => ClstJson.DeserializeOrder(order.ToJsonString()));
        }

        [Theory]
        [MemberData(nameof(RequiredFields))]
        public void NullRequiredFieldIsRefusedNamingIt(string field)
        {
            var ex = ContractAssert.FailsNaming("data." + field, () => ReadWith(field, "null"));
            Assert.Contains("required", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void SeveralMissingRequiredFieldsAreAllNamed()
        {
            var body = Bodies.Cancel200();
            var data = body["data"]!.AsObject();
            data.Remove("venue");
            data.Remove("filled_quantity");
            data.Remove("side");
            var ex = ContractAssert.FailsNaming("data.filled_quantity", () => ClstJson.DeserializeCancelOpenOrderResponse(body.ToJsonString()));
            Assert.Contains("'data.side'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("'data.venue'", ex.Message, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(OptionalFields))]
        public void OptionalFieldMayBeAbsentOrNull(string field)
        {
            var absent = ClstJson.DeserializeCancelOpenOrderResponse(Bodies.WithoutDataField(Bodies.Full(), field)).Data;
            var isNull = ClstJson.DeserializeCancelOpenOrderResponse(Bodies.WithDataField(Bodies.Full(), field, "null")).Data;
            foreach (var order in new[] { absent, isNull })
            {
                foreach (var property in ContractAssert.Properties)
                {
                    var value = property.GetValue(order);
                    if (ContractAssert.WireName(property) == field)
                    {
                        Assert.Null(value);
                    }
                    else
                    {
                        Assert.NotNull(value);
                    }
                }

                Assert.DoesNotContain("\"" + field + "\"", ClstJson.Serialize(order), StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("id")]
        [InlineData("client_order_id")]
        [InlineData("venue")]
        [InlineData("symbol")]
        [InlineData("instrument_id")]
        [InlineData("underlying_instrument_id")]
        public void StringFieldOfAnotherJsonTypeIsRefusedNamingIt(string field)
        {
            foreach (var raw in new[] { "1", "1.5", "true", "[]", "[\"a\"]", "{}" })
            {
                var ex = ContractAssert.FailsNaming("data." + field, () => ReadWith(field, raw));
                Assert.Contains("JSON string", ex.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ExtendedHoursIsABoolean()
        {
            Assert.Equal(true, ReadWith("extended_hours", "true").ExtendedHours);
            Assert.Equal(false, ReadWith("extended_hours", "false").ExtendedHours);
            foreach (var raw in new[] { "\"true\"", "1", "0", "[]", "{}" })
            {
                var ex = ContractAssert.FailsNaming("data.extended_hours", () => ReadWith("extended_hours", raw));
                Assert.Contains("boolean", ex.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void DetailsIsAnArrayOfStrings()
        {
            Assert.Equal(new[] { "a", "b" }, ReadWith("details", "[\"a\",\"b\"]").Details);
            Assert.Empty(ReadWith("details", "[]").Details!);
            ContractAssert.FailsNaming("data.details", () => ReadWith("details", "\"a\""));
            ContractAssert.FailsNaming("data.details", () => ReadWith("details", "{}"));
            ContractAssert.FailsNaming("data.details[1]", () => ReadWith("details", "[\"a\",1]"));
            ContractAssert.FailsNaming("data.details[0]", () => ReadWith("details", "[[]]"));
            ContractAssert.FailsNaming("data.details[2]", () => ReadWith("details", "[\"a\",\"b\",null]"));
        }

        // ---- envelope --------------------------------------------------------------------------------------------

        [Fact]
        public void EnvelopeFieldsAreCheckedByName()
        {
            ContractAssert.FailsNaming("data", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b.Remove("data"))));
            ContractAssert.FailsNaming("data", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["data"] = null)));
            ContractAssert.FailsNaming("data", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["data"] = new JsonArray())));
            ContractAssert.FailsNaming("data", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["data"] = "order")));
            ContractAssert.FailsNaming("metadata", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b.Remove("metadata"))));
            ContractAssert.FailsNaming("metadata", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["metadata"] = 5)));
            ContractAssert.FailsNaming("metadata.request_id", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["metadata"] = new JsonObject())));
            ContractAssert.FailsNaming("metadata.request_id", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["metadata"]!["request_id"] = 5)));
            ContractAssert.FailsNaming("metadata.page_number", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["metadata"]!["page_number"] = "1")));
            ContractAssert.FailsNaming("error", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["error"] = "boom")));
            ContractAssert.FailsNaming("error.message", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["error"] = new JsonObject { ["code"] = 500 })));
            ContractAssert.FailsNaming("error.code", () => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.Mutate(Bodies.Cancel200(), b => b["error"] = new JsonObject { ["message"] = "x" })));
            ContractAssert.FailsNaming(string.Empty, () => ClstJson.DeserializeCancelOpenOrderResponse("null"));
            ContractAssert.FailsNaming(string.Empty, () => ClstJson.DeserializeCancelOpenOrderResponse("[]"));
            ContractAssert.FailsNaming(string.Empty, () => ClstJson.DeserializeCancelOpenOrderResponse(string.Empty));
            ContractAssert.FailsNaming(string.Empty, () => ClstJson.DeserializeOrder("null"));
        }

        [Fact]
        public void MetadataPagingAndErrorDetailsAreRead()
        {
            var body = Bodies.Mutate(Bodies.Cancel200(), b =>
            {
                b["metadata"] = JsonNode.Parse("{\"request_id\":\"r\",\"next_page_token\":\"n\",\"previous_page_token\":\"p\",\"page_number\":1,\"total_pages\":3,\"total_items\":9223372036854775807}");
                b["error"] = JsonNode.Parse("{\"code\":400,\"message\":\"Risk check failed\",\"details\":[{\"type\":\"BUYING_POWER\"},1,null]}");
            });
            var response = ClstJson.DeserializeCancelOpenOrderResponse(body);
            Assert.Equal("n", response.Metadata.NextPageToken);
            Assert.Equal("p", response.Metadata.PreviousPageToken);
            Assert.Equal(1, response.Metadata.PageNumber);
            Assert.Equal(3, response.Metadata.TotalPages);
            Assert.Equal(long.MaxValue, response.Metadata.TotalItems);
            Assert.Equal(400, response.Error!.Code);
            Assert.Equal("Risk check failed", response.Error.Message);
            Assert.Equal(3, response.Error.Details!.Count);
            Assert.Equal("BUYING_POWER", response.Error.Details[0].GetProperty("type").GetString());
            ContractAssert.SameJsonValues(body, ClstJson.Serialize(response));
        }

        // ---- the model's own API ---------------------------------------------------------------------------------

        [Fact]
        public void SerializeRefusesNull()
        {
            Assert.Throws<ArgumentNullException>(() => ClstJson.Serialize((Order)null!));
            Assert.Throws<ArgumentNullException>(() => ClstJson.Serialize((CancelOpenOrderResponse)null!));
            Assert.Throws<ArgumentNullException>(() => ClstJson.Serialize((GetOrderByIdResponse)null!));
            Assert.Throws<ArgumentNullException>(() => ClstJson.DeserializeOrder((string)null!));
        }

        [Fact]
        public void ContractExceptionIsAJsonExceptionWithThePath()
        {
            var ex = ContractAssert.FailsNaming("data.quantity", () => ReadWith("quantity", "\"x\""));
            Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex);
            Assert.Equal("$.data.quantity", ex.Path);
            Assert.NotNull(ex.LineNumber);
        }
    }
}
