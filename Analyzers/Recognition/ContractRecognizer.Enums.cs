using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Recognition
{
    /// <summary>The contract's enums and their members, by wire name.</summary>
    internal sealed partial class ContractRecognizer
    {
        /// <summary>Which contract enum <paramref name="type"/> is (its nullable form included), or <see cref="ContractEnum.None"/>.</summary>
        public ContractEnum GetContractEnum(ITypeSymbol? type)
        {
            type = Types.UnwrapNullable(type);
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Enum)
            {
                return ContractEnum.None;
            }

            return _enumKinds.Get(Types.Definition(named));
        }

        /// <summary>True when <paramref name="type"/> is one of users' own enums that the options add to CLST005.</summary>
        public bool IsAdditionalEnum(ITypeSymbol? type)
        {
            type = Types.UnwrapNullable(type);
            return type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named
                   && !Options.AdditionalEnums.IsEmpty
                   && Options.AdditionalEnums.Contains(FullName(named));
        }

        /// <summary>The members of an enum with their wire names, in declaration order.</summary>
        public ImmutableArray<ContractEnumMember> GetEnumMembers(ITypeSymbol enumType)
        {
            enumType = Types.UnwrapNullable(enumType)!;
            return _enumMembers.Get(enumType is INamedTypeSymbol named ? Types.Definition(named) : enumType.OriginalDefinition);
        }

        private static ImmutableArray<ContractEnumMember> ReadEnumMembers(ITypeSymbol enumType)
        {
            var builder = ImmutableArray.CreateBuilder<ContractEnumMember>();
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field)
                {
                    builder.Add(new ContractEnumMember(field, WireNames.OfEnumMember(field)));
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>The wire name of a member of a contract enum, or null when the field is not one.</summary>
        public string? GetEnumMemberWireName(IFieldSymbol? field)
        {
            if (field?.ContainingType is not { TypeKind: TypeKind.Enum } type || GetContractEnum(type) == ContractEnum.None)
            {
                return null;
            }

            return _enumMemberWireNames.Get(field.OriginalDefinition);
        }

        private string? FindEnumMemberWireName(IFieldSymbol field)
        {
            foreach (var member in GetEnumMembers(field.ContainingType))
            {
                if (SymbolEqualityComparer.Default.Equals(member.Field, field))
                {
                    return member.WireName;
                }
            }

            return null;
        }

        /// <summary>The lifecycle group of an order status member, or null when the field is not an order status member.</summary>
        public LifecycleGroup? GetStatusGroup(IFieldSymbol? field)
        {
            if (field?.ContainingType is not { } type || GetContractEnum(type) != ContractEnum.OrderStatus)
            {
                return null;
            }

            return ContractTerms.GetLifecycleGroup(GetEnumMemberWireName(field));
        }

        /// <summary>True when the field is the order status member with the given wire name (e.g. <c>PENDING_CANCEL</c>).</summary>
        public bool IsStatus(IFieldSymbol? field, string wireName)
            => field?.ContainingType is { } type
               && GetContractEnum(type) == ContractEnum.OrderStatus
               && GetEnumMemberWireName(field) == wireName;

        /// <summary>The member of a contract enum with a given wire name, or null.</summary>
        public IFieldSymbol? FindEnumMember(ITypeSymbol enumType, string wireName)
        {
            foreach (var member in GetEnumMembers(enumType))
            {
                if (member.WireName == wireName)
                {
                    return member.Field;
                }
            }

            return null;
        }

        private ContractEnum ClassifyEnum(INamedTypeSymbol type)
        {
            if (!Options.OrderStatusTypes.IsEmpty || !Options.TimeInForceTypes.IsEmpty)
            {
                var fullName = FullName(type);
                if (Options.OrderStatusTypes.Contains(fullName))
                {
                    return ContractEnum.OrderStatus;
                }

                if (Options.TimeInForceTypes.Contains(fullName))
                {
                    return ContractEnum.TimeInForce;
                }
            }

            var placement = PlacementOf(type);
            if (placement == Placement.Framework || (placement != Placement.Shipped && !Options.LookalikeModels))
            {
                return ContractEnum.None;
            }

            var wires = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in GetEnumMembers(type))
            {
                wires.Add(member.WireName);
            }

            var best = ContractEnum.None;
            double bestShare = 0;
            foreach (var pair in ContractTerms.EnumWireNames)
            {
                double share = MatchShare(pair.Key, pair.Value, wires);
                if (share > bestShare)
                {
                    best = pair.Key;
                    bestShare = share;
                }
            }

            return best;
        }

        /// <summary>
        /// The share of the contract enum's named values (not <c>OTHER</c>) that the enum carries, or 0 when it is not that
        /// enum: it must carry every key value, at least three quarters of the named values, and few values the contract lacks.
        /// </summary>
        private static double MatchShare(ContractEnum kind, ImmutableArray<string> contractWires, HashSet<string> wires)
        {
            foreach (var key in ContractTerms.EnumKeyWireNames[kind])
            {
                if (!wires.Contains(key))
                {
                    return 0;
                }
            }

            int named = 0, matched = 0;
            foreach (var wire in contractWires)
            {
                if (wire == ContractTerms.OtherWireName)
                {
                    continue;
                }

                named++;
                if (wires.Contains(wire))
                {
                    matched++;
                }
            }

            int extras = 0;
            foreach (var wire in wires)
            {
                if (!contractWires.Contains(wire))
                {
                    extras++;
                }
            }

            if (matched * 4 < named * 3 || extras > Math.Max(2, named / 2))
            {
                return 0;
            }

            return (double)matched / named;
        }
    }
}
