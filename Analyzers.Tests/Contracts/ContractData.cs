using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>
    /// The contract's examples, taken from verbatim copies of <c>shared/contract/cancel-open-order.txt</c> and
    /// <c>orders-openapi.yml</c> (in <c>Contracts/Data/</c>): the page's JSON bodies are cut out of the text, and the OpenAPI
    /// description is parsed as YAML, so no example is transcribed by hand and none can be forgotten.
    /// </summary>
    internal static class ContractData
    {
        /// <summary>The Order schema's required fields, in the contract README's order.</summary>
        public static readonly string[] RequiredFields =
        {
            "id", "account_id", "client_order_id", "created_at", "filled_quantity", "leaves_quantity", "order_type",
            "quantity", "side", "status", "time_in_force", "updated_at", "venue",
        };

        private static readonly Lazy<IReadOnlyList<string>> PageBodies = new Lazy<IReadOnlyList<string>>(LoadPageBodies);
        private static readonly Lazy<YamlMappingNode> OpenApi = new Lazy<YamlMappingNode>(LoadOpenApi);
        private static readonly Lazy<IReadOnlyList<OrderExample>> Examples = new Lazy<IReadOnlyList<OrderExample>>(LoadOrderExamples);

        public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Contracts", "Data");

        /// <summary>Every JSON body printed on the reference page, in page order (the page prints its three examples twice).</summary>
        public static IReadOnlyList<string> AllPageBodies => PageBodies.Value;

        /// <summary>The reference page's 200 example: a cancel answered <c>PENDING_CANCEL</c>.</summary>
        public static string Cancel200 => PageBodies.Value[0];

        /// <summary>The reference page's 403 example.</summary>
        public static string Cancel403 => PageBodies.Value[1];

        /// <summary>The reference page's 404 example.</summary>
        public static string Cancel404 => PageBodies.Value[2];

        /// <summary>Every <c>Order</c> example of the OpenAPI description.</summary>
        public static IReadOnlyList<OrderExample> OpenApiOrderExamples => Examples.Value;

        public static OrderExample OpenApiOrderExample(string label) => Examples.Value.Single(e => e.Label == label);

        /// <summary>A response example of the OpenAPI description, as the JSON the API sends (timestamps in the wire format).</summary>
        public static string OpenApiResponseExample(string path, string method, string status, string name)
        {
            var response = (YamlMappingNode)OpenApi.Value["paths"][path][method]["responses"][status];
            var example = response["content"]["application/json"]["examples"][name]["value"];
            return YamlJson.ToJson(example, rawTimestamps: false)!.ToJsonString();
        }

        /// <summary>
        /// An order with all 32 fields, built from the OpenAPI Order schema's own per-property <c>example</c> values (for a
        /// property without one: the schema's whole-order example, else the first value of the referenced enum; for <c>details</c>,
        /// which has neither, two strings).
        /// </summary>
        public static JsonObject FullOrderFromSchemaExamples()
        {
            var schemas = (YamlMappingNode)OpenApi.Value["components"]["schemas"];
            var properties = (YamlMappingNode)schemas["Order"]["properties"];
            var wholeExample = (YamlMappingNode)schemas["Order"]["example"];
            var order = new JsonObject();
            foreach (var entry in properties.Children)
            {
                var name = ((YamlScalarNode)entry.Key).Value!;
                var property = (YamlMappingNode)entry.Value;
                if (property.Children.TryGetValue(new YamlScalarNode("example"), out var example))
                {
                    order[name] = YamlJson.ToJson(example, rawTimestamps: false);
                }
                else if (wholeExample.Children.TryGetValue(new YamlScalarNode(name), out var fromWhole))
                {
                    order[name] = YamlJson.ToJson(fromWhole, rawTimestamps: false);
                }
                else if (name == "details")
                {
                    order[name] = new JsonArray("Cancel requested by the client", "Partially filled before cancel");
                }
                else
                {
                    var reference = FindRef(property) ?? throw new InvalidOperationException("No example and no enum for " + name);
                    var values = (YamlSequenceNode)schemas[reference.Split('/').Last()]["enum"];
                    order[name] = ((YamlScalarNode)values.Children[0]).Value;
                }
            }

            return order;
        }

        /// <summary>The enum values the OpenAPI description lists for a schema (such as <c>OrderStatus</c>).</summary>
        public static IReadOnlyList<string> OpenApiEnum(string schema)
            => ((YamlSequenceNode)OpenApi.Value["components"]["schemas"][schema]["enum"]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();

        private static string? FindRef(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var child in mapping.Children)
                    {
                        if (child.Key is YamlScalarNode { Value: "$ref" } && child.Value is YamlScalarNode target)
                        {
                            return target.Value;
                        }

                        var found = FindRef(child.Value);
                        if (found != null)
                        {
                            return found;
                        }
                    }

                    return null;
                case YamlSequenceNode sequence:
                    return sequence.Children.Select(FindRef).FirstOrDefault(r => r != null);
                default:
                    return null;
            }
        }

        private static IReadOnlyList<string> LoadPageBodies()
        {
            var text = File.ReadAllText(Path.Combine(DataDirectory, "cancel-open-order.txt"));
            var bytes = Encoding.UTF8.GetBytes(text);
            var bodies = new List<string>();
            var position = 0;
            while (position < bytes.Length)
            {
                // A body starts with a '{' at the start of a line.
                var start = Array.IndexOf(bytes, (byte)'{', position);
                if (start < 0)
                {
                    break;
                }

                if (start > 0 && bytes[start - 1] != (byte)'\n')
                {
                    position = start + 1;
                    continue;
                }

                var reader = new Utf8JsonReader(bytes.AsSpan(start), isFinalBlock: true, state: default);
                reader.Read();
                reader.Skip();
                var length = (int)reader.BytesConsumed;
                bodies.Add(Encoding.UTF8.GetString(bytes, start, length));
                position = start + length;
            }

            return bodies;
        }

        private static YamlMappingNode LoadOpenApi()
        {
            using var reader = new StreamReader(Path.Combine(DataDirectory, "orders-openapi.yml"));
            var stream = new YamlStream();
            stream.Load(reader);
            return (YamlMappingNode)stream.Documents.Single().RootNode;
        }

        private static IReadOnlyList<OrderExample> LoadOrderExamples()
        {
            var found = new List<OrderExample>();
            Walk(OpenApi.Value, "openapi", found);
            return found;
        }

        private static void Walk(YamlNode node, string label, List<OrderExample> found)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    // An Order example: a mapping that gives a scalar for each of the 13 required fields (the schema's own
                    // "properties" mapping has the same keys, but maps them to sub-schemas).
                    if (RequiredFields.All(f => mapping.Children.TryGetValue(new YamlScalarNode(f), out var v) && v is YamlScalarNode))
                    {
                        found.Add(new OrderExample(
                            label,
                            (JsonObject)YamlJson.ToJson(mapping, rawTimestamps: false)!,
                            (JsonObject)YamlJson.ToJson(mapping, rawTimestamps: true)!));
                        return;
                    }

                    foreach (var child in mapping.Children)
                    {
                        Walk(child.Value, label + "." + ((YamlScalarNode)child.Key).Value, found);
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        Walk(sequence.Children[i], label + "[" + i + "]", found);
                    }

                    break;
            }
        }
    }

    /// <summary>One Order example of the OpenAPI description.</summary>
    /// <param name="Label">Where it is in the YAML (dotted keys).</param>
    /// <param name="Json">As the API sends it: timestamps in the wire format, <c>2025-10-31T13:30:00.000000000Z</c>.</param>
    /// <param name="RawJson">With the timestamps as the YAML prints them, <c>2025-10-31 13:30:00+00:00</c>.</param>
    internal sealed record OrderExample(string Label, JsonObject Json, JsonObject RawJson)
    {
        public override string ToString() => Label;
    }

    /// <summary>YAML to JSON by the YAML core schema: quoted scalars are strings; plain ones may be null, booleans, numbers or timestamps.</summary>
    internal static class YamlJson
    {
        private static readonly Regex Integer = new Regex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex Float = new Regex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

        // The YAML 1.1 timestamp type (the description's timestamps are plain scalars such as 2025-10-31 13:30:00+00:00).
        private static readonly Regex Timestamp = new Regex(
            @"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$",
            RegexOptions.CultureInvariant);

        public static JsonNode? ToJson(YamlNode node, bool rawTimestamps)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var child in mapping.Children)
                    {
                        obj[((YamlScalarNode)child.Key).Value!] = ToJson(child.Value, rawTimestamps);
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    return new JsonArray(sequence.Children.Select(c => ToJson(c, rawTimestamps)).ToArray());
                case YamlScalarNode scalar:
                    return Scalar(scalar, rawTimestamps);
                default:
                    throw new NotSupportedException(node.GetType().Name);
            }
        }

        private static JsonNode? Scalar(YamlScalarNode scalar, bool rawTimestamps)
        {
            var value = scalar.Value ?? string.Empty;
            if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
            {
                return JsonValue.Create(value);
            }

            switch (value)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return null;
                case "true":
                case "True":
                case "TRUE":
                    return JsonValue.Create(true);
                case "false":
                case "False":
                case "FALSE":
                    return JsonValue.Create(false);
            }

            if (Integer.IsMatch(value))
            {
                return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
            }

            if (Float.IsMatch(value))
            {
                return JsonNode.Parse(value.TrimStart('+'));
            }

            if (Timestamp.IsMatch(value))
            {
                if (rawTimestamps)
                {
                    return JsonValue.Create(value);
                }

                var instant = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
                return JsonValue.Create(instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "00Z");
            }

            return JsonValue.Create(value);
        }
    }
}
