using System;
using System.Collections.Generic;

namespace Clst.Contracts
{
    /// <summary>
    /// The filters of <c>DELETE /v1/accounts/{account_id}/orders</c> (<c>cancel_all_open_orders</c>). Null leaves a filter out;
    /// no filter at all cancels every open order of the account.
    /// </summary>
    /// <remarks>
    /// A filter that would widen the cancel by mistake is refused with <see cref="ArgumentException"/> before anything is sent:
    /// an empty <see cref="InstrumentIds"/> (leaving it out would cancel every instrument's orders), an empty item or one with a
    /// comma (the API would read two instruments), <see cref="SecurityType.Other"/> (the parameter has no such value).
    /// </remarks>
    public sealed class CancelAllOpenOrdersFilter
    {
        /// <summary><c>side</c>: only orders on this side.</summary>
        public Side? Side { get; set; }

        /// <summary><c>type</c>: only orders of this type.</summary>
        public OrderType? OrderType { get; set; }

        /// <summary><c>instrument_type</c>: only orders in this type of instrument.</summary>
        public SecurityType? InstrumentType { get; set; }

        /// <summary><c>instrument_ids</c>: instrument ids (UUID) or symbols, sent comma-separated.</summary>
        public IReadOnlyList<string>? InstrumentIds { get; set; }
    }
}
