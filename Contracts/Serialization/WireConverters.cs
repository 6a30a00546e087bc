using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clst.Contracts.Serialization
{
    /// <summary>
    /// Thrown by the wire converters: the value at the reader's position is not what the contract says. The serializer adds the
    /// JSON path; <see cref="ClstJson"/> turns it into a <see cref="ClstContractException"/> naming the field.
    /// </summary>
    internal sealed class WireValueException : JsonException
    {
        internal WireValueException(string expectation, string found)
            : base("expected " + expectation + ", found " + found)
        {
            Expectation = expectation;
            Found = found;
        }

        internal string Expectation { get; }

        internal string Found { get; }

        internal static string Describe(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return "the string " + Quote(reader.GetString() ?? string.Empty);
                case JsonTokenType.Number:
                    return "a JSON number";
                case JsonTokenType.True:
                case JsonTokenType.False:
                    return "a JSON boolean";
                case JsonTokenType.Null:
                    return "null";
                case JsonTokenType.StartArray:
                    return "a JSON array";
                case JsonTokenType.StartObject:
                    return "a JSON object";
                default:
                    return "a JSON " + reader.TokenType;
            }
        }

        internal static string Quote(string text)
        {
            const int Max = 40;
            return "\"" + (text.Length > Max ? text.Substring(0, Max) + "…" : text) + "\"";
        }
    }

    /// <summary>A quantity or a price: a decimal in a JSON string, scale kept. See <see cref="WireDecimal"/>.</summary>
    internal sealed class WireDecimalConverter : JsonConverter<decimal?>
    {
        public override bool HandleNull => true;

        public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new WireValueException(WireDecimal.Expectation, WireValueException.Describe(ref reader));
            }

            var text = reader.GetString()!;
            if (!WireDecimal.TryParse(text, out var value, out var problem))
            {
                throw new WireValueException(WireDecimal.Expectation, "the string " + WireValueException.Quote(text) + " (" + problem + ")");
            }

            return value;
        }

        public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
        {
            if (value is decimal d)
            {
                writer.WriteStringValue(WireDecimal.Format(d));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    /// <summary>A timestamp: RFC 3339 UTC, nine fractional digits. See <see cref="WireTimestamp"/>.</summary>
    internal sealed class WireTimestampConverter : JsonConverter<DateTimeOffset?>
    {
        public override bool HandleNull => true;

        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new WireValueException(WireTimestamp.Expectation, WireValueException.Describe(ref reader));
            }

            var text = reader.GetString()!;
            if (!WireTimestamp.TryParse(text, out var value, out var problem))
            {
                throw new WireValueException(WireTimestamp.Expectation, "the string " + WireValueException.Quote(text) + " (" + problem + ")");
            }

            return value;
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value is DateTimeOffset d)
            {
                writer.WriteStringValue(WireTimestamp.Format(d));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    /// <summary>
    /// A contract enum's wire text, kept as text: the mapper turns it into the member (a name the model does not know reads as
    /// <c>Other</c>, never an error) and keeps the text of an unknown one, so that it is written back unchanged. Only the JSON
    /// type is checked here: a string, or null.
    /// </summary>
    internal abstract class WireEnumConverter<TEnum> : JsonConverter<string>
        where TEnum : struct, Enum
    {
        private readonly WireEnum<TEnum> _wire;

        protected WireEnumConverter(WireEnum<TEnum> wire)
        {
            _wire = wire;
        }

        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    return reader.GetString();
                default:
                    throw new WireValueException(_wire.Expectation, WireValueException.Describe(ref reader));
            }
        }

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value == null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
    }

    internal sealed class OrderStatusConverter : WireEnumConverter<OrderStatus>
    {
        public OrderStatusConverter()
            : base(WireEnums.OrderStatus)
        {
        }
    }

    internal sealed class TimeInForceConverter : WireEnumConverter<TimeInForce>
    {
        public TimeInForceConverter()
            : base(WireEnums.TimeInForce)
        {
        }
    }

    internal sealed class OrderTypeConverter : WireEnumConverter<OrderType>
    {
        public OrderTypeConverter()
            : base(WireEnums.OrderType)
        {
        }
    }

    internal sealed class SideConverter : WireEnumConverter<Side>
    {
        public SideConverter()
            : base(WireEnums.Side)
        {
        }
    }

    internal sealed class SecurityTypeConverter : WireEnumConverter<SecurityType>
    {
        public SecurityTypeConverter()
            : base(WireEnums.SecurityType)
        {
        }
    }

    internal sealed class QueueStateConverter : WireEnumConverter<QueueState>
    {
        public QueueStateConverter()
            : base(WireEnums.QueueState)
        {
        }
    }

    internal sealed class TrailingOffsetTypeConverter : WireEnumConverter<TrailingOffsetType>
    {
        public TrailingOffsetTypeConverter()
            : base(WireEnums.TrailingOffsetType)
        {
        }
    }
}
