using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json.Nodes;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>The wire facts of the contract, one by one: decimals, timestamps, account ids, enums, required and optional fields.</summary>
    public partial class WireFormatTests
    {
        private static Order ReadWith(string field, string rawValue)
            => ClstJson.DeserializeCancelOpenOrderResponse(Bodies.WithDataField(field, rawValue)).Data;

        private static string WrittenValue(Order order, string field)
            => JsonNode.Parse(ClstJson.Serialize(order))![field]!.ToJsonString();

        // ---- decimals --------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("48.00")]
        [InlineData("47.95")]
        [InlineData("10")]
        [InlineData("0")]
        [InlineData("0.50")]
        [InlineData("-0.50")]
        [InlineData("0.000000001")]
        [InlineData("115.0000")]
        [InlineData("79228162514264337593543950335")]
        [InlineData("-79228162514264337593543950335")]
        [InlineData("7.922816251426433759354395033")]
        [InlineData("0.0000000000000000000000000001")]
        public void DecimalStringsKeepValueAndScale(string text)
        {
            var order = ReadWith("limit_offset", "\"" + text + "\"");
            Assert.Equal(decimal.Parse(text, CultureInfo.InvariantCulture), order.LimitOffset);
            Assert.Equal("\"" + text + "\"", WrittenValue(order, "limit_offset"));
        }

        [Theory]
        [InlineData("+1.5", "1.5")]
        [InlineData("007", "7")]
        [InlineData("00.50", "0.50")]
        [InlineData("-0", "0")]
        [InlineData("-0.00", "0.00")]
        public void NonCanonicalDecimalStringsReadExactlyAndWriteCanonically(string text, string written)
        {
            var order = ReadWith("quantity", "\"" + text + "\"");
            Assert.Equal(decimal.Parse(text, CultureInfo.InvariantCulture), order.Quantity);
            Assert.Equal("\"" + written + "\"", WrittenValue(order, "quantity"));
        }

        [Theory]
        [InlineData("\"\"")]
        [InlineData("\" 1\"")]
        [InlineData("\"1 \"")]
        [InlineData("\"1e3\"")]
        [InlineData("\"1E-2\"")]
        [InlineData("\"1,000\"")]
        [InlineData("\"1.\"")]
        [InlineData("\".5\"")]
        [InlineData("\"0x10\"")]
        [InlineData("\"ten\"")]
        [InlineData("\"NaN\"")]
        [InlineData("\"Infinity\"")]
        [InlineData("\"1.2.3\"")]
        [InlineData("\"--1\"")]
        [InlineData("\"٣\"")]
        [InlineData("\"79228162514264337593543950336\"")]
        [InlineData("\"0.00000000000000000000000000001\"")]
        [InlineData("\"1.0000000000000000000000000000001\"")]
        [InlineData("\"0.1234567890123456789012345678901\"")]
        [InlineData("10")]
        [InlineData("10.5")]
        [InlineData("true")]
        [InlineData("[]")]
        [InlineData("{}")]
        public void BadQuantityIsRefusedNamingTheField(string rawValue)
        {
            var ex = ContractAssert.FailsNaming("data.filled_quantity", () => ReadWith("filled_quantity", rawValue));
            Assert.Contains("decimal", ex.Message, StringComparison.Ordinal);
        }

        // ---- timestamps ------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("2025-10-31T13:30:00.000000000Z", 0L, "2025-10-31T13:30:00.000000000Z")]
        [InlineData("2025-10-31T13:30:00Z", 0L, "2025-10-31T13:30:00.000000000Z")]
        [InlineData("2025-10-31T13:30:00.5Z", 5_000_000L, "2025-10-31T13:30:00.500000000Z")]
        [InlineData("2025-10-31T13:30:00.123Z", 1_230_000L, "2025-10-31T13:30:00.123000000Z")]
        [InlineData("2025-10-31T13:30:00.1234567Z", 1_234_567L, "2025-10-31T13:30:00.123456700Z")]
        [InlineData("2025-10-31T13:30:00.123456789Z", 1_234_567L, "2025-10-31T13:30:00.123456700Z")]
        [InlineData("2025-10-31T13:30:00.999999999Z", 9_999_999L, "2025-10-31T13:30:00.999999900Z")]
        [InlineData("2025-10-31T13:30:00.000000099Z", 0L, "2025-10-31T13:30:00.000000000Z")]
        [InlineData("2025-10-31 13:30:00+00:00", 0L, "2025-10-31T13:30:00.000000000Z")]
        [InlineData("2025-10-31t13:30:00z", 0L, "2025-10-31T13:30:00.000000000Z")]
        [InlineData("2025-10-31T15:30:00.000000000+02:00", 0L, "2025-10-31T13:30:00.000000000Z")]
        [InlineData("2025-10-31T08:00:00-05:30", 0L, "2025-10-31T13:30:00.000000000Z")]
        [InlineData("2025-10-31T13:30:00-00:00", 0L, "2025-10-31T13:30:00.000000000Z")]
        public void TimestampsReadAsUtcAndWriteWithNineDigits(string text, long subSecondTicks, string written)
        {
            var order = ReadWith("updated_at", "\"" + text + "\"");
            var expected = new DateTimeOffset(2025, 10, 31, 13, 30, 0, TimeSpan.Zero).AddTicks(subSecondTicks);
            Assert.Equal(expected, order.UpdatedAt);
            Assert.Equal(TimeSpan.Zero, order.UpdatedAt.Offset);
            Assert.Equal("\"" + written + "\"", WrittenValue(order, "updated_at"));
        }

        [Fact]
        public void TimestampExtremesRoundTrip()
        {
            foreach (var text in new[] { "0001-01-01T00:00:00.000000000Z", "9999-12-31T23:59:59.999999900Z", "2024-02-29T00:00:00.000000000Z" })
            {
                var order = ReadWith("expires_at", "\"" + text + "\"");
                Assert.Equal("\"" + text + "\"", WrittenValue(order, "expires_at"));
            }
        }

        [Theory]
        [InlineData("\"\"")]
        [InlineData("\"not a date\"")]
        [InlineData("\"2025-10-31\"")]
        [InlineData("\"2025-10-31T13:30:00\"")]
        [InlineData("\"2025-10-31T13:30Z\"")]
        [InlineData("\"2025-10-31T13:30:00.Z\"")]
        [InlineData("\"2025-10-31T13:30:00.0000000000Z\"")]
        [InlineData("\"2025-13-01T13:30:00Z\"")]
        [InlineData("\"2025-00-10T13:30:00Z\"")]
        [InlineData("\"2025-02-29T13:30:00Z\"")]
        [InlineData("\"2025-04-31T13:30:00Z\"")]
        [InlineData("\"2025-10-31T24:00:00Z\"")]
        [InlineData("\"2025-10-31T13:60:00Z\"")]
        [InlineData("\"2016-12-31T23:59:60Z\"")]
        [InlineData("\"0000-01-01T00:00:00Z\"")]
        [InlineData("\"0001-01-01T00:00:00+01:00\"")]
        [InlineData("\"9999-12-31T23:59:59-01:00\"")]
        [InlineData("\"2025-10-31T13:30:00+24:00\"")]
        [InlineData("\"2025-10-31T13:30:00+0200\"")]
        [InlineData("\"2025-10-31T13:30:00 Z\"")]
        [InlineData("\"2025-10-31X13:30:00Z\"")]
        [InlineData("\"+2025-10-31T13:30:00Z\"")]
        [InlineData("\"31/10/2025 13:30:00\"")]
        [InlineData("\"2025-10-31T13:30:00.000000000Z \"")]
        [InlineData("1761917400")]
        [InlineData("1761917400.5")]
        [InlineData("true")]
        [InlineData("[]")]
        [InlineData("{}")]
        public void BadTimestampIsRefusedNamingTheField(string rawValue)
        {
            var ex = ContractAssert.FailsNaming("data.created_at", () => ReadWith("created_at", rawValue));
            Assert.Contains("RFC 3339", ex.Message, StringComparison.Ordinal);
        }

        // ---- account_id ------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("9223372036854775807", long.MaxValue)]
        [InlineData("-9223372036854775808", long.MinValue)]
        [InlineData("0", 0L)]
        [InlineData("100001", 100001L)]
        public void AccountIdIsA64BitInteger(string rawValue, long expected)
        {
            var order = ReadWith("account_id", rawValue);
            Assert.Equal(expected, order.AccountId);
            Assert.Equal(rawValue, WrittenValue(order, "account_id"));
        }

        [Theory]
        [InlineData("9223372036854775808")]
        [InlineData("-9223372036854775809")]
        [InlineData("1e400")]
        [InlineData("1e3")]
        [InlineData("19816.0")]
        [InlineData("19816.5")]
        [InlineData("\"19816\"")]
        [InlineData("true")]
        [InlineData("[19816]")]
        [InlineData("{}")]
        public void BadAccountIdIsRefusedNamingTheField(string rawValue)
        {
            var ex = ContractAssert.FailsNaming("data.account_id", () => ReadWith("account_id", rawValue));
            Assert.Contains("64-bit integer", ex.Message, StringComparison.Ordinal);
        }

        // ---- enums -----------------------------------------------------------------------------------------------

        /// <summary>Every contract enum, with a field of the Order that has that type.</summary>
        public static IEnumerable<object[]> EnumFields()
        {
            yield return new object[] { "status", typeof(OrderStatus), true };
            yield return new object[] { "time_in_force", typeof(TimeInForce), true };
            yield return new object[] { "order_type", typeof(OrderType), true };
            yield return new object[] { "side", typeof(Side), true };
            yield return new object[] { "instrument_type", typeof(SecurityType), false };
            yield return new object[] { "queue_state", typeof(QueueState), false };
            yield return new object[] { "trailing_offset_type", typeof(TrailingOffsetType), false };
        }

        private static object? PropertyOf(Order order, string wire)
            => ContractAssert.Properties.Single(p => ContractAssert.WireName(p) == wire).GetValue(order);

        [Theory]
        [MemberData(nameof(EnumFields))]
        public void EveryEnumMemberReadsAndWritesByWireName(string field, Type enumType, bool required)
        {
            _ = required;
            var members = enumType.GetFields(BindingFlags.Public | BindingFlags.Static);
            Assert.NotEmpty(members);
            foreach (var member in members)
            {
                var wire = member.GetCustomAttribute<EnumMemberAttribute>()!.Value!;
                var order = ReadWith(field, "\"" + wire + "\"");
                Assert.Equal(member.GetValue(null), PropertyOf(order, field));
                Assert.Equal("\"" + wire + "\"", WrittenValue(order, field));
            }
        }

        [Theory]
        [MemberData(nameof(EnumFields))]
        public void UnknownEnumValueReadsAsOtherAndKeepsItsWireText(string field, Type enumType, bool required)
        {
            _ = required;
            var other = Enum.Parse(enumType, "Other");
            foreach (var wire in new[] { "SOMETHING_NEW", "", " ", "pending_cancel", "Buy", "OTHER ", "PREFERRED_STOCK", "🙂", new string('X', 10_000) })
            {
                var order = ReadWith(field, JsonValue.Create(wire)!.ToJsonString());
                Assert.Equal(other, PropertyOf(order, field));
                Assert.Equal(wire, order.OtherWireValues![field]);
                Assert.Equal(JsonValue.Create(wire)!.ToJsonString(), WrittenValue(order, field));
            }
        }

        [Theory]
        [MemberData(nameof(EnumFields))]
        public void NullEnumIsRefusedWhenRequiredAndNullWhenOptional(string field, Type enumType, bool required)
        {
            _ = enumType;
            if (required)
            {
                var ex = ContractAssert.FailsNaming("data." + field, () => ReadWith(field, "null"));
                Assert.Contains("required", ex.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(PropertyOf(ReadWith(field, "null"), field));
            }
        }

        [Theory]
        [MemberData(nameof(EnumFields))]
        public void WrongTypedEnumIsRefusedNamingTheField(string field, Type enumType, bool required)
        {
            _ = required;
            foreach (var raw in new[] { "0", "7", "-1", "true", "false", "[]", "[\"NEW\"]", "{}", "{\"value\":\"NEW\"}" })
            {
                var ex = ContractAssert.FailsNaming("data." + field, () => ReadWith(field, raw));
                Assert.Contains(enumType.Name, ex.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ModelNamesEveryEnumValueOfTheOpenApiDescription()
        {
            var pairs = new (string Schema, Type Type)[]
            {
                ("OrderStatus", typeof(OrderStatus)), ("TimeInForce", typeof(TimeInForce)), ("OrderType", typeof(OrderType)),
                ("Side", typeof(Side)), ("SecurityType", typeof(SecurityType)), ("QueueState", typeof(QueueState)),
                ("TrailingOffsetType", typeof(TrailingOffsetType)),
            };
            foreach (var (schema, type) in pairs)
            {
                var named = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Select(f => f.GetCustomAttribute<EnumMemberAttribute>()!.Value).ToHashSet();
                foreach (var wire in ContractData.OpenApiEnum(schema))
                {
                    Assert.True(named.Contains(wire), type.Name + " has no member for " + wire);
                    var order = ReadWith("status", "\"NEW\"");
                    Assert.NotNull(order);
                }

                Assert.Contains("OTHER", named);
            }
        }
    }
}
