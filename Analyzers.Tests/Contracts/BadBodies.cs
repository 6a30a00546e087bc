using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Clst.Contracts;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>What reading a bad body must give.</summary>
    internal abstract record Outcome
    {
        /// <summary>A <see cref="ClstContractException"/> naming exactly this field ("" = the body).</summary>
        public sealed record Fails(string Field) : Outcome;

        /// <summary>A <see cref="ClstContractException"/> naming some field (or the body): where a truncated or corrupted text
        /// breaks depends on the reader's position.</summary>
        public sealed record FailsSomewhere : Outcome;

        /// <summary>The response reads, and its <c>data</c> is exactly this order (wire JSON, checked by the independent oracle).</summary>
        public sealed record Reads(JsonObject Data) : Outcome;

        /// <summary>Either a correct read or a clear failure (a corrupted byte may or may not break the contract).</summary>
        public sealed record ReadsOrFails : Outcome;
    }

    /// <summary>One bad body, made on demand (some are 10 MB).</summary>
    internal sealed record BadBody(string Category, string Name, Func<byte[]> Make, Outcome Expected)
    {
        public override string ToString() => Category + ": " + Name;
    }

    /// <summary>
    /// The bad-input corpus (issue 10, item 4): every field of the contract's examples mutated (removed, null, each wrong JSON type,
    /// huge numbers, invalid timestamps, unknown enum values), extra fields of every type at every level, deep nesting, 10 MB
    /// bodies, truncation at every byte, corrupted bytes (fixed seed), broken envelopes. Deterministic: the same bodies every run.
    /// </summary>
    internal static partial class BadBodies
    {
        private enum Kind
        {
            String,
            Long,
            Decimal,
            Timestamp,
            Enum,
            Bool,
            StringArray,
        }

        private const int TenMegabytes = 10 * 1024 * 1024;

        /// <summary>The bases: the reference page's 200 body, the all-fields order, and each OpenAPI Order example in an envelope.</summary>
        public static IReadOnlyList<(string Name, JsonObject Body)> Bases()
        {
            var bases = new List<(string, JsonObject)> { ("reference page 200", Bodies.Cancel200()), ("all 32 fields", Bodies.Full()) };
            foreach (var example in ContractData.OpenApiOrderExamples)
            {
                bases.Add((example.Label, new JsonObject
                {
                    ["data"] = example.Json.DeepClone(),
                    ["error"] = null,
                    ["metadata"] = new JsonObject { ["request_id"] = "0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f" },
                }));
            }

            return bases;
        }

        /// <summary>Field mutations on every base: removed, null, every JSON type, huge numbers, timestamps, enum values.</summary>
        public static IEnumerable<BadBody> FieldMutations()
        {
            foreach (var (baseName, body) in Bases())
            {
                var data = body["data"]!.AsObject();
                foreach (var property in ContractAssert.Properties)
                {
                    var field = ContractAssert.WireName(property);
                    var kind = KindOf(property);
                    var required = ContractData.RequiredFields.Contains(field);
                    var where = baseName + " data." + field;

                    // Removed and null.
                    yield return Make("removed", where + " removed", body, d => d.Remove(field), required ? Fail("data." + field) : ReadsWith(data, field, null));
                    yield return Make("null", where + " = null", body, d => d[field] = null, required ? Fail("data." + field) : ReadsWith(data, field, null));

                    // Every JSON type, and values of the right type that are out of the contract.
                    foreach (var (label, raw) in Candidates(kind))
                    {
                        var expected = Expect(kind, field, raw, data);
                        yield return Make(CategoryOf(label), where + " = " + Shorten(label), body, d => d[field] = JsonNode.Parse(raw), expected);
                    }
                }
            }
        }

        /// <summary>Unknown fields of every JSON type at every level (ignored), and deep nesting (read below the limit, refused above it).</summary>
        public static IEnumerable<BadBody> ExtraFieldsAndNesting()
        {
            var extras = new (string Label, string Raw)[]
            {
                ("string", "\"surprise\""), ("number", "42"), ("huge number", "1e400"), ("long number", new string('9', 500)),
                ("negative", "-0.0"), ("true", "true"), ("false", "false"), ("null", "null"), ("empty array", "[]"),
                ("array", "[1,\"a\",null,{}]"), ("empty object", "{}"), ("object", "{\"status\":\"FILLED\",\"quantity\":5}"),
                ("nested 10", Nest(10, "[", "]")), ("nested 40 objects", NestObjects(40)),
                ("same name as a field, other case", "\"FILLED\""), ("unicode name", "\"x\""),
            };

            foreach (var (baseName, body) in Bases().Take(2))
            {
                var data = body["data"]!.AsObject();
                foreach (var (label, raw) in extras)
                {
                    var name = label.StartsWith("same name", StringComparison.Ordinal) ? "Status" : label == "unicode name" ? "ünïcødé_字段" : "x_extra";
                    yield return Make("extra field", baseName + " data." + name + " = " + label, body, d => d[name] = JsonNode.Parse(raw), new Outcome.Reads(data));
                    yield return MakeRoot("extra field", baseName + " root." + name + " = " + label, body, b => b[name] = JsonNode.Parse(raw), new Outcome.Reads(data));
                    yield return MakeRoot("extra field", baseName + " metadata." + name + " = " + label, body, b => b["metadata"]![name] = JsonNode.Parse(raw), new Outcome.Reads(data));
                }

                // Nesting in an unknown field: fine below the reader's limit (64 levels), refused above it, never a stack overflow.
                foreach (var depth in new[] { 1, 10, 30, 60 })
                {
                    yield return Text("deep nesting", baseName + " data.x_deep arrays " + depth, InsertIntoData(body, "\"x_deep\":" + Nest(depth, "[", "]") + ","), new Outcome.Reads(data));
                }

                foreach (var depth in new[] { 70, 1_000, 100_000, 1_000_000 })
                {
                    yield return Text("deep nesting", baseName + " data.x_deep arrays " + depth, InsertIntoData(body, "\"x_deep\":" + Nest(depth, "[", "]") + ","), Fail("data.x_deep"));
                    yield return Text("deep nesting", baseName + " data.x_deep objects " + depth, InsertIntoData(body, "\"x_deep\":" + NestObjects(depth) + ","), new Outcome.FailsSomewhere());
                }

                // Nesting in known fields: the wrong type, named.
                foreach (var depth in new[] { 2, 50 })
                {
                    yield return Make("deep nesting", baseName + " data.status nested " + depth, body, d => d["status"] = JsonNode.Parse(Nest(depth, "[", "]")), Fail("data.status"));
                }

                foreach (var depth in new[] { 2, 50, 100_000 })
                {
                    yield return Text("deep nesting", baseName + " data.details nested " + depth, ReplaceData(body, "details", Nest(depth, "[", "]")), depth < 60 ? Fail("data.details[0]") : new Outcome.FailsSomewhere());
                    yield return Text("deep nesting", baseName + " data.quantity nested " + depth, ReplaceData(body, "quantity", NestObjects(depth)), depth < 60 ? Fail("data.quantity") : new Outcome.FailsSomewhere());
                    yield return Text("deep nesting", baseName + " data nested " + depth, Encoding.UTF8.GetBytes("{\"data\":" + Nest(depth, "[", "]") + ",\"metadata\":{\"request_id\":\"r\"}}"), depth < 60 ? Fail("data") : new Outcome.FailsSomewhere());
                }

                // Duplicate keys: the last one wins (System.Text.Json's rule), for a field and for the envelope.
                var filled = (JsonObject)data.DeepClone();
                filled["status"] = "FILLED";
                yield return Text("duplicate key", baseName + " data.status twice", InsertIntoData(body, "\"status\":\"NEW\",", append: "\"status\":\"FILLED\""), new Outcome.Reads(filled));
            }
        }

        /// <summary>The envelope: data, metadata and error removed, null, of every type; the body's root of every type.</summary>
        public static IEnumerable<BadBody> Envelopes()
        {
            var body = Bodies.Cancel200();
            var data = body["data"]!.AsObject();
            foreach (var (label, raw) in new[] { ("null", "null"), ("number", "1"), ("string", "\"order\""), ("true", "true"), ("array", "[]"), ("array of order", "[" + data.ToJsonString() + "]") })
            {
                yield return MakeRoot("envelope", "data = " + label, body, b => b["data"] = JsonNode.Parse(raw), Fail("data"));
                yield return MakeRoot("envelope", "metadata = " + label, body, b => b["metadata"] = JsonNode.Parse(raw), Fail("metadata"));
                yield return MakeRoot("envelope", "metadata.request_id = " + label, body, b => b["metadata"]!["request_id"] = JsonNode.Parse(raw), label == "string" ? new Outcome.Reads(data) : Fail("metadata.request_id"));
                if (label != "null")
                {
                    yield return MakeRoot("envelope", "error = " + label, body, b => b["error"] = JsonNode.Parse(raw), Fail("error"));
                }
            }

            yield return MakeRoot("envelope", "data removed", body, b => b.Remove("data"), Fail("data"));
            yield return MakeRoot("envelope", "metadata removed", body, b => b.Remove("metadata"), Fail("metadata"));
            yield return MakeRoot("envelope", "request_id removed", body, b => b["metadata"]!.AsObject().Remove("request_id"), Fail("metadata.request_id"));
            yield return MakeRoot("envelope", "error removed", body, b => b.Remove("error"), new Outcome.Reads(data));
            yield return MakeRoot("envelope", "error = {}", body, b => b["error"] = new JsonObject(), Fail("error.code"));
            yield return MakeRoot("envelope", "error.code = \"500\"", body, b => b["error"] = JsonNode.Parse("{\"code\":\"500\",\"message\":\"m\"}"), Fail("error.code"));
            yield return MakeRoot("envelope", "error.code = 1e400", body, b => b["error"] = JsonNode.Parse("{\"code\":1e400,\"message\":\"m\"}"), Fail("error.code"));
            yield return MakeRoot("envelope", "error.code = 3000000000", body, b => b["error"] = JsonNode.Parse("{\"code\":3000000000,\"message\":\"m\"}"), Fail("error.code"));
            yield return MakeRoot("envelope", "error.message = 5", body, b => b["error"] = JsonNode.Parse("{\"code\":500,\"message\":5}"), Fail("error.message"));
            yield return MakeRoot("envelope", "error.details = \"x\"", body, b => b["error"] = JsonNode.Parse("{\"code\":500,\"message\":\"m\",\"details\":\"x\"}"), Fail("error.details"));
            yield return MakeRoot("envelope", "error with details", body, b => b["error"] = JsonNode.Parse("{\"code\":500,\"message\":\"m\",\"details\":[1,{},[],null]}"), new Outcome.Reads(data));
            foreach (var (field, raw) in new[] { ("page_number", "\"1\""), ("page_number", "1.5"), ("page_number", "1e400"), ("total_pages", "3000000000"), ("total_items", "9223372036854775808"), ("next_page_token", "5"), ("previous_page_token", "[]") })
            {
                yield return MakeRoot("envelope", "metadata." + field + " = " + raw, body, b => b["metadata"]![field] = JsonNode.Parse(raw), Fail("metadata." + field));
            }

            // Roots that are not an object, and texts that are not JSON.
            var roots = new[]
            {
                "", " ", "\n\t ", "null", "true", "0", "-1", "1e400", "\"text\"", "[]", "[{}]", "{}", "{", "}", "{\"data\":", "{'data':{}}",
                "<html><body>502 Bad Gateway</body></html>", "data=1&metadata=2", "{\"data\":{}} trailing", ContractData.Cancel200 + ContractData.Cancel200,
                "/* comment */" + ContractData.Cancel200, ContractData.Cancel200.Replace("\"venue\": \"XNAS\"", "\"venue\": \"XNAS\",", StringComparison.Ordinal),
                ContractData.Cancel200.Replace("\"", "'", StringComparison.Ordinal), "\u0000", "\uFEFF",
            };
            foreach (var root in roots)
            {
                yield return Text("not JSON or not an object", "root " + Shorten(root), Encoding.UTF8.GetBytes(root), new Outcome.FailsSomewhere());
            }

            yield return Text("not JSON or not an object", "root {} names data", Encoding.UTF8.GetBytes("{}"), Fail("data"));
            yield return Text("not JSON or not an object", "invalid UTF-8", new byte[] { 0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D }, new Outcome.FailsSomewhere());
            var invalidUtf8InValue = Encoding.UTF8.GetBytes(ContractData.Cancel200.Replace("TSLA", "TS\u0001A", StringComparison.Ordinal));
            var at = Array.IndexOf(invalidUtf8InValue, (byte)1);
            invalidUtf8InValue[at] = 0xC3;
            yield return Text("not JSON or not an object", "invalid UTF-8 in data.symbol", invalidUtf8InValue, new Outcome.FailsSomewhere());
            yield return Text("not JSON or not an object", "lone surrogate escape in data.symbol", Encoding.UTF8.GetBytes(ContractData.Cancel200.Replace("TSLA", "\\uD800", StringComparison.Ordinal)), Fail("data.symbol"));
            yield return Text("not JSON or not an object", "control character in data.symbol", Encoding.UTF8.GetBytes(ContractData.Cancel200.Replace("TSLA", "TS\tA", StringComparison.Ordinal)), Fail("data.symbol"));
        }

        /// <summary>The reference page's 200 body (as printed, and minified) cut after every byte: always a clear failure.</summary>
        public static IEnumerable<BadBody> Truncations()
        {
            foreach (var (label, text) in new[] { ("as printed", ContractData.Cancel200), ("minified", Bodies.Cancel200().ToJsonString()) })
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                for (var length = 0; length < bytes.Length; length++)
                {
                    var cut = length;
                    yield return new BadBody("truncated", label + " cut at byte " + cut, () => bytes.AsSpan(0, cut).ToArray(), new Outcome.FailsSomewhere());
                }
            }
        }

        /// <summary>Single bytes of the all-fields body replaced (fixed seed): each reads correctly or fails clearly; nothing else.</summary>
        public static IEnumerable<BadBody> Corruptions(int count = 1_000)
        {
            var bytes = Encoding.UTF8.GetBytes(Bodies.Full().ToJsonString());
            var random = new Random(20251031);
            var replacements = new byte[] { (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'\\', (byte)'0', (byte)'9', (byte)'x', (byte)' ', 0x00, 0x80, 0xFF };
            for (var i = 0; i < count; i++)
            {
                var position = random.Next(bytes.Length);
                var replacement = replacements[random.Next(replacements.Length)];
                var copy = (byte[])bytes.Clone();
                copy[position] = replacement;
                yield return new BadBody("corrupted byte", "byte " + position + " = 0x" + replacement.ToString("X2", CultureInfo.InvariantCulture), () => copy, new Outcome.ReadsOrFails());
            }
        }

        /// <summary>10 MB bodies: padding, huge strings in string fields, huge arrays, huge numbers, huge garbage.</summary>
        public static IEnumerable<BadBody> Huge()
        {
            var body = Bodies.Cancel200();
            var data = body["data"]!.AsObject();
            var big = new string('A', TenMegabytes);

            yield return new BadBody("10 MB", "10 MB of whitespace around the body", () => Encoding.UTF8.GetBytes(new string(' ', TenMegabytes / 2) + ContractData.Cancel200 + new string('\n', TenMegabytes / 2)), new Outcome.Reads(data));
            foreach (var field in new[] { "id", "client_order_id", "venue", "symbol", "instrument_id", "underlying_instrument_id" })
            {
                var expected = (JsonObject)data.DeepClone();
                expected[field] = big;
                yield return Lazy("10 MB", "10 MB string in data." + field, body, d => d[field] = big, new Outcome.Reads(expected));
            }

            var other = (JsonObject)data.DeepClone();
            other["status"] = "OTHER";
            yield return Lazy("10 MB", "10 MB unknown status", body, d => d["status"] = big, new Outcome.Reads(other));
            yield return Lazy("10 MB", "10 MB of digits in data.quantity", body, d => d["quantity"] = new string('9', TenMegabytes), Fail("data.quantity"));
            yield return Lazy("10 MB", "10 MB timestamp in data.created_at", body, d => d["created_at"] = big, Fail("data.created_at"));
            yield return Text("10 MB", "10 MB number in data.account_id", () => ReplaceData(body, "account_id", new string('9', TenMegabytes))(), Fail("data.account_id"));
            yield return Lazy("10 MB", "10 MB string in an extra field", body, d => d["x_extra"] = big, new Outcome.Reads(data));
            yield return Text("10 MB", "10 MB array of numbers in an extra field", () => InsertIntoData(body, "\"x_extra\":[" + new StringBuilder(TenMegabytes).Insert(0, "123456,", TenMegabytes / 7).Append('0') + "],")(), new Outcome.Reads(data));

            var manyDetails = Enumerable.Range(0, 100_000).Select(i => "detail " + i.ToString(CultureInfo.InvariantCulture) + new string('.', 95)).ToArray();
            var withDetails = (JsonObject)data.DeepClone();
            withDetails["details"] = new JsonArray(manyDetails.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
            yield return Lazy("10 MB", "100 000 details (10 MB)", body, d => d["details"] = withDetails["details"]!.DeepClone(), new Outcome.Reads(withDetails));
            yield return Lazy("10 MB", "10 MB details with a number at the end", body, d => d["details"] = new JsonArray(manyDetails.Select(x => (JsonNode?)JsonValue.Create(x)).Append(JsonValue.Create(1)).ToArray()), Fail("data.details[100000]"));
            yield return new BadBody("10 MB", "10 MB of '['", () => Encoding.UTF8.GetBytes(new string('[', TenMegabytes)), new Outcome.FailsSomewhere());
            yield return new BadBody("10 MB", "10 MB of '{\"a\":'", () => Encoding.UTF8.GetBytes(new StringBuilder(TenMegabytes).Insert(0, "{\"a\":", TenMegabytes / 5).ToString()), new Outcome.FailsSomewhere());
            yield return new BadBody("10 MB", "10 MB unterminated string", () => Encoding.UTF8.GetBytes("{\"data\":{\"id\":\"" + big), new Outcome.FailsSomewhere());
            yield return new BadBody("10 MB", "10 MB of random bytes (fixed seed)", () =>
            {
                var random = new Random(7);
                var bytes = new byte[TenMegabytes];
                random.NextBytes(bytes);
                return bytes;
            }, new Outcome.FailsSomewhere());
            yield return new BadBody("10 MB", "10 MB array of orders as the body", () => Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(ContractData.Cancel200, TenMegabytes / ContractData.Cancel200.Length)) + "]"), Fail(string.Empty));
        }
    }
}
