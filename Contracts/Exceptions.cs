using System;

namespace Clst.Contracts
{
    /// <summary>A non-2xx answer of the API, with the body's error and request id when the body carried them.</summary>
    public class ClstApiException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ClstApiException(int statusCode, ApiError? apiError, string? requestId, string? message = null, Exception? innerException = null)
            : base(message ?? Describe(statusCode, apiError, requestId), innerException)
        {
            StatusCode = statusCode;
            ApiError = apiError;
            RequestId = requestId;
        }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary>The error the API sent, if the body carried one.</summary>
        public ApiError? ApiError { get; }

        /// <summary>The request id the API sent, if any.</summary>
        public string? RequestId { get; }

        private static string Describe(int statusCode, ApiError? apiError, string? requestId)
        {
            var text = "The Clear Street API answered HTTP " + statusCode;
            if (!string.IsNullOrEmpty(apiError?.Message))
            {
                text += ": " + apiError!.Message;
            }

            if (!string.IsNullOrEmpty(requestId))
            {
                text += " (request id " + requestId + ")";
            }

            return text + ".";
        }
    }

    /// <summary>HTTP 403: the caller may not act on this account or order.</summary>
    public class ClstPermissionDeniedException : ClstApiException
    {
        /// <summary>Creates the exception.</summary>
        public ClstPermissionDeniedException(ApiError? apiError, string? requestId, string? message = null, Exception? innerException = null)
            : base(403, apiError, requestId, message, innerException)
        {
        }
    }

    /// <summary>HTTP 404: no such account or order.</summary>
    public class ClstNotFoundException : ClstApiException
    {
        /// <summary>Creates the exception.</summary>
        public ClstNotFoundException(ApiError? apiError, string? requestId, string? message = null, Exception? innerException = null)
            : base(404, apiError, requestId, message, innerException)
        {
        }
    }
}
