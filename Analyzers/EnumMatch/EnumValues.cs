using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// An enum's named values, read once: its members in declaration order, the first of each value only (an alias counts
    /// once, as its first member), each with its value as bits (<see cref="EnumBits"/>). The analyzer keeps one per enum
    /// for the whole compilation: a match's unhandled members and the message's count are asked for every match reported,
    /// and reading them from the symbols each time boxed every member's constant, for every member before it.
    /// </summary>
    internal sealed class EnumValues
    {
        private EnumValues(ImmutableArray<IFieldSymbol> members, ImmutableArray<ulong> bits)
        {
            Members = members;
            Bits = bits;
        }

        /// <summary>The first member of each value, in declaration order.</summary>
        public ImmutableArray<IFieldSymbol> Members { get; }

        /// <summary>The value of each of <see cref="Members"/>, at the same index.</summary>
        public ImmutableArray<ulong> Bits { get; }

        /// <summary>How many distinct values the enum's members have.</summary>
        public int Count => Members.Length;

        public static EnumValues Of(INamedTypeSymbol enumType)
        {
            var members = ImmutableArray.CreateBuilder<IFieldSymbol>();
            var bits = ImmutableArray.CreateBuilder<ulong>();
            var seen = new HashSet<ulong>();
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field
                    && EnumBits.TryGet(field.ConstantValue, out var value)
                    && seen.Add(value))
                {
                    members.Add(field);
                    bits.Add(value);
                }
            }

            return new EnumValues(members.ToImmutable(), bits.ToImmutable());
        }
    }
}
