using System;
using System.Text.Json;

namespace Clst.Contracts
{
    /// <summary>
    /// A JSON body is not the contract: a required field is missing or null, a field has the wrong JSON type, a quantity or a
    /// price is not a decimal, a timestamp is not RFC 3339, or the text is not JSON at all. The message names the field
    /// (<see cref="FieldPath"/>, such as <c>data.filled_quantity</c>); no half-filled model is ever returned instead.
    /// </summary>
    /// <remarks>
    /// <para>It is a <see cref="JsonException"/>, so code that already catches the serializer's errors catches it too.
    /// <see cref="JsonException.Path"/> holds the same field as a JSON path (<c>$.data.filled_quantity</c>).</para>
    /// <para>From <see cref="ClstOrdersClient"/>, for a 2xx answer: <see cref="RequestAccepted"/> is true and the message says
    /// first that <b>the API accepted the request</b> (a cancel may have taken effect: read the order back before you retry or
    /// report a failure); <see cref="StatusCode"/> is the HTTP status, <see cref="RequestId"/> the body's
    /// <c>metadata.request_id</c> when it can be read (the contract names no request-id header, so none is read), and
    /// <see cref="ResponseBody"/> the start of the raw body. The original reading error is the
    /// <see cref="Exception.InnerException"/>.</para>
    /// </remarks>
    public class ClstContractException : JsonException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong, naming the field.</param>
        /// <param name="fieldPath">The field, dotted from the body's root (<c>data.filled_quantity</c>, <c>data.details[2]</c>); empty for the body itself.</param>
        /// <param name="lineNumber">The zero-based line of the problem in the body, when known.</param>
        /// <param name="bytePositionInLine">The zero-based byte position in that line, when known.</param>
        /// <param name="innerException">The serializer's or reader's own exception, if any.</param>
        public ClstContractException(string message, string fieldPath, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
            : base(message, ToJsonPath(fieldPath), lineNumber, bytePositionInLine, innerException)
        {
            FieldPath = fieldPath ?? string.Empty;
        }

        /// <summary>Creates the exception for a 2xx answer that cannot be read: the request was accepted.</summary>
        /// <param name="message">What happened: that the request was accepted, and what is wrong with the body, naming the field.</param>
        /// <param name="fieldPath">The field at fault, dotted from the body's root; empty for the body itself.</param>
        /// <param name="statusCode">The HTTP status of the answer (2xx).</param>
        /// <param name="requestId">The body's <c>metadata.request_id</c>, when it could be read.</param>
        /// <param name="responseBody">The start of the raw body (bounded), as text.</param>
        /// <param name="innerException">The reading error.</param>
        public ClstContractException(string message, string fieldPath, int statusCode, string? requestId, string? responseBody, Exception? innerException)
            : this(message, fieldPath, (innerException as JsonException)?.LineNumber, (innerException as JsonException)?.BytePositionInLine, innerException)
        {
            StatusCode = statusCode;
            RequestId = requestId;
            ResponseBody = responseBody;
        }

        /// <summary>The field at fault, dotted from the body's root (<c>data.filled_quantity</c>); empty when the body as a whole is at fault.</summary>
        public string FieldPath { get; }

        /// <summary>The HTTP status of the answer whose body could not be read; null when the JSON did not come from an HTTP answer.</summary>
        public int? StatusCode { get; }

        /// <summary>
        /// True when the body came with a 2xx status: the API accepted the request (a cancel may have taken effect), only its
        /// answer could not be read.
        /// </summary>
        public bool RequestAccepted => StatusCode is int status && status >= 200 && status <= 299;

        /// <summary>The answer's <c>metadata.request_id</c> when it could be read from the body, to quote to support; otherwise null.</summary>
        public string? RequestId { get; }

        /// <summary>The start of the raw body (at most 4 KiB, decoded as UTF-8); null when the JSON did not come from an HTTP answer.</summary>
        public string? ResponseBody { get; }

        private static string ToJsonPath(string? fieldPath)
        {
            if (string.IsNullOrEmpty(fieldPath))
            {
                return "$";
            }

            return fieldPath![0] == '[' ? "$" + fieldPath : "$." + fieldPath;
        }
    }
}
