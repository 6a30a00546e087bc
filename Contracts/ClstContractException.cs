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
    /// It is a <see cref="JsonException"/>, so code that already catches the serializer's errors catches it too.
    /// <see cref="JsonException.Path"/> holds the same field as a JSON path (<c>$.data.filled_quantity</c>).
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

        /// <summary>The field at fault, dotted from the body's root (<c>data.filled_quantity</c>); empty when the body as a whole is at fault.</summary>
        public string FieldPath { get; }

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
