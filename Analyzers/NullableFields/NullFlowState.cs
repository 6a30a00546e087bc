using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// What CLST002's flow analysis knows at a point of a method: the values known not to be null here (a must-fact: it
    /// holds on every path), and the variables that may hold an unchecked nullable optional field (a may-fact: on some
    /// path). Immutable; <see cref="Unreached"/> is the state of code no path reaches (everything is known there).
    /// </summary>
    internal sealed class NullFlowState : IEquatable<NullFlowState>
    {
        public static readonly NullFlowState Unreached = new NullFlowState(
            true, ImmutableHashSet<ValueKey>.Empty, ImmutableDictionary<ISymbol, Taint>.Empty.WithComparers(SymbolEqualityComparer.Default),
            ImmutableHashSet<ValueKey>.Empty);

        public static readonly NullFlowState Empty = new NullFlowState(
            false, ImmutableHashSet<ValueKey>.Empty, ImmutableDictionary<ISymbol, Taint>.Empty.WithComparers(SymbolEqualityComparer.Default),
            ImmutableHashSet<ValueKey>.Empty);

        /// <summary>
        /// The roots and variables of every path a copy has been recorded as (<see cref="Taint.Alias"/>), kept so that an
        /// assignment that no copy's path goes through does not scan the copies (only ever grows: an over-approximation).
        /// </summary>
        private readonly ImmutableHashSet<ValueKey> _aliasRoots;

        private NullFlowState(bool isUnreached, ImmutableHashSet<ValueKey> safe, ImmutableDictionary<ISymbol, Taint> tainted, ImmutableHashSet<ValueKey> aliasRoots)
        {
            IsUnreached = isUnreached;
            Safe = safe;
            Tainted = tainted;
            _aliasRoots = aliasRoots;
        }

        public bool IsUnreached { get; }

        /// <summary>Values known not to be null.</summary>
        public ImmutableHashSet<ValueKey> Safe { get; }

        /// <summary>Variables that may hold an unchecked nullable optional field.</summary>
        public ImmutableDictionary<ISymbol, Taint> Tainted { get; }

        /// <summary>True when the value is known not to be null here (directly, or through the path a local copies).</summary>
        public bool IsSafe(ValueKey? key)
        {
            if (IsUnreached)
            {
                return true;
            }

            if (key == null)
            {
                return false;
            }

            if (Safe.Contains(key))
            {
                return true;
            }

            if (key.Kind == ValueKeyKind.Variable && key.Symbol != null && Tainted.TryGetValue(key.Symbol, out var taint)
                && taint.Alias != null && Safe.Contains(taint.Alias))
            {
                return true;
            }

            if (Safe.Count < Tainted.Count)
            {
                foreach (var fact in Safe)
                {
                    if (fact.Kind == ValueKeyKind.Variable && fact.Symbol != null && Tainted.TryGetValue(fact.Symbol, out var copy)
                        && copy.Alias != null && copy.Alias.Equals(key))
                    {
                        return true;
                    }
                }

                return false;
            }

            foreach (var pair in Tainted)
            {
                if (pair.Value.Alias != null && pair.Value.Alias.Equals(key) && Safe.Contains(ValueKey.Variable(pair.Key)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What the state's operations touch (the work counted against <see cref="NullableFieldFlowAnalysis"/>'s bound): the
        /// facts and copies a scan of this state goes through.
        /// </summary>
        public int Size => IsUnreached ? 0 : Safe.Count + Tainted.Count;

        /// <summary>What <see cref="Meet"/> goes through for these two states (nothing when they share their sets).</summary>
        public static int MeetCost(NullFlowState a, NullFlowState b)
            => a.IsUnreached || b.IsUnreached || ReferenceEquals(a, b)
                ? 0
                : (ReferenceEquals(a.Safe, b.Safe) ? 0 : Math.Min(a.Safe.Count, b.Safe.Count))
                  + (ReferenceEquals(a.Tainted, b.Tainted) ? 0 : Math.Max(a.Tainted.Count, b.Tainted.Count));

        public Taint? GetTaint(ISymbol variable) => !IsUnreached && Tainted.TryGetValue(variable, out var taint) ? taint : null;

        public NullFlowState WithSafe(ValueKey? key)
        {
            if (IsUnreached || key == null || Safe.Contains(key))
            {
                return this;
            }

            return new NullFlowState(false, Safe.Add(key), Tainted, _aliasRoots);
        }

        /// <summary>
        /// A variable was assigned: forget what was known of it and of paths through it, and record whether it now holds an
        /// unchecked field (<paramref name="taint"/>). Any other value is the user's own: the analysis counts it as safe,
        /// without a fact (a variable that holds no unchecked field is never a value that may be null; see <see cref="Meet"/>).
        /// </summary>
        public NullFlowState AssignVariable(ISymbol variable, Taint? taint)
        {
            if (IsUnreached)
            {
                return this;
            }

            var safe = RemoveWhere(Safe, key => key.DependsOn(variable));
            var tainted = Tainted.Remove(variable);
            if (_aliasRoots.Contains(ValueKey.Variable(variable)))
            {
                tainted = ForgetAliases(tainted, alias => alias.DependsOn(variable));
            }

            var roots = _aliasRoots;
            if (taint != null)
            {
                tainted = tainted.SetItem(variable, taint);
                roots = WithRootsOf(roots, taint.Alias);
            }

            return safe == Safe && tainted == Tainted && roots == _aliasRoots ? this : new NullFlowState(false, safe, tainted, roots);
        }

        /// <summary>What <see cref="AssignVariable"/> goes through: the facts, and the copies when one may be a copy of a path through the variable.</summary>
        public int AssignCost(ISymbol variable)
            => IsUnreached ? 0 : Safe.Count + (_aliasRoots.Contains(ValueKey.Variable(variable)) ? Tainted.Count : 0);

        /// <summary>What <see cref="AssignMember"/> goes through.</summary>
        public int AssignCost(ValueKey member)
            => IsUnreached ? 0 : Safe.Count + (_aliasRoots.Contains(member.Root) ? Tainted.Count : 0);

        private static ImmutableHashSet<ValueKey> WithRootsOf(ImmutableHashSet<ValueKey> roots, ValueKey? alias)
        {
            if (alias == null)
            {
                return roots;
            }

            var result = roots.Add(alias.Root);
            alias.ForEachVariable(variable => result = result.Add(ValueKey.Variable(variable)));
            return result;
        }

        /// <summary>
        /// A field or property was assigned: it holds the user's value now (the analysis does not follow it: it is safe),
        /// and what was known below it is forgotten.
        /// </summary>
        public NullFlowState AssignMember(ValueKey key, bool tracked)
        {
            if (IsUnreached)
            {
                return this;
            }

            var safe = RemoveWhere(Safe, k => !k.Equals(key) && k.StartsWith(key));
            safe = tracked ? safe.Add(key) : safe.Remove(key);
            var tainted = _aliasRoots.Contains(key.Root) ? ForgetAliases(Tainted, alias => alias.StartsWith(key)) : Tainted;
            return safe == Safe && tainted == Tainted ? this : new NullFlowState(false, safe, tainted, _aliasRoots);
        }

        /// <summary>Drops facts about flow captures (when a state crosses into a nested graph, where they mean nothing).</summary>
        public NullFlowState WithoutCaptures()
        {
            if (IsUnreached)
            {
                return this;
            }

            var safe = RemoveWhere(Safe, key => key.InvolvesCapture());
            var tainted = ForgetAliases(Tainted, alias => alias.InvolvesCapture());
            return safe == Safe && tainted == Tainted ? this : new NullFlowState(false, safe, tainted, _aliasRoots);
        }

        /// <summary>
        /// The state where control flow joins: known-safe on every path, tainted on any. A variable that holds no unchecked
        /// field on a path is safe there without a fact, so a copy checked on the other path stays checked. Sets the two
        /// states share are kept as they are, and a join that changes nothing returns one of its inputs (no new set).
        /// </summary>
        public static NullFlowState Meet(NullFlowState a, NullFlowState b)
        {
            if (a.IsUnreached)
            {
                return b;
            }

            if (b.IsUnreached || ReferenceEquals(a, b))
            {
                return a;
            }

            var safe = ReferenceEquals(a.Safe, b.Safe) ? a.Safe : IntersectSafe(a, b);
            var tainted = ReferenceEquals(a.Tainted, b.Tainted) ? a.Tainted : UnionTainted(a.Tainted, b.Tainted);
            var roots = ReferenceEquals(a._aliasRoots, b._aliasRoots) ? a._aliasRoots
                : a._aliasRoots.Count >= b._aliasRoots.Count ? a._aliasRoots.Union(b._aliasRoots) : b._aliasRoots.Union(a._aliasRoots);
            if (safe == a.Safe && tainted == a.Tainted && roots == a._aliasRoots)
            {
                return a;
            }

            if (safe == b.Safe && tainted == b.Tainted && roots == b._aliasRoots)
            {
                return b;
            }

            return new NullFlowState(false, safe, tainted, roots);
        }

        private static ImmutableHashSet<ValueKey> IntersectSafe(NullFlowState a, NullFlowState b)
        {
            var (small, other) = a.Safe.Count <= b.Safe.Count ? (a, b) : (b, a);
            List<ValueKey>? drop = null;
            foreach (var key in small.Safe)
            {
                if (other.Safe.Contains(key)
                    || (key.Kind == ValueKeyKind.Variable && key.Symbol != null && !other.Tainted.ContainsKey(key.Symbol)))
                {
                    continue;
                }

                (drop ??= new List<ValueKey>()).Add(key);
            }

            var safe = drop == null ? small.Safe : small.Safe.Except(drop);

            // A checked copy on the larger side, that the smaller side does not taint: checked on both paths.
            foreach (var pair in ReferenceEquals(small.Tainted, other.Tainted) ? ImmutableDictionary<ISymbol, Taint>.Empty : other.Tainted)
            {
                if (!small.Tainted.ContainsKey(pair.Key) && other.Safe.Contains(ValueKey.Variable(pair.Key)))
                {
                    safe = safe.Add(ValueKey.Variable(pair.Key));
                }
            }

            return safe;
        }

        private static ImmutableDictionary<ISymbol, Taint> UnionTainted(ImmutableDictionary<ISymbol, Taint> a, ImmutableDictionary<ISymbol, Taint> b)
        {
            var (small, tainted) = a.Count <= b.Count ? (a, b) : (b, a);
            foreach (var pair in small)
            {
                if (tainted.TryGetValue(pair.Key, out var existing))
                {
                    if (!existing.Equals(pair.Value))
                    {
                        // Different copies on different paths: still tainted, but no longer a copy of one path.
                        tainted = tainted.SetItem(pair.Key, new Taint(existing.Field, null, existing.CompilerTracks && pair.Value.CompilerTracks));
                    }
                }
                else
                {
                    tainted = tainted.Add(pair.Key, pair.Value);
                }
            }

            return tainted;
        }

        private static ImmutableHashSet<ValueKey> RemoveWhere(ImmutableHashSet<ValueKey> set, Func<ValueKey, bool> predicate)
        {
            List<ValueKey>? remove = null;
            foreach (var key in set)
            {
                if (predicate(key))
                {
                    (remove ??= new List<ValueKey>()).Add(key);
                }
            }

            return remove == null ? set : set.Except(remove);
        }

        private static ImmutableDictionary<ISymbol, Taint> ForgetAliases(ImmutableDictionary<ISymbol, Taint> tainted, Func<ValueKey, bool> predicate)
        {
            var result = tainted;
            foreach (var pair in tainted)
            {
                if (pair.Value.Alias != null && predicate(pair.Value.Alias))
                {
                    result = result.SetItem(pair.Key, pair.Value.WithoutAlias());
                }
            }

            return result;
        }

        public bool Equals(NullFlowState? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other == null || other.IsUnreached != IsUnreached || other.Safe.Count != Safe.Count || other.Tainted.Count != Tainted.Count)
            {
                return false;
            }

            if (!Safe.SetEquals(other.Safe))
            {
                return false;
            }

            foreach (var pair in Tainted)
            {
                if (!other.Tainted.TryGetValue(pair.Key, out var taint) || !taint.Equals(pair.Value))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is NullFlowState other && Equals(other);

        public override int GetHashCode() => (Safe.Count * 31) + Tainted.Count;
    }
}
