using System;
using System.Text.Json;

namespace Clst.Contracts.Serialization
{
    /// <summary>Turns the serializer's and the reader's exceptions into a <see cref="ClstContractException"/> that names the field.</summary>
    internal static class WireErrors
    {
        internal static ClstContractException Translate(JsonException ex)
        {
            var field = ToFieldPath(ex.Path);
            var where = field.Length == 0 ? "the body" : "field '" + field + "'";
            var position = ex.LineNumber.HasValue
                ? " (line " + (ex.LineNumber.Value + 1) + ", byte " + ((ex.BytePositionInLine ?? 0) + 1) + ")"
                : string.Empty;

            string message;
            if (ex is WireValueException wire)
            {
                message = where + " is invalid: expected " + wire.Expectation + ", found " + wire.Found + ".";
            }
            else if (IsReaderError(ex))
            {
                var reason = ReaderReason(ex);
                var at = field.Length == 0 ? string.Empty : " at field '" + field + "'";
                message = IsDepthLimit(reason)
                    ? "the body nests deeper than " + MaxDepth + " levels" + at + position + "."
                    : "the body is not valid JSON" + at + position + ": " + reason;
            }
            else if (IsDepthLimit(ex.Message))
            {
                message = "the body nests deeper than " + MaxDepth + " levels" + (field.Length == 0 ? string.Empty : " at field '" + field + "'") + position + ".";
            }
            else
            {
                message = where + " has the wrong JSON type or value" + position + ": expected " + Expectation(field) + ".";
            }

            return new ClstContractException(WireMapper.Prefix + message, field, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        /// <summary>The serializer's default maximum depth.</summary>
        internal const int MaxDepth = 64;

        /// <summary><c>$.data.quantity</c> → <c>data.quantity</c>; <c>$</c> or none → empty.</summary>
        internal static string ToFieldPath(string? jsonPath)
        {
            if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
            {
                return string.Empty;
            }

            if (jsonPath!.StartsWith("$.", StringComparison.Ordinal))
            {
                return jsonPath.Substring(2);
            }

            return jsonPath.StartsWith("$", StringComparison.Ordinal) ? jsonPath.Substring(1) : jsonPath;
        }

        /// <summary>What the contract expects at a field, for the serializer's own type errors (the converters say it themselves).</summary>
        internal static string Expectation(string field)
        {
            if (field.Length == 0)
            {
                return "a JSON object";
            }

            var last = field;
            var dot = field.LastIndexOf('.');
            if (dot >= 0)
            {
                last = field.Substring(dot + 1);
            }

            if (last.EndsWith("]", StringComparison.Ordinal))
            {
                // An element: data.details[3] is a string; error.details[3] is any JSON value.
                return "a JSON string";
            }

            switch (last)
            {
                case "data":
                    return "an order object";
                case "error":
                    return "an error object or null";
                case "metadata":
                    return "a metadata object";
                case "account_id":
                    return "a 64-bit integer (a JSON number without a fraction)";
                case "total_items":
                    return "a 64-bit integer (a JSON number without a fraction) or null";
                case "code":
                    return "a 32-bit integer (a JSON number without a fraction)";
                case "page_number":
                case "total_pages":
                    return "a 32-bit integer (a JSON number without a fraction) or null";
                case "extended_hours":
                    return "a JSON boolean or null";
                case "details":
                    return field.StartsWith("error.", StringComparison.Ordinal) ? "a JSON array or null" : "a JSON array of strings or null";
                case "id":
                case "client_order_id":
                case "venue":
                case "request_id":
                case "message":
                    return "a JSON string";
                default:
                    return "a JSON string or null";
            }
        }

        // "The maximum configured depth of 64 has been exceeded", "... larger than the maximum allowed depth of 64"; not the
        // reader's "Expected depth to be zero at the end of the JSON payload", which is a truncated body.
        private static bool IsDepthLimit(string text)
            => text.IndexOf("depth", StringComparison.OrdinalIgnoreCase) >= 0 && text.IndexOf("maximum", StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool IsReaderError(JsonException ex)
            => IsReaderException(ex) || (ex.InnerException is JsonException inner && IsReaderException(inner));

        // The reader's own exception type is internal to System.Text.Json: recognised by name (stable since .NET Core 3.0).
        private static bool IsReaderException(Exception ex) => ex.GetType().Name == "JsonReaderException";

        private static string ReaderReason(JsonException ex)
        {
            var text = IsReaderException(ex) ? ex.Message : ex.InnerException!.Message;

            // The reader's message ends with its own " LineNumber: ... | BytePositionInLine: ..."; we say that ourselves.
            var cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut > 0 ? text.Substring(0, cut) : text).TrimEnd();
        }
    }
}
