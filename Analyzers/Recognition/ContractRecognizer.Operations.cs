using System;
using System.Collections.Generic;
using System.Threading;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Recognition
{
    /// <summary>What the contract's answer to a call holds.</summary>
    internal enum AnswerShape
    {
        None = 0,

        /// <summary>The order, or an envelope whose <c>Data</c> is the order.</summary>
        Order,

        /// <summary>A list of orders, or an envelope whose <c>Data</c> is one.</summary>
        Orders,
    }

    /// <summary>The cancel (one order and all open orders), the read-back, the list and the wait.</summary>
    internal sealed partial class ContractRecognizer
    {
        /// <summary>
        /// What the method does to the contract's orders, decided once per method by the code's own evidence:
        /// <list type="number">
        /// <item>a method named in <c>clst.cancel_methods</c> is a cancel;</item>
        /// <item>the shipped client's methods, by their fixed names;</item>
        /// <item>with look-alike models on, and only for a method whose answer is the order or a list of orders
        /// (<see cref="GetAnswerShape"/>): its route (<see cref="RouteEvidence"/>: Refit attributes, Kiota's URL template,
        /// the body's verb and URL) — <c>DELETE</c> on the order is the cancel, on the orders the cancel-all, <c>GET</c> the
        /// read-back or the list;</item>
        /// <item>else its shape: the words of its name and its class (<c>cancel</c>, <c>wait</c> … <c>final</c>,
        /// <c>get</c> … <c>order</c>), an order-id parameter for one order.</item>
        /// </list>
        /// A generator's method names are not the mechanism: they are covered by the route (or the shape when the client is
        /// referenced as a compiled assembly, which has no bodies to read).
        /// </summary>
        public ContractOperation GetOperation(IMethodSymbol? method)
        {
            if (method == null)
            {
                return ContractOperation.None;
            }

            // Asked of every call in the compilation, so the commonest answer comes first, before any lookup: a method that
            // returns nothing or a string, number, bool or object gives no order, list or status, and is classified without
            // one only when clst.cancel_methods names it or it bears the shipped cancel's name (see ClassifyOperation; the
            // shipped client's operations all return tasks).
            if ((method.ReturnsVoid || method.ReturnType.SpecialType != SpecialType.None) && !MayClassifyWithoutAnswer(method.Name))
            {
                return ContractOperation.None;
            }

            return GetDefinitionOperation(method);
        }

        /// <summary>
        /// What the call's method does to the contract's orders (<see cref="GetOperation(IMethodSymbol?)"/>), asked of every call
        /// in a compilation: the first gate reads the call's own type, which the binder has already given the operation. The
        /// method's <c>ReturnType</c> is another matter for a generic method: each call holds a constructed method of its own,
        /// whose first reading builds the substituted type and decodes its type parameters' nullable annotations.
        /// </summary>
        public ContractOperation GetOperation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method == null)
            {
                return ContractOperation.None;
            }

            // void is System.Void here, a special type like string, numbers, bool and object; a call the binder could not
            // type (null) takes the method's own gate.
            if (invocation.Type is { SpecialType: not SpecialType.None } && !MayClassifyWithoutAnswer(method.Name))
            {
                return ContractOperation.None;
            }

            return invocation.Type == null ? GetOperation(method) : GetDefinitionOperation(method);
        }

        /// <summary>A method classified without an answer to read: one named in <c>clst.cancel_methods</c>, or the shipped cancel's name.</summary>
        private bool MayClassifyWithoutAnswer(string name) => IsShippedCancelName(name) || _cancelMethodNames.Contains(name);

        private ContractOperation GetDefinitionOperation(IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            method = method.IsDefinition ? method : method.OriginalDefinition;
            return _operations.Get(method);
        }

        /// <summary>True when the method cancels one order (see <see cref="GetOperation"/>).</summary>
        public bool IsCancelOperation(IMethodSymbol? method) => GetOperation(method) == ContractOperation.CancelOrder;

        /// <summary>True when the method cancels all open orders (see <see cref="GetOperation"/>): its answer is the list of orders, each normally PENDING_CANCEL.</summary>
        public bool IsCancelAllOperation(IMethodSymbol? method) => GetOperation(method) == ContractOperation.CancelAllOrders;

        /// <summary>True when the method waits for a final status (see <see cref="GetOperation"/>).</summary>
        public bool IsWaitForFinalStatus(IMethodSymbol? method) => GetOperation(method) == ContractOperation.WaitForFinalStatus;

        /// <summary>True when the method reads an order back by id (see <see cref="GetOperation"/>).</summary>
        public bool IsGetOrder(IMethodSymbol? method) => GetOperation(method) == ContractOperation.GetOrder;

        /// <summary>True when the method lists the account's orders (see <see cref="GetOperation"/>).</summary>
        public bool IsListOrders(IMethodSymbol? method) => GetOperation(method) == ContractOperation.ListOrders;

        /// <summary>
        /// What a call's answer holds: the order (itself or as an envelope's <c>Data</c>), a list of orders (itself, an
        /// envelope's <c>Data</c>, or an async stream of them), or neither. Tasks and nullable annotations are looked through.
        /// </summary>
        public AnswerShape GetAnswerShape(ITypeSymbol? type)
        {
            type = Types.UnwrapNullable(UnwrapAwaitable(type));
            if (type == null)
            {
                return AnswerShape.None;
            }

            var direct = ShapeOf(type);
            if (direct != AnswerShape.None)
            {
                return direct;
            }

            for (var current = type as INamedTypeSymbol; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers("Data"))
                {
                    if (member is IPropertySymbol { IsStatic: false } data)
                    {
                        return ShapeOf(Types.UnwrapNullable(data.Type));
                    }
                }
            }

            return AnswerShape.None;
        }

        private AnswerShape ShapeOf(ITypeSymbol? type)
        {
            if (type == null)
            {
                return AnswerShape.None;
            }

            if (IsOrderType(type))
            {
                return AnswerShape.Order;
            }

            if (type is IArrayTypeSymbol array)
            {
                return IsOrderType(array.ElementType) ? AnswerShape.Orders : AnswerShape.None;
            }

            if (type is INamedTypeSymbol named && type.SpecialType != SpecialType.System_String)
            {
                foreach (var candidate in Concat(named, named.AllInterfaces))
                {
                    if (candidate is { IsGenericType: true, TypeArguments.Length: 1 }
                        && candidate.Name is "IEnumerable" or "IAsyncEnumerable"
                        && IsOrderType(candidate.TypeArguments[0]))
                    {
                        return AnswerShape.Orders;
                    }
                }
            }

            return AnswerShape.None;
        }

        private static IEnumerable<INamedTypeSymbol> Concat(INamedTypeSymbol first, IEnumerable<INamedTypeSymbol> rest)
        {
            yield return first;
            foreach (var item in rest)
            {
                yield return item;
            }
        }

        private static ITypeSymbol? UnwrapAwaitable(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named && named.Name is "Task" or "ValueTask"
                ? named.TypeArguments[0]
                : type;

        private ContractOperation ClassifyOperation(IMethodSymbol method)
        {
            string name = method.Name;
            var containing = method.ContainingType;
            if (containing == null)
            {
                return ContractOperation.None;
            }

            if (_cancelMethodNames.Contains(name) && Options.CancelMethods.Contains(FullName(containing) + "." + name))
            {
                return GetAnswerShape(method.ReturnType) == AnswerShape.Orders ? ContractOperation.CancelAllOrders : ContractOperation.CancelOrder;
            }

            var placement = PlacementOf(containing);
            if (placement == Placement.Shipped)
            {
                return ShippedOperation(name);
            }

            if (placement == Placement.Framework || !Options.LookalikeModels)
            {
                return ContractOperation.None;
            }

            var answer = GetAnswerShape(method.ReturnType);
            if (answer == AnswerShape.None)
            {
                // The shipped names keep their meaning on a look-alike whose answer the recogniser cannot read.
                return IsShippedCancelName(name) ? ContractOperation.CancelOrder : ContractOperation.None;
            }

            var route = RouteEvidence.Read(method, CancellationToken.None);
            if (route.IsKnown)
            {
                return (route.Verb, route.Route, answer) switch
                {
                    (HttpVerb.Delete, OrderRouteKind.Order, AnswerShape.Order) => ContractOperation.CancelOrder,
                    (HttpVerb.Delete, OrderRouteKind.Orders, AnswerShape.Orders) => ContractOperation.CancelAllOrders,
                    (HttpVerb.Get, OrderRouteKind.Order, AnswerShape.Order) => ContractOperation.GetOrder,
                    (HttpVerb.Get, OrderRouteKind.Orders, AnswerShape.Orders) => ContractOperation.ListOrders,
                    _ => ContractOperation.None,
                };
            }

            return OperationByShape(method, answer);
        }

        /// <summary>The shipped cancel's names, which keep their meaning on a look-alike whose answer cannot be read.</summary>
        private static bool IsShippedCancelName(string name) => name is "CancelOpenOrderAsync" or "CancelOpenOrder";

        private static ContractOperation ShippedOperation(string name) => name switch
        {
            "CancelOpenOrderAsync" => ContractOperation.CancelOrder,
            "CancelAllOpenOrdersAsync" => ContractOperation.CancelAllOrders,
            "GetOrderByIdAsync" => ContractOperation.GetOrder,
            "GetOrdersAsync" or "ListOrdersAsync" => ContractOperation.ListOrders,
            "WaitForFinalStatusAsync" => ContractOperation.WaitForFinalStatus,
            _ => ContractOperation.None,
        };

        /// <summary>
        /// No route in the code: the words of the method's name (and of its class, as NSwag's <c>CancelClient</c>) decide,
        /// with the answer's shape. A cancel of one order takes the order's id; a cancel of all answers a list.
        /// </summary>
        private static ContractOperation OperationByShape(IMethodSymbol method, AnswerShape answer)
        {
            var words = Words(method.Name);
            var typeWords = Words(method.ContainingType.Name);
            bool hasOrderId = HasOrderIdParameter(method);
            if (words.Contains("wait") && answer == AnswerShape.Order && (words.Contains("final") || words.Contains("terminal")))
            {
                return ContractOperation.WaitForFinalStatus;
            }

            if (words.Contains("cancel") || (typeWords.Contains("cancel") && !words.Contains("get")))
            {
                if (answer == AnswerShape.Order && hasOrderId)
                {
                    return ContractOperation.CancelOrder;
                }

                if (answer == AnswerShape.Orders && !hasOrderId && (words.Contains("all") || typeWords.Contains("cancel")))
                {
                    return ContractOperation.CancelAllOrders;
                }

                return ContractOperation.None;
            }

            if (words.Contains("get") || typeWords.Contains("get") || words.Contains("read") || words.Contains("fetch"))
            {
                if (answer == AnswerShape.Order && hasOrderId && words.Contains("order"))
                {
                    return ContractOperation.GetOrder;
                }

                if (answer == AnswerShape.Orders && !hasOrderId && words.Contains("orders"))
                {
                    return ContractOperation.ListOrders;
                }
            }

            return ContractOperation.None;
        }

        /// <summary>A string parameter that is the order's id: <c>orderId</c>, <c>order_id</c>, <c>id</c>.</summary>
        private static bool HasOrderIdParameter(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type.SpecialType != SpecialType.System_String)
                {
                    continue;
                }

                var words = Words(parameter.Name);
                if (words.Contains("id") && (words.Count == 1 || words.Contains("order")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The lower-case words of an identifier: <c>Cancel_open_orderAsync</c> → cancel, open, order, async.</summary>
        private static HashSet<string> Words(string identifier)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in WireNames.ToSnake(identifier).ToLowerInvariant().Split('_'))
            {
                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }

            return words;
        }
    }
}
