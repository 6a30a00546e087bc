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
        public static ImmutableArray<IFieldSymbol> GetMistakenlyUnhandled(EnumMatchShape shape, EnumValues values, ContractOptions options)
        {
            if (shape.Fallback == FallbackKind.Explicit
                || (options.ThrowingDefaultIsDeliberate && shape.Fallback is FallbackKind.Throws or FallbackKind.ThrowsAfter))
            {
                return ImmutableArray<IFieldSymbol>.Empty;
            }

            return GetUnhandledMembers(shape, values);
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
        public static ImmutableArray<IFieldSymbol> GetUnhandledMembers(EnumMatchShape shape) => GetUnhandledMembers(shape, EnumValues.Of(shape.EnumType));

        /// <summary>As <see cref="GetUnhandledMembers(EnumMatchShape)"/>, from the enum's values read before (<see cref="EnumValues"/>).</summary>
        public static ImmutableArray<IFieldSymbol> GetUnhandledMembers(EnumMatchShape shape, EnumValues values)
        {
            var builder = ImmutableArray.CreateBuilder<IFieldSymbol>();
            for (int i = 0; i < values.Count; i++)
            {
                if (!shape.Handled.Contains(values.Bits[i]))
                {
                    builder.Add(values.Members[i]);
                }
            }

            return builder.ToImmutable();
        }
    }
}
