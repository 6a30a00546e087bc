using System;
using System.Collections.Generic;

namespace Clst.Contracts
{
    /// <summary>
    /// The filters and paging of <c>GET /v1/accounts/{account_id}/orders</c> (<c>get_orders</c>). Every property is optional;
    /// null leaves the parameter out. Lists are sent comma-separated (<c>status=NEW,PARTIALLY_FILLED</c>: OpenAPI
    /// <c>style: form</c>, <c>explode: false</c>), each item percent-encoded.
    /// </summary>
    /// <remarks>
    /// A list must not be empty (leaving the parameter out would mean "no filter", the opposite of an empty set: pass null for
    /// that) and no item may be empty or contain a comma (the API would read two items). <see cref="InstrumentType"/> cannot be
    /// <see cref="SecurityType.Other"/>: the parameter has no such value. Such a query is refused with
    /// <see cref="ArgumentException"/> before anything is sent.
    /// </remarks>
    public sealed class GetOrdersQuery
    {
        /// <summary><c>status</c>: only orders in one of these statuses.</summary>
        public IReadOnlyList<OrderStatus>? Statuses { get; set; }

        /// <summary><c>order_ids</c>: only these orders.</summary>
        public IReadOnlyList<string>? OrderIds { get; set; }

        /// <summary><c>symbol</c>: only orders in this symbol.</summary>
        public string? Symbol { get; set; }

        /// <summary><c>instrument_ids</c>: instrument ids (UUID) or symbols (equity tickers, OSI option symbols).</summary>
        public IReadOnlyList<string>? InstrumentIds { get; set; }

        /// <summary><c>underlying_instrument_ids</c>: options orders whose resolved underlier is one of these.</summary>
        public IReadOnlyList<string>? UnderlyingInstrumentIds { get; set; }

        /// <summary><c>instrument_type</c>: only this type of instrument.</summary>
        public SecurityType? InstrumentType { get; set; }

        /// <summary><c>from</c>: the start of the range, inclusive (sent as RFC 3339 UTC).</summary>
        public DateTimeOffset? From { get; set; }

        /// <summary><c>to</c>: the end of the range, inclusive (sent as RFC 3339 UTC).</summary>
        public DateTimeOffset? To { get; set; }

        /// <summary><c>page_size</c>: 1 to 1000 (the API's default is 1000); ignored by the API when <see cref="PageToken"/> is set.</summary>
        public int? PageSize { get; set; }

        /// <summary><c>page_token</c>: a previous answer's <see cref="ResponseMetadata.NextPageToken"/> or <see cref="ResponseMetadata.PreviousPageToken"/>.</summary>
        public string? PageToken { get; set; }

        /// <summary>A copy with another page token (the filters must be sent again with every page).</summary>
        internal GetOrdersQuery WithPageToken(string? pageToken)
            => new GetOrdersQuery
            {
                Statuses = Statuses,
                OrderIds = OrderIds,
                Symbol = Symbol,
                InstrumentIds = InstrumentIds,
                UnderlyingInstrumentIds = UnderlyingInstrumentIds,
                InstrumentType = InstrumentType,
                From = From,
                To = To,
                PageSize = PageSize,
                PageToken = pageToken,
            };
    }
}
