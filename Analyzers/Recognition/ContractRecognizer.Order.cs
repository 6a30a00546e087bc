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
    /// <summary>The order type and its nullable optional fields.</summary>
    internal sealed partial class ContractRecognizer
    {
        /// <summary>
        /// True when the type is the order: the shipped <c>Order</c>, a type named in <c>clst.order_types</c>, or a look-alike
        /// by the contract's own evidence: a <c>status</c> whose type is the contract's order status (a look-alike of it) or
        /// its string, at least two fields only this contract has (<see cref="ContractTerms.DistinctiveOrderWireNames"/>:
        /// <c>leaves_quantity</c>, <c>average_fill_price</c>, <c>client_order_id</c>, …) and five of the order's wire names in
        /// all. Lean's <c>Order</c> (id, symbol, quantity, status, time_in_force: every order model's words, and Lean's own
        /// <c>OrderStatus</c>) and a shop's order with its own status enum are not the contract.
        /// </summary>
        public bool IsOrderType(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || (named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct))
            {
                return false;
            }

            return _orderTypes.Get(Types.Definition(named));
        }

        private bool ClassifyOrder(INamedTypeSymbol type)
        {
            if (!Options.OrderTypes.IsEmpty && Options.OrderTypes.Contains(FullName(type)))
            {
                return true;
            }

            var placement = PlacementOf(type);
            if (placement == Placement.Shipped)
            {
                return type.Name == "Order";
            }

            if (placement == Placement.Framework || !Options.LookalikeModels)
            {
                return false;
            }

            // Five wire names need five properties: most types have fewer, and are turned away before any attribute is read
            // (reading a property's attributes binds them: on a fresh compilation, the first to ask pays for it).
            if (!HasInstanceProperties(type, 5))
            {
                return false;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            int distinctive = 0;
            bool statusIsTheContracts = false;
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false } property)
                    {
                        var wire = WireNames.OfProperty(property);
                        if (ContractTerms.OrderWireNames.Contains(wire) && seen.Add(wire))
                        {
                            if (ContractTerms.DistinctiveOrderWireNames.Contains(wire))
                            {
                                distinctive++;
                            }

                            if (wire == "status")
                            {
                                var statusType = Types.UnwrapNullable(property.Type);
                                statusIsTheContracts = statusType?.SpecialType == SpecialType.System_String
                                                       || GetContractEnum(statusType) == ContractEnum.OrderStatus;
                            }
                        }
                    }
                }
            }

            return statusIsTheContracts && distinctive >= 2 && seen.Count >= 5;
        }

        /// <summary>True when the type and its base types declare at least <paramref name="count"/> instance properties.</summary>
        private static bool HasInstanceProperties(INamedTypeSymbol type, int count)
        {
            int found = 0;
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false } && ++found >= count)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The nullable optional fields of the same order that the contract says are present when <paramref name="property"/>
        /// (the order's <c>order_type</c>, <c>time_in_force</c> or <c>status</c>) has the value <paramref name="member"/>
        /// (<c>order.OrderType == OrderType.Limit</c>: <c>LimitPrice</c>), from <see cref="ContractTerms.PresentWhen"/>.
        /// </summary>
        public ImmutableArray<IPropertySymbol> GetFieldsPresentWhen(IPropertySymbol? property, IFieldSymbol? member)
        {
            if (property == null || member == null || property.IsStatic || !IsOrderType(property.ContainingType)
                || GetEnumMemberWireName(member) is not { } value)
            {
                return ImmutableArray<IPropertySymbol>.Empty;
            }

            var field = WireNames.OfProperty(property);
            var builder = ImmutableArray.CreateBuilder<IPropertySymbol>();
            for (var type = property.ContainingType; type != null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers())
                {
                    if (candidate is IPropertySymbol { IsStatic: false } dependent
                        && ContractTerms.PresentWhen.TryGetValue(WireNames.OfProperty(dependent), out var rule)
                        && rule.Field == field
                        && rule.Values.Contains(value))
                    {
                        builder.Add(dependent);
                    }
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// The nullable optional field that the property is, or null when it is not one of the order's nineteen, or when the
        /// model declares it as a value type that cannot hold null (<c>decimal AverageFillPrice</c>: nothing to handle).
        /// </summary>
        public NullableOrderField? GetNullableOrderField(IPropertySymbol? property)
        {
            // The order test first: it is one cached lookup per type, where a property's type is read afresh for every property.
            if (property == null || property.IsStatic || !IsOrderType(property.ContainingType) || Types.CannotBeNull(property.Type))
            {
                return null;
            }

            var wire = WireNames.OfProperty(property);
            return ContractTerms.NullableOrderFields.TryGetValue(wire, out var reason) ? new NullableOrderField(wire, reason) : null;
        }

        /// <summary>
        /// True when the property is one of the order's execution figures (<c>filled_quantity</c>, <c>leaves_quantity</c>,
        /// <c>average_fill_price</c>): final only once the order's status is.
        /// </summary>
        public bool IsExecutionFigure(IPropertySymbol? property)
            => property != null && !property.IsStatic && IsOrderType(property.ContainingType)
               && ContractTerms.ExecutionFigureWireNames.Contains(WireNames.OfProperty(property));
    }
}
