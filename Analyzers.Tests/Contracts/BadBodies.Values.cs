using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>How <see cref="BadBodies"/> makes its bodies: the values tried on each field, what reading them must give, and the builders.</summary>
    internal static partial class BadBodies
    {
        // ---- the values tried on each field --------------------------------------------------------------------------

        private static IEnumerable<(string Label, string Raw)> Candidates(Kind kind)
        {
            // Every JSON type.
            yield return ("number 1", "1");
            yield return ("number -1.5", "-1.5");
            yield return ("true", "true");
            yield return ("false", "false");
            yield return ("string \"abc\"", "\"abc\"");
            yield return ("empty string", "\"\"");
            yield return ("empty array", "[]");
            yield return ("array of string", "[\"a\"]");
            yield return ("array of number", "[1]");
            yield return ("empty object", "{}");
            yield return ("object", "{\"value\":\"48.00\"}");

            // Huge numbers, as JSON numbers and as strings.
            yield return ("huge: 1e400", "1e400");
            yield return ("huge: -1e400", "-1e400");
            yield return ("huge: 2^63", "9223372036854775808");
            yield return ("huge: -2^63-1", "-9223372036854775809");
            yield return ("huge: 2^63-1", "9223372036854775807");
            yield return ("huge: 1e-400", "1e-400");
            yield return ("huge: 400 digits", new string('9', 400));
            yield return ("huge: \"1e400\"", "\"1e400\"");
            yield return ("huge: \"79228162514264337593543950336\"", "\"79228162514264337593543950336\"");
            yield return ("huge: \"400 digits\"", "\"" + new string('9', 400) + "\"");
            yield return ("huge: \"0.(40 zeros)1\"", "\"0." + new string('0', 40) + "1\"");

            if (kind == Kind.Timestamp)
            {
                foreach (var bad in new[]
                {
                    "2025-10-31", "2025-10-31T13:30:00", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-10-31T25:00:00Z",
                    "2025-10-31T13:61:00Z", "2016-12-31T23:59:60Z", "0000-01-01T00:00:00Z", "2025-10-31T13:30:00.0000000000Z",
                    "2025-10-31T13:30:00+25:00", "31/10/2025 13:30", "1761917400", "yesterday", "2025-10-31T13:30:00.Z",
                })
                {
                    yield return ("timestamp: " + bad, "\"" + bad + "\"");
                }

                yield return ("timestamp as number", "1761917400");
            }

            if (kind == Kind.Enum)
            {
                foreach (var unknown in new[] { "SOMETHING_NEW", "pending_cancel", " NEW", "OTHER", "PREFERRED_STOCK", "DAY_PLUS" })
                {
                    yield return ("enum: " + unknown, "\"" + unknown + "\"");
                }
            }
        }

        private static string CategoryOf(string label)
            => label.StartsWith("huge", StringComparison.Ordinal) ? "huge number"
                : label.StartsWith("timestamp", StringComparison.Ordinal) ? "invalid timestamp"
                : label.StartsWith("enum", StringComparison.Ordinal) ? "unknown enum value"
                : "wrong JSON type";

        /// <summary>What the contract says a field of this kind must give for this raw JSON value.</summary>
        private static Outcome Expect(Kind kind, string field, string raw, JsonObject data)
        {
            var node = JsonNode.Parse(raw);
            var isString = raw.StartsWith("\"", StringComparison.Ordinal);
            switch (kind)
            {
                case Kind.String:
                    return isString ? ReadsWith(data, field, node) : Fail("data." + field);
                case Kind.Long:
                    return long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? ReadsWith(data, field, node) : Fail("data." + field);
                case Kind.Bool:
                    return raw == "true" || raw == "false" ? ReadsWith(data, field, node) : Fail("data." + field);
                case Kind.Enum:
                    if (!isString)
                    {
                        return Fail("data." + field);
                    }

                    var text = node!.GetValue<string>();
                    return ReadsWith(data, field, KnownWire(field, text) ? text : "OTHER");
                case Kind.StringArray:
                    return raw == "[]" || raw == "[\"a\"]" ? ReadsWith(data, field, node) : raw == "[1]" ? Fail("data." + field + "[0]") : Fail("data." + field);
                case Kind.Decimal:
                    // Only plain decimal strings that a decimal holds exactly are quantities; none of the candidates is one.
                    return Fail("data." + field);
                case Kind.Timestamp:
                    return Fail("data." + field);
                default:
                    throw new InvalidOperationException(kind.ToString());
            }
        }

        private static bool KnownWire(string field, string wire)
        {
            var property = ContractAssert.Properties.Single(p => ContractAssert.WireName(p) == field);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            return type.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => ContractAssert.EnumWireName(f.GetValue(null)!) == wire);
        }

        private static Kind KindOf(PropertyInfo property)
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            return type == typeof(string) ? Kind.String
                : type == typeof(long) ? Kind.Long
                : type == typeof(decimal) ? Kind.Decimal
                : type == typeof(DateTimeOffset) ? Kind.Timestamp
                : type.IsEnum ? Kind.Enum
                : type == typeof(bool) ? Kind.Bool
                : type == typeof(IReadOnlyList<string>) ? Kind.StringArray
                : throw new InvalidOperationException(property.Name);
        }

        // ---- building bodies -----------------------------------------------------------------------------------------

        private static Outcome Fail(string field) => new Outcome.Fails(field);

        private static Outcome ReadsWith(JsonObject data, string field, JsonNode? value)
        {
            var expected = (JsonObject)data.DeepClone();
            expected[field] = value?.DeepClone();
            return new Outcome.Reads(expected);
        }

        private static BadBody Make(string category, string name, JsonObject body, Action<JsonObject> changeData, Outcome expected)
        {
            var copy = (JsonObject)body.DeepClone();
            changeData(copy["data"]!.AsObject());
            var bytes = Encoding.UTF8.GetBytes(copy.ToJsonString());
            return new BadBody(category, name, () => bytes, expected);
        }

        private static BadBody MakeRoot(string category, string name, JsonObject body, Action<JsonObject> change, Outcome expected)
        {
            var copy = (JsonObject)body.DeepClone();
            change(copy);
            var bytes = Encoding.UTF8.GetBytes(copy.ToJsonString());
            return new BadBody(category, name, () => bytes, expected);
        }

        private static BadBody Lazy(string category, string name, JsonObject body, Action<JsonObject> changeData, Outcome expected)
            => new BadBody(category, name, () =>
            {
                var copy = (JsonObject)body.DeepClone();
                changeData(copy["data"]!.AsObject());
                return Encoding.UTF8.GetBytes(copy.ToJsonString());
            }, expected);

        private static BadBody Text(string category, string name, byte[] bytes, Outcome expected) => new BadBody(category, name, () => bytes, expected);

        private static BadBody Text(string category, string name, Func<byte[]> make, Outcome expected) => new BadBody(category, name, make, expected);

        /// <summary>Text insertion (for what JsonNode cannot build: nesting deeper than its own limit, duplicate keys).</summary>
        private static Func<byte[]> InsertIntoData(JsonObject body, string prefix, string append = "")
            => () =>
            {
                var json = body.ToJsonString();
                const string Marker = "\"data\":{";
                var at = json.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
                var text = json.Substring(0, at) + prefix + json.Substring(at);
                if (append.Length > 0)
                {
                    var end = text.IndexOf("},\"error\"", StringComparison.Ordinal);
                    text = text.Substring(0, end) + "," + append + text.Substring(end);
                }

                return Encoding.UTF8.GetBytes(text);
            };

        /// <summary>The body with <c>data.<paramref name="field"/></c>'s value replaced by raw text.</summary>
        private static Func<byte[]> ReplaceData(JsonObject body, string field, string raw)
            => () =>
            {
                var copy = (JsonObject)body.DeepClone();
                copy["data"]![field] = "__REPLACE_ME__";
                return Encoding.UTF8.GetBytes(copy.ToJsonString().Replace("\"__REPLACE_ME__\"", raw, StringComparison.Ordinal));
            };

        private static string Nest(int depth, string open, string close)
            => new StringBuilder(depth * 2).Insert(0, open, depth).Insert(depth, close, depth).ToString();

        private static string NestObjects(int depth)
            => new StringBuilder(depth * 6).Insert(0, "{\"a\":", depth).Append('1').Append('}', depth).ToString();

        private static string Shorten(string text)
        {
            var printable = new string(text.Select(c => char.IsControl(c) ? '·' : c).ToArray());
            return printable.Length > 40 ? printable.Substring(0, 40) + "… (" + printable.Length + " chars)" : printable;
        }
    }
}
