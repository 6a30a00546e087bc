using System;
using System.Text.Json.Nodes;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>Bodies built from the contract's examples by changing one thing.</summary>
    internal static class Bodies
    {
        /// <summary>The reference page's 200 body as a mutable tree.</summary>
        public static JsonObject Cancel200() => (JsonObject)JsonNode.Parse(ContractData.Cancel200)!;

        /// <summary>A response whose <c>data</c> is the order with all 32 fields (from the OpenAPI schema's examples).</summary>
        public static JsonObject Full()
            => new JsonObject
            {
                ["data"] = ContractData.FullOrderFromSchemaExamples(),
                ["error"] = null,
                ["metadata"] = new JsonObject { ["request_id"] = "2e3f4a5b-6c7d-8e9f-0a1b-2c3d4e5f6a7b" },
            };

        /// <summary>The reference page's 200 body with <c>data.<paramref name="field"/></c> set to <paramref name="value"/> (raw JSON).</summary>
        public static string WithDataField(string field, string value) => WithDataField(Cancel200(), field, value);

        public static string WithDataField(JsonObject body, string field, string value)
        {
            // Numbers keep their raw text (1e400, 9223372036854775808) through JsonNode.
            body["data"]![field] = JsonNode.Parse(value);
            return body.ToJsonString();
        }

        /// <summary>The body without <c>data.<paramref name="field"/></c>.</summary>
        public static string WithoutDataField(JsonObject body, string field)
        {
            body["data"]!.AsObject().Remove(field);
            return body.ToJsonString();
        }

        public static string Mutate(JsonObject body, Action<JsonObject> change)
        {
            change(body);
            return body.ToJsonString();
        }
    }
}
