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
            true, ImmutableHashSet<ValueKey>.Empty, ImmutableDictionary<ISymbol, Taint>.Empty.WithComparers(SymbolEqualityComparer.Default));

        public static readonly NullFlowState Empty = new NullFlowState(
            false, ImmutableHashSet<ValueKey>.Empty, ImmutableDictionary<ISymbol, Taint>.Empty.WithComparers(SymbolEqualityComparer.Default));

        private NullFlowState(bool isUnreached, ImmutableHashSet<ValueKey> safe, ImmutableDictionary<ISymbol, Taint> tainted)
        {
            IsUnreached = isUnreached;
            Safe = safe;
            Tainted = tainted;
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

            foreach (var pair in Tainted)
            {
                if (pair.Value.Alias != null && pair.Value.Alias.Equals(key) && Safe.Contains(ValueKey.Variable(pair.Key)))
                {
                    return true;
                }
            }

            return false;
        }

        public Taint? GetTaint(ISymbol variable) => !IsUnreached && Tainted.TryGetValue(variable, out var taint) ? taint : null;

        public NullFlowState WithSafe(ValueKey? key)
        {
            if (IsUnreached || key == null || Safe.Contains(key))
            {
                return this;
            }

            return new NullFlowState(false, Safe.Add(key), Tainted);
        }

        /// <summary>
        /// A variable was assigned: forget what was known of it and of paths through it, and record whether it now holds an
        /// unchecked field (<paramref name="taint"/>). Any other value is the user's own: the analysis counts it as safe.
        /// </summary>
        public NullFlowState AssignVariable(ISymbol variable, Taint? taint)
        {
            if (IsUnreached)
            {
                return this;
            }

            var safe = RemoveWhere(Safe, key => key.DependsOn(variable));
            var tainted = Tainted.Remove(variable);
            tainted = ForgetAliases(tainted, alias => alias.DependsOn(variable));
            if (taint != null)
            {
                tainted = tainted.SetItem(variable, taint);
            }

            if (taint == null)
            {
                safe = safe.Add(ValueKey.Variable(variable));
            }

            return new NullFlowState(false, safe, tainted);
        }

        /// <summary>
        /// A field or property was assigned: it holds the user's value now (the analysis does not follow it: it is safe),
        /// and what was known below it is forgotten.
        /// </summary>
        public NullFlowState AssignMember(ValueKey key)
        {
            if (IsUnreached)
            {
                return this;
            }

            var safe = RemoveWhere(Safe, k => !k.Equals(key) && k.StartsWith(key)).Add(key);
            var tainted = ForgetAliases(Tainted, alias => alias.StartsWith(key));
            return new NullFlowState(false, safe, tainted);
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
            return safe == Safe && tainted == Tainted ? this : new NullFlowState(false, safe, tainted);
        }

        /// <summary>The state where control flow joins: known-safe on every path, tainted on any.</summary>
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

            var safe = a.Safe.Count <= b.Safe.Count ? a.Safe.Intersect(b.Safe) : b.Safe.Intersect(a.Safe);
            var tainted = a.Tainted;
            foreach (var pair in b.Tainted)
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

            return new NullFlowState(false, safe, tainted);
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
