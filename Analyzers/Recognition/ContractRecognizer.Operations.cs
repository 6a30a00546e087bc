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
    /// <summary>The cancel, the read-back and the wait.</summary>
    internal sealed partial class ContractRecognizer
    {
        /// <summary>
        /// True when the method cancels an order: <c>CancelOpenOrder(Async)</c> (the shipped client and NSwag's), a
        /// <c>CancelOrder(Async)</c> that returns the order, Kiota's <c>DeleteAsync</c> on the
        /// <c>/v1/accounts/{account_id}/orders/{order_id}</c> request builder, or a method named in <c>clst.cancel_methods</c>.
        /// </summary>
        public bool IsCancelOperation(IMethodSymbol? method)
        {
            if (method == null)
            {
                return false;
            }

            method = method.ReducedFrom ?? method;
            string name = method.Name;
            if (_cancelMethodNames.Contains(name) && Options.CancelMethods.Contains(FullName(method.ContainingType) + "." + name))
            {
                return true;
            }

            // Called on every invocation of every member that might cancel: the name decides before any display string.
            return name switch
            {
                "CancelOpenOrderAsync" or "CancelOpenOrder" => MayBeLookalike(method),
                "CancelOrderAsync" or "CancelOrder" => MayBeLookalike(method) && ReturnsOrder(method),
                "DeleteAsync" => MayBeLookalike(method) && IsKiotaOrderItemBuilder(method.ContainingType),
                _ => false,
            };
        }

        /// <summary>With look-alike models turned off, only the shipped model's methods count.</summary>
        private bool MayBeLookalike(IMethodSymbol method)
            => Options.LookalikeModels || method.ContainingType?.ContainingNamespace?.ToDisplayString() == ShippedNamespace;

        /// <summary>True when the method waits for a final status (the shipped <c>WaitForFinalStatusAsync</c> or one of that name).</summary>
        public bool IsWaitForFinalStatus(IMethodSymbol? method)
            => method != null && (method.ReducedFrom ?? method).Name is "WaitForFinalStatusAsync" or "WaitForFinalStatus";

        /// <summary>True when the method reads an order by id (<c>GetOrderById(Async)</c>, or Kiota's <c>GetAsync</c> on the order's builder).</summary>
        public bool IsGetOrder(IMethodSymbol? method)
        {
            if (method == null)
            {
                return false;
            }

            method = method.ReducedFrom ?? method;
            return method.Name switch
            {
                "GetOrderByIdAsync" or "GetOrderById" => true,
                "GetAsync" => IsKiotaOrderItemBuilder(method.ContainingType),
                _ => false,
            };
        }

        private bool ReturnsOrder(IMethodSymbol method)
        {
            var type = method.ReturnType as INamedTypeSymbol;
            if (type is { IsGenericType: true, TypeArguments.Length: 1 } && type.Name is "Task" or "ValueTask")
            {
                type = type.TypeArguments[0] as INamedTypeSymbol;
            }

            if (type == null)
            {
                return false;
            }

            if (IsOrderType(type))
            {
                return true;
            }

            foreach (var member in type.GetMembers("Data"))
            {
                if (member is IPropertySymbol property && IsOrderType(property.Type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Kiota puts the builder of <c>/v1/accounts/{account_id}/orders/{order_id}</c> in <c>….V1.Accounts.Item.Orders.Item</c>.</summary>
        private static bool IsKiotaOrderItemBuilder(INamedTypeSymbol? type)
        {
            if (type == null || !type.Name.EndsWith("RequestBuilder", StringComparison.Ordinal))
            {
                return false;
            }

            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return ns.EndsWith(".Orders.Item", StringComparison.Ordinal) && ns.IndexOf(".Accounts.Item.", StringComparison.Ordinal) >= 0;
        }
    }
}
