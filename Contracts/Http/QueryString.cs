using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Clst.Contracts.Serialization;

namespace Clst.Contracts.Http
{
    /// <summary>
    /// A query string, each parameter encoded as the OpenAPI description defines it: scalars as <c>name=value</c>, arrays with
    /// <c>style: form</c>, <c>explode: false</c> as <c>name=a,b,c</c> (each item percent-encoded, the commas not). Anything that
    /// would change the meaning of a filter is refused before a request is sent.
    /// </summary>
    internal sealed class QueryString
    {
        private readonly StringBuilder _text = new StringBuilder();

        public override string ToString() => _text.ToString();

        internal static string For(GetOrdersQuery? query)
        {
            var q = new QueryString();
            if (query == null)
            {
                return string.Empty;
            }

            if (query.PageSize is int size && (size < 1 || size > 1000))
            {
                throw new ArgumentOutOfRangeException(nameof(query), size, "GetOrdersQuery.PageSize must be 1 to 1000.");
            }

            q.Add("page_size", query.PageSize?.ToString(CultureInfo.InvariantCulture));
            q.Add("page_token", query.PageToken, "GetOrdersQuery.PageToken");
            q.AddList("order_ids", query.OrderIds, "GetOrdersQuery.OrderIds");
            q.AddList("status", Statuses(query.Statuses), "GetOrdersQuery.Statuses");
            q.Add("symbol", query.Symbol, "GetOrdersQuery.Symbol");
            q.AddList("instrument_ids", query.InstrumentIds, "GetOrdersQuery.InstrumentIds");
            q.Add("instrument_type", InstrumentType(query.InstrumentType, "GetOrdersQuery.InstrumentType"));
            q.AddList("underlying_instrument_ids", query.UnderlyingInstrumentIds, "GetOrdersQuery.UnderlyingInstrumentIds");
            q.Add("from", query.From is DateTimeOffset from ? WireTimestamp.Format(from) : null);
            q.Add("to", query.To is DateTimeOffset to ? WireTimestamp.Format(to) : null);
            return q.ToString();
        }

        internal static string For(CancelAllOpenOrdersFilter? filter)
        {
            var q = new QueryString();
            if (filter == null)
            {
                return string.Empty;
            }

            q.Add("side", filter.Side is Side side ? Known(WireEnums.Side, side, "CancelAllOpenOrdersFilter.Side") : null);
            q.Add("type", filter.OrderType is OrderType type ? Known(WireEnums.OrderType, type, "CancelAllOpenOrdersFilter.OrderType") : null);
            q.Add("instrument_type", InstrumentType(filter.InstrumentType, "CancelAllOpenOrdersFilter.InstrumentType"));
            q.AddList("instrument_ids", filter.InstrumentIds, "CancelAllOpenOrdersFilter.InstrumentIds");
            return q.ToString();
        }

        private static List<string>? Statuses(IReadOnlyList<OrderStatus>? statuses)
        {
            if (statuses == null)
            {
                return null;
            }

            var wire = new List<string>(statuses.Count);
            foreach (var status in statuses)
            {
                wire.Add(Known(WireEnums.OrderStatus, status, "GetOrdersQuery.Statuses"));
            }

            return wire;
        }

        private static string? InstrumentType(SecurityType? type, string what)
        {
            if (type == null)
            {
                return null;
            }

            // The instrument_type parameter lists COMMON_STOCK, INDEX, OPTION, CASH: no OTHER.
            if (type.Value == SecurityType.Other)
            {
                throw new ArgumentException(what + " cannot be SecurityType.Other: the instrument_type parameter has no such value.", what);
            }

            return Known(WireEnums.SecurityType, type.Value, what);
        }

        private static string Known<TEnum>(WireEnum<TEnum> wire, TEnum value, string what)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(typeof(TEnum), value))
            {
                throw new ArgumentOutOfRangeException(what, value, what + " is not a member of " + typeof(TEnum).Name + ".");
            }

            return wire.Write(value) ?? throw new ArgumentException(what + ": " + typeof(TEnum).Name + "." + value + " has no wire value.", what);
        }

        private void Add(string name, string? value, string? what = null)
        {
            if (value == null)
            {
                return;
            }

            if (what != null && value.Length == 0)
            {
                throw new ArgumentException(what + " must not be empty: pass null to leave it out.", what);
            }

            Append(name, Uri.EscapeDataString(value));
        }

        private void AddList(string name, IReadOnlyList<string>? items, string what)
        {
            if (items == null)
            {
                return;
            }

            if (items.Count == 0)
            {
                throw new ArgumentException(what + " is empty: an empty list would be left out and filter nothing. Pass null for no filter.", what);
            }

            var encoded = new StringBuilder();
            foreach (var item in items)
            {
                if (string.IsNullOrEmpty(item) || item.IndexOf(',') >= 0)
                {
                    throw new ArgumentException(
                        what + " holds " + (item == null ? "null" : "\"" + item + "\"") + ": items are sent comma-separated, so none may be empty or contain a comma.",
                        what);
                }

                encoded.Append(encoded.Length == 0 ? string.Empty : ",").Append(Uri.EscapeDataString(item));
            }

            Append(name, encoded.ToString());
        }

        private void Append(string name, string encodedValue)
            => _text.Append(_text.Length == 0 ? "?" : "&").Append(name).Append('=').Append(encodedValue);
    }
}
