using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>
    /// Test oracles written independently of the model's reader: the expected typed value of every Order property is worked out
    /// from the JSON example with the framework's own parsers and the model's attributes (wire names), then compared.
    /// </summary>
    internal static class ContractAssert
    {
        /// <summary>The 32 contract fields of Order (those with a wire name; not OtherWireValues or ExtensionData).</summary>
        private static readonly PropertyInfo[] OrderProperties =
            typeof(Order).GetProperties().Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() != null).ToArray();

        /// <summary>The wire name of every Order property, from its [JsonPropertyName].</summary>
        public static string WireName(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;

        public static IEnumerable<PropertyInfo> Properties => OrderProperties;

        /// <summary>The wire name of an enum member, from its [EnumMember].</summary>
        public static string EnumWireName(object value)
            => value.GetType().GetField(value.ToString()!)!.GetCustomAttribute<EnumMemberAttribute>()!.Value!;

        /// <summary>Every field of <paramref name="expected"/> (wire JSON) is the matching property of <paramref name="actual"/>; every
        /// property whose field is absent or null is null.</summary>
        public static void OrderMatches(JsonObject expected, Order actual, string because)
        {
            Assert.True(OrderProperties.Length == 32, "Order has 32 properties");
            foreach (var property in OrderProperties)
            {
                var wire = WireName(property);
                var node = expected[wire];
                var value = property.GetValue(actual);
                var what = because + ": " + wire;
                if (node == null)
                {
                    Assert.True(value == null, what + " is absent or null, so the property must be null, not " + value);
                    continue;
                }

                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (type == typeof(string))
                {
                    Assert.True(node.GetValue<string>() == (string?)value, what);
                }
                else if (type == typeof(long))
                {
                    Assert.True(node.GetValue<long>() == (long)value!, what);
                }
                else if (type == typeof(bool))
                {
                    Assert.True(node.GetValue<bool>() == (bool)value!, what);
                }
                else if (type == typeof(decimal))
                {
                    var text = node.GetValue<string>();
                    var d = (decimal)value!;
                    Assert.True(decimal.Parse(text, CultureInfo.InvariantCulture) == d, what + " value");
                    Assert.True(text == d.ToString(CultureInfo.InvariantCulture), what + " keeps its scale: " + text + " vs " + d.ToString(CultureInfo.InvariantCulture));
                }
                else if (type == typeof(DateTimeOffset))
                {
                    var text = node.GetValue<string>();
                    var t = (DateTimeOffset)value!;
                    Assert.True(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) == t, what + ": " + text + " vs " + t.ToString("O"));
                    Assert.True(t.Offset == TimeSpan.Zero, what + " is UTC");
                }
                else if (type.IsEnum)
                {
                    Assert.True(node.GetValue<string>() == EnumWireName(value!), what + ": " + node + " vs " + value);
                }
                else if (type == typeof(IReadOnlyList<string>))
                {
                    Assert.Equal(node.AsArray().Select(n => n!.GetValue<string>()), (IReadOnlyList<string>)value!);
                }
                else
                {
                    throw new InvalidOperationException("No oracle for " + property.Name);
                }
            }
        }

        /// <summary>The same JSON values: objects compare key by key, where an absent key and a null value are the same ("may be
        /// absent or null"); strings by value; numbers by their text.</summary>
        public static void SameJsonValues(string expected, string actual)
        {
            using var e = JsonDocument.Parse(expected);
            using var a = JsonDocument.Parse(actual);
            var difference = Difference(e.RootElement, a.RootElement, "$");
            Assert.True(difference == null, difference + "\nexpected: " + expected + "\nactual:   " + actual);
        }

        private static string? Difference(JsonElement expected, JsonElement actual, string path)
        {
            if (expected.ValueKind != actual.ValueKind)
            {
                return path + ": " + expected.ValueKind + " vs " + actual.ValueKind;
            }

            switch (expected.ValueKind)
            {
                case JsonValueKind.Object:
                    var keys = expected.EnumerateObject().Select(p => p.Name).Union(actual.EnumerateObject().Select(p => p.Name));
                    foreach (var key in keys)
                    {
                        var inExpected = expected.TryGetProperty(key, out var ev) && ev.ValueKind != JsonValueKind.Null;
                        var inActual = actual.TryGetProperty(key, out var av) && av.ValueKind != JsonValueKind.Null;
                        if (inExpected != inActual)
                        {
                            return path + "." + key + ": " + (inExpected ? "missing from the output" : "not in the input");
                        }

                        if (inExpected)
                        {
                            var inner = Difference(ev, av, path + "." + key);
                            if (inner != null)
                            {
                                return inner;
                            }
                        }
                    }

                    return null;
                case JsonValueKind.Array:
                    var ea = expected.EnumerateArray().ToList();
                    var aa = actual.EnumerateArray().ToList();
                    if (ea.Count != aa.Count)
                    {
                        return path + ": " + ea.Count + " vs " + aa.Count + " elements";
                    }

                    for (var i = 0; i < ea.Count; i++)
                    {
                        var inner = Difference(ea[i], aa[i], path + "[" + i + "]");
                        if (inner != null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValueKind.String:
                    return expected.GetString() == actual.GetString() ? null : path + ": \"" + expected.GetString() + "\" vs \"" + actual.GetString() + "\"";
                default:
                    return expected.GetRawText() == actual.GetRawText() ? null : path + ": " + expected.GetRawText() + " vs " + actual.GetRawText();
            }
        }

        /// <summary>Reading <paramref name="read"/> fails with a <see cref="ClstContractException"/> naming <paramref name="field"/>.</summary>
        public static ClstContractException FailsNaming(string field, Action read)
        {
            var ex = Assert.Throws<ClstContractException>(read);
            Assert.Equal(field, ex.FieldPath);
            Assert.Contains(field.Length == 0 ? "the body" : "'" + field + "'", ex.Message, StringComparison.Ordinal);
            return ex;
        }
    }
}
