using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// Judges a read <see cref="EnumMatchShape"/>: which rule speaks for its enum, and which named members it leaves unhandled
    /// where that is a mistake (not when the fallback is an explicit choice, nor a throw the options call deliberate).
    /// </summary>
    internal static class EnumMatchJudge
    {
        /// <summary>CLST003 for the order status, CLST004 for the time in force, CLST005 for the other contract enums and the additional ones.</summary>
        public static DiagnosticDescriptor? GetDescriptor(ITypeSymbol type, ContractRecognizer recognizer)
        {
            // Which enum first (one cached lookup); the [Flags] test reads the enum's attributes.
            var descriptor = recognizer.GetContractEnum(type) switch
            {
                ContractEnum.OrderStatus => Rules.IncompleteOrderStatusMatch,
                ContractEnum.TimeInForce => Rules.IncompleteTimeInForceMatch,
                ContractEnum.None => recognizer.IsAdditionalEnum(type) ? Rules.IncompleteContractEnumMatch : null,
                _ => Rules.IncompleteContractEnumMatch,
            };

            return descriptor != null && EnumMatchShape.GetEnumType(type) != null ? descriptor : null;
        }

        /// <summary>
        /// The members the match leaves to a fallback that is no decision of the author's: none when the fallback does something
        /// other than throw, or throws and <c>clst.enum_match.throwing_default_is_deliberate</c> says a throw is a decision.
        /// </summary>
        public static ImmutableArray<IFieldSymbol> GetMistakenlyUnhandled(EnumMatchShape shape, ContractOptions options)
        {
            if (shape.Fallback == FallbackKind.Explicit
                || (options.ThrowingDefaultIsDeliberate && shape.Fallback is FallbackKind.Throws or FallbackKind.ThrowsAfter))
            {
                return ImmutableArray<IFieldSymbol>.Empty;
            }

            return GetUnhandledMembers(shape);
        }

        /// <summary>The members among <paramref name="unhandled"/> whose value the matched value can still hold (see <see cref="KnownValues"/>).</summary>
        public static ImmutableArray<IFieldSymbol> OnlyPossible(ImmutableArray<IFieldSymbol> unhandled, HashSet<ulong> possible)
        {
            var builder = ImmutableArray.CreateBuilder<IFieldSymbol>();
            foreach (var field in unhandled)
            {
                if (EnumBits.TryGet(field.ConstantValue, out var bits) && possible.Contains(bits))
                {
                    builder.Add(field);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>The enum's members whose value no unguarded case names, in declaration order, one per value.</summary>
        public static ImmutableArray<IFieldSymbol> GetUnhandledMembers(EnumMatchShape shape)
        {
            var members = shape.EnumType.GetMembers();
            var seen = SeenValues(members);
            var builder = ImmutableArray.CreateBuilder<IFieldSymbol>();
            for (int i = 0; i < members.Length; i++)
            {
                if (members[i] is IFieldSymbol { HasConstantValue: true } field
                    && EnumBits.TryGet(field.ConstantValue, out var bits)
                    && IsFirstOfItsValue(members, i, bits, seen)
                    && !shape.Handled.Contains(bits))
                {
                    builder.Add(field);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>How many distinct values the enum's members have (aliases count once).</summary>
        public static int CountMemberValues(INamedTypeSymbol enumType)
        {
            var members = enumType.GetMembers();
            var seen = SeenValues(members);
            int count = 0;
            for (int i = 0; i < members.Length; i++)
            {
                if (members[i] is IFieldSymbol { HasConstantValue: true } field
                    && EnumBits.TryGet(field.ConstantValue, out var bits)
                    && IsFirstOfItsValue(members, i, bits, seen))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Above this many members, the values met are kept in a set rather than looked for among the members before.</summary>
        private const int MembersComparedPairwise = 64;

        private static HashSet<ulong>? SeenValues(ImmutableArray<ISymbol> members)
            => members.Length > MembersComparedPairwise ? new HashSet<ulong>() : null;

        /// <summary>
        /// True when no member before <paramref name="index"/> has the value <paramref name="bits"/> (an alias counts once,
        /// as its first member); asked of the members in order. Asked for every match reported: an enum has tens of members,
        /// and a pass over those before it allocates nothing, where a set of values per question cost more than the
        /// comparisons it saved. A larger enum keeps the values met in <paramref name="seen"/>.
        /// </summary>
        private static bool IsFirstOfItsValue(ImmutableArray<ISymbol> members, int index, ulong bits, HashSet<ulong>? seen)
        {
            if (seen != null)
            {
                return seen.Add(bits);
            }

            for (int j = 0; j < index; j++)
            {
                if (members[j] is IFieldSymbol { HasConstantValue: true } earlier
                    && EnumBits.TryGet(earlier.ConstantValue, out var earlierBits)
                    && earlierBits == bits)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
