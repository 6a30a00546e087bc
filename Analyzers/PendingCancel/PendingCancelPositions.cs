using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// Where a member's code names PENDING_CANCEL (the start of each reference), so that a test, mapping or collection that
    /// names it can be told from one that does not by its span alone, without reading it.
    /// </summary>
    internal sealed class PendingCancelPositions
    {
        private readonly List<int> _starts = new List<int>();

        public int Count => _starts.Count;

        public void Add(int start) => _starts.Add(start);

        public void Clear() => _starts.Clear();

        /// <summary>Sorts the positions once all are added (the walk meets them almost in order).</summary>
        public void Seal() => _starts.Sort();

        /// <summary>True when a reference starts inside <paramref name="span"/>; after <see cref="Seal"/>.</summary>
        public bool AnyWithin(TextSpan span)
        {
            // The first position at or after the span's start, by binary search.
            int low = 0, high = _starts.Count;
            while (low < high)
            {
                int middle = (low + high) >> 1;
                if (_starts[middle] < span.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low < _starts.Count && _starts[low] < span.End;
        }
    }
}
