using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// A per-compilation answer for each symbol (or other object) asked about, computed once and keyed by reference
    /// identity (see <see cref="IdentityComparer{T}"/> for why identity is enough), for the caches the rules consult on
    /// every call, field reference or property read of a compilation: tens of thousands of lookups for a few thousand keys.
    /// </summary>
    /// <remarks>
    /// A <c>ConcurrentDictionary</c> with an identity comparer answers the same, but each lookup pays two interface calls
    /// through the comparer and the dictionary's own bookkeeping. Here a lookup is the key's identity hash, an array read
    /// and a reference comparison in the table itself. Reads take no lock: an entry's answer is written before its key is
    /// published (a volatile write) and neither changes after, and a grown table is filled before it replaces the old
    /// one, so a reader sees an entry complete or not at all; a reader that misses takes the lock and looks again. As with <c>ConcurrentDictionary.GetOrAdd</c>, two
    /// threads asking the same new key at once may both compute its answer; the first stored is the one every caller gets.
    /// </remarks>
    internal sealed class IdentityCache<TKey, TValue>
        where TKey : class
    {
        private readonly Func<TKey, TValue> _compute;
        private readonly object _gate = new object();
        private Slot[] _table;
        private int _count;

        public IdentityCache(Func<TKey, TValue> compute, int capacity = 64)
        {
            _compute = compute;
            int size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            _table = new Slot[size];
        }

        /// <summary>The number of keys answered so far.</summary>
        public int Count => Volatile.Read(ref _count);

        /// <summary>The answer for <paramref name="key"/>, computed on its first request.</summary>
        public TValue Get(TKey key)
            => TryFind(Volatile.Read(ref _table), key, out var value) ? value : Add(key);

        private TValue Add(TKey key)
        {
            // Computed outside the lock: a computation may ask this cache (or another) for other keys, and the lock is
            // held only to place the answer.
            var value = _compute(key);
            lock (_gate)
            {
                var table = _table;
                if (TryFind(table, key, out var existing))
                {
                    return existing;
                }

                if ((_count + 1) * 2 > table.Length)
                {
                    table = Grow(table);
                    Place(table, key, value);
                    Volatile.Write(ref _table, table);
                }
                else
                {
                    Place(table, key, value);
                }

                Volatile.Write(ref _count, _count + 1);
            }

            return value;
        }

        private static bool TryFind(Slot[] table, TKey key, out TValue value)
        {
            int mask = table.Length - 1;
            for (int i = RuntimeHelpers.GetHashCode(key) & mask; ; i = (i + 1) & mask)
            {
                // The key is read first (acquire): a slot's value is written before its key is published.
                var slotKey = Volatile.Read(ref table[i].Key);
                if (slotKey == null)
                {
                    value = default!;
                    return false;
                }

                if (ReferenceEquals(slotKey, key))
                {
                    value = table[i].Value;
                    return true;
                }
            }
        }

        private static void Place(Slot[] table, TKey key, TValue value)
        {
            int mask = table.Length - 1;
            int i = RuntimeHelpers.GetHashCode(key) & mask;
            while (table[i].Key != null)
            {
                i = (i + 1) & mask;
            }

            table[i].Value = value;
            Volatile.Write(ref table[i].Key, key); // published last (release): a reader that sees the key sees the value
        }

        private static Slot[] Grow(Slot[] table)
        {
            var grown = new Slot[table.Length * 2];
            foreach (var slot in table)
            {
                if (slot.Key != null)
                {
                    Place(grown, slot.Key, slot.Value);
                }
            }

            return grown;
        }

        /// <summary>A key and its answer, side by side in the table: a lookup compares keys without following a reference.</summary>
        private struct Slot
        {
            public TKey? Key;
            public TValue Value;
        }
    }
}
