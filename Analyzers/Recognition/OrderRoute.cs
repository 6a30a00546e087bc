using System;
using System.Text;

namespace Clst.Analyzers.Recognition
{
    /// <summary>Which of the contract's two order routes a route template or URL is.</summary>
    internal enum OrderRouteKind
    {
        None = 0,

        /// <summary><c>/v1/accounts/{account_id}/orders/{order_id}</c>: one order.</summary>
        Order,

        /// <summary><c>/v1/accounts/{account_id}/orders</c>: the account's orders.</summary>
        Orders,
    }

    /// <summary>The HTTP method of a request, as far as the code says it.</summary>
    internal enum HttpVerb
    {
        None = 0,
        Get,
        Delete,
        Other,
    }

    /// <summary>
    /// Reads a route as the code carries it — a Refit or ASP.NET-style template (<c>/v1/accounts/{account_id}/orders/{order_id}</c>),
    /// Kiota's URL template (<c>{+baseurl}/v1/accounts/{account_id}/orders{?from*,…}</c>), the text NSwag's URL builder appends
    /// (<c>v1/accounts/{}/orders/{}</c>, a hole where a value goes) or an interpolated string — and says which order route it is.
    /// Parameter names do not matter (each hole is a path segment's value); the base URL before <c>accounts/</c>, a trailing
    /// slash and the query are ignored; the letters are compared without case (paths are written in lower case by the contract).
    /// </summary>
    internal static class OrderRoute
    {
        private const string OrderSuffix = "accounts/{}/orders/{}";
        private const string OrdersSuffix = "accounts/{}/orders";

        public static OrderRouteKind Classify(string? route)
        {
            if (string.IsNullOrEmpty(route))
            {
                return OrderRouteKind.None;
            }

            var normal = Normalize(route!);
            if (EndsWithSegment(normal, OrderSuffix))
            {
                return OrderRouteKind.Order;
            }

            return EndsWithSegment(normal, OrdersSuffix) ? OrderRouteKind.Orders : OrderRouteKind.None;
        }

        /// <summary>The HTTP method a name says (<c>Delete</c>, <c>DeleteAttribute</c>, <c>HttpDelete</c>, <c>"DELETE"</c>).</summary>
        public static HttpVerb VerbOfName(string? name)
        {
            if (name == null)
            {
                return HttpVerb.None;
            }

            if (name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            if (name.StartsWith("Http", StringComparison.Ordinal) && name.Length > 4)
            {
                name = name.Substring(4);
            }

            return name.ToUpperInvariant() switch
            {
                "DELETE" => HttpVerb.Delete,
                "GET" => HttpVerb.Get,
                "POST" or "PUT" or "PATCH" or "HEAD" or "OPTIONS" => HttpVerb.Other,
                _ => HttpVerb.None,
            };
        }

        /// <summary>Lower case, the query cut off, every <c>{…}</c> hole written <c>{}</c>, no trailing slash.</summary>
        private static string Normalize(string route)
        {
            var builder = new StringBuilder(route.Length);
            for (int i = 0; i < route.Length; i++)
            {
                char c = route[i];
                if (c == '?' || c == '#' || (c == '{' && i + 1 < route.Length && route[i + 1] == '?'))
                {
                    break;
                }

                if (c == '{')
                {
                    int close = route.IndexOf('}', i + 1);
                    if (close < 0)
                    {
                        break;
                    }

                    builder.Append("{}");
                    i = close;
                    continue;
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            while (builder.Length > 0 && builder[builder.Length - 1] == '/')
            {
                builder.Length--;
            }

            return builder.ToString();
        }

        private static bool EndsWithSegment(string route, string suffix)
        {
            if (!route.EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }

            int start = route.Length - suffix.Length;
            return start == 0 || route[start - 1] == '/' || route[start - 1] == '}';
        }
    }
}
