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
    /// and a reference comparison. Reads take no lock: each entry is immutable and is published whole (a volatile write of
    /// its reference), and a grown table is filled before it replaces the old one, so a reader sees an entry complete or
    /// not at all; a reader that misses takes the lock and looks again. As with <c>ConcurrentDictionary.GetOrAdd</c>, two
    /// threads asking the same new key at once may both compute its answer; the first stored is the one every caller gets.
    /// </remarks>
    internal sealed class IdentityCache<TKey, TValue>
        where TKey : class
    {
        private readonly Func<TKey, TValue> _compute;
        private readonly object _gate = new object();
        private Entry?[] _table;
        private int _count;

        public IdentityCache(Func<TKey, TValue> compute, int capacity = 64)
        {
            _compute = compute;
            int size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            _table = new Entry?[size];
        }

        /// <summary>The number of keys answered so far.</summary>
        public int Count => Volatile.Read(ref _count);

        /// <summary>The answer for <paramref name="key"/>, computed on its first request.</summary>
        public TValue Get(TKey key)
            => TryFind(Volatile.Read(ref _table), key, out var entry) ? entry!.Value : Add(key);

        private TValue Add(TKey key)
        {
            // Computed outside the lock: a computation may ask this cache (or another) for other keys, and the lock is
            // held only to place the entry.
            var value = _compute(key);
            lock (_gate)
            {
                var table = _table;
                if (TryFind(table, key, out var existing))
                {
                    return existing!.Value;
                }

                if ((_count + 1) * 2 > table.Length)
                {
                    table = Grow(table);
                    Place(table, new Entry(key, value));
                    Volatile.Write(ref _table, table);
                }
                else
                {
                    Place(table, new Entry(key, value));
                }

                Volatile.Write(ref _count, _count + 1);
            }

            return value;
        }

        private static bool TryFind(Entry?[] table, TKey key, out Entry? found)
        {
            int mask = table.Length - 1;
            for (int i = RuntimeHelpers.GetHashCode(key) & mask; ; i = (i + 1) & mask)
            {
                var entry = Volatile.Read(ref table[i]);
                if (entry == null)
                {
                    found = null;
                    return false;
                }

                if (ReferenceEquals(entry.Key, key))
                {
                    found = entry;
                    return true;
                }
            }
        }

        private static void Place(Entry?[] table, Entry entry)
        {
            int mask = table.Length - 1;
            int i = RuntimeHelpers.GetHashCode(entry.Key) & mask;
            while (table[i] != null)
            {
                i = (i + 1) & mask;
            }

            Volatile.Write(ref table[i], entry);
        }

        private static Entry?[] Grow(Entry?[] table)
        {
            var grown = new Entry?[table.Length * 2];
            foreach (var entry in table)
            {
                if (entry != null)
                {
                    Place(grown, entry);
                }
            }

            return grown;
        }

        private sealed class Entry
        {
            public Entry(TKey key, TValue value)
            {
                Key = key;
                Value = value;
            }

            public TKey Key { get; }

            public TValue Value { get; }
        }
    }
}
