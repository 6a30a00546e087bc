using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Clst.Contracts.Http
{
    /// <summary>
    /// Reads a 2xx answer. Such an answer means the API accepted the request (a cancel may have taken effect), so a body that
    /// cannot be read must never look like a failed request: it becomes a <see cref="ClstContractException"/> that says the
    /// request was accepted and carries the status, the request id when the body still gives it, and the start of the body.
    /// </summary>
    internal static class SuccessBody
    {
        /// <summary>The exception quotes at most this many bytes of the raw body.</summary>
        internal const int MaxQuotedBytes = 4096;

        internal static async Task<T> ReadAsync<T>(HttpResponseMessage response, Func<byte[], T> read, CancellationToken cancellationToken)
        {
            // The whole body is read first, so that after a failure the request id can still be looked for after the broken part.
            var body = response.Content == null ? Array.Empty<byte>() : await ReadAllAsync(response.Content, cancellationToken).ConfigureAwait(false);
            try
            {
                return read(body);
            }
            catch (ClstContractException ex)
            {
                throw Accepted((int)response.StatusCode, response.ReasonPhrase, body, ex);
            }
        }

        internal static ClstContractException Accepted(int status, string? reason, byte[] body, ClstContractException problem)
        {
            var requestId = FindRequestId(body);
            var quoted = Quote(body);
            var message = "The Clear Street API ACCEPTED the request (HTTP " + status.ToString(CultureInfo.InvariantCulture)
                + (string.IsNullOrEmpty(reason) ? string.Empty : " " + reason)
                + (requestId == null ? ", no readable request id" : ", request id " + requestId)
                + "), but its answer cannot be read, so what was done is not known from it: read the order back before you retry or "
                + "report a failure. " + problem.Message
                + (body.Length == 0 ? " The body is empty." : " Body" + (body.Length > MaxQuotedBytes ? " (first " + MaxQuotedBytes + " of " + body.Length.ToString(CultureInfo.InvariantCulture) + " bytes)" : string.Empty) + ": " + Snippet(quoted));
            return new ClstContractException(message, problem.FieldPath, status, requestId, quoted, problem);
        }

        /// <summary>
        /// <c>metadata.request_id</c> of a body that may be broken anywhere: the tokens are read in order until the id is found
        /// or the text stops being JSON.
        /// </summary>
        internal static string? FindRequestId(byte[] body)
        {
            var bom = body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF ? 3 : 0;
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(body, bom, body.Length - bom), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            try
            {
                var inMetadata = false;
                while (reader.Read())
                {
                    if (reader.TokenType != JsonTokenType.PropertyName)
                    {
                        continue;
                    }

                    if (reader.CurrentDepth == 1 && reader.ValueTextEquals("metadata"))
                    {
                        reader.Read();
                        inMetadata = reader.TokenType == JsonTokenType.StartObject;
                    }
                    else if (inMetadata && reader.CurrentDepth == 2 && reader.ValueTextEquals("request_id"))
                    {
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            return reader.GetString();
                        }
                    }
                    else if (reader.CurrentDepth == 1)
                    {
                        inMetadata = false;
                    }
                }
            }
            catch (JsonException)
            {
                // The text stops being JSON here: no request id after this point.
            }
            catch (InvalidOperationException)
            {
                // An invalid string (bad UTF-8, lone surrogate) as the id.
            }

            return null;
        }

        private static string Quote(byte[] body)
        {
            var length = Math.Min(body.Length, MaxQuotedBytes);
            var text = Encoding.UTF8.GetString(body, 0, length);

            // A cut in the middle of a UTF-8 sequence decodes as U+FFFD at the end: drop it.
            return length < body.Length ? text.TrimEnd('\uFFFD') : text;
        }

        private static string Snippet(string text)
        {
            const int Max = 200;
            var builder = new StringBuilder("\"");
            foreach (var c in text)
            {
                if (builder.Length > Max)
                {
                    builder.Append('…');
                    break;
                }

                builder.Append(char.IsControl(c) ? ' ' : c);
            }

            return builder.Append('"').ToString();
        }

        private static async Task<byte[]> ReadAllAsync(HttpContent content, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            using (var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
#else
            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
#endif
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
                return buffer.ToArray();
            }
        }
    }
}
