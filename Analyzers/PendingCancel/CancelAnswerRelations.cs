using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What relates to the canceled order: the values its cancel call was given, and its answer.</summary>
    internal sealed partial class CancelAnswerAnalysis
    {
        private void CollectRelated(CancelScope scope, IOperation? manyFrom)
        {
            if (manyFrom != null)
            {
                // Task.WhenAll(orders.Select(o => client.CancelOpenOrderAsync(accountId, o.Id))): the orders canceled.
                AddRoot(scope, manyFrom);
            }

            // The cancel of all open orders is given the account (and a filter), not an order: its orders are in its answer.
            if (!scope.IsCancelAll)
            {
                CollectCancelArguments(scope);
                CollectLoopAround(scope);
            }
        }

        /// <summary>
        /// A cancel of each order of a <c>foreach</c>: its collection holds the orders canceled, and code after the loop
        /// that clears the open orders treats them all as gone.
        /// </summary>
        private static void CollectLoopAround(CancelScope scope)
        {
            for (var parent = scope.Cancel.Parent; parent != null && parent != scope.Body; parent = parent.Parent)
            {
                if (parent is IForEachLoopOperation loop)
                {
                    foreach (var local in loop.Locals)
                    {
                        if (scope.Related.Contains(local))
                        {
                            scope.ManyOrders = true;
                            AddRoot(scope, loop.Collection);
                            return;
                        }
                    }
                }
            }
        }

        private static void CollectCancelArguments(CancelScope scope)
        {
            var cancel = scope.Cancel;
            foreach (var argument in cancel.Arguments)
            {
                if (argument.Value.Type?.Name == "CancellationToken" || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                AddRoot(scope, argument.Value);
            }

            // Kiota: client.V1.Accounts[accountId].Orders[orderId].DeleteAsync() carries the ids in the indexers.
            for (var receiver = cancel.Instance; receiver != null;)
            {
                receiver = Operations.SkipConversions(receiver);
                if (receiver is IPropertyReferenceOperation property)
                {
                    foreach (var argument in property.Arguments)
                    {
                        AddRoot(scope, argument.Value);
                    }

                    receiver = property.Instance;
                }
                else if (receiver is IInvocationOperation invocation)
                {
                    receiver = invocation.Instance;
                }
                else
                {
                    break;
                }
            }
        }

        private static void AddRoot(CancelScope scope, IOperation value)
        {
            var root = RootSymbol(value, out bool isThis);
            if (root != null)
            {
                scope.Related.Add(root);
            }

            scope.ThisIsRelated |= isThis;
        }

        /// <summary>The local, parameter or field an expression starts from (<c>order</c> in <c>order.Id</c>); <c>this</c> flagged.</summary>
        private static ISymbol? RootSymbol(IOperation value, out bool isThis)
        {
            isThis = false;
            var current = Operations.SkipConversions(value);
            while (true)
            {
                switch (current)
                {
                    case IPropertyReferenceOperation { Instance: { } instance }:
                        current = Operations.SkipConversions(instance);
                        continue;
                    case IConditionalAccessOperation conditional:
                        current = Operations.SkipConversions(conditional.Operation);
                        continue;
                    case IConditionalAccessInstanceOperation instance:
                        var owner = OwnerOf(instance);
                        if (owner == null)
                        {
                            return null;
                        }

                        current = Operations.SkipConversions(owner.Operation);
                        continue;
                    case IArrayElementReferenceOperation element:
                        current = Operations.SkipConversions(element.ArrayReference);
                        continue;
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case IFieldReferenceOperation field:
                        return field.Field;
                    case IInstanceReferenceOperation:
                        isThis = true;
                        return null;
                    default:
                        return null;
                }
            }
        }

        private static IConditionalAccessOperation? OwnerOf(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var parent = instance.Parent; parent != null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation conditional && conditional.WhenNotNull == child)
                {
                    return conditional;
                }
            }

            return null;
        }

        private bool IsRelated(CancelScope scope, IOperation? value)
        {
            if (value == null)
            {
                return false;
            }

            if (IsAnswer(scope, value))
            {
                return true;
            }

            var root = RootSymbol(value, out bool isThis);
            return (isThis && scope.ThisIsRelated) || (root != null && (scope.Related.Contains(root) || scope.Holders.Contains(root)))
                   || LooksUpRelated(scope, value);
        }

        /// <summary>An element looked up by the canceled order's id: <c>_orders[orderId]</c>, <c>_orders[orderId].Status</c>.</summary>
        private bool LooksUpRelated(CancelScope scope, IOperation value)
        {
            for (var current = Operations.SkipConversions(value); ;)
            {
                switch (current)
                {
                    case IPropertyReferenceOperation property:
                        foreach (var argument in property.Arguments)
                        {
                            if (IsRelated(scope, argument.Value))
                            {
                                return true;
                            }
                        }

                        if (property.Instance == null)
                        {
                            return false;
                        }

                        current = Operations.SkipConversions(property.Instance);
                        continue;
                    case IArrayElementReferenceOperation element:
                        foreach (var index in element.Indices)
                        {
                            if (IsRelated(scope, index))
                            {
                                return true;
                            }
                        }

                        current = Operations.SkipConversions(element.ArrayReference);
                        continue;
                    default:
                        return false;
                }
            }
        }

        /// <summary>True when the value is the cancel call's answer or read from it (through a holder local, <c>.Data</c>, …).</summary>
        private bool IsAnswer(CancelScope scope, IOperation value)
        {
            var current = Operations.SkipConversions(value);
            while (true)
            {
                if (current == scope.Cancel)
                {
                    return true;
                }

                switch (current)
                {
                    case IAwaitOperation awaited:
                        current = Operations.SkipConversions(awaited.Operation);
                        continue;
                    case IInvocationOperation { Instance: { } instance } invocation when IsAwaiterPlumbing(invocation.TargetMethod):
                        current = Operations.SkipConversions(instance);
                        continue;
                    case IPropertyReferenceOperation { Instance: { } instance }:
                        current = Operations.SkipConversions(instance);
                        continue;
                    case IConditionalAccessOperation conditional:
                        current = Operations.SkipConversions(conditional.Operation);
                        continue;
                    case IConditionalAccessInstanceOperation instance:
                        var owner = OwnerOf(instance);
                        if (owner == null)
                        {
                            return false;
                        }

                        current = Operations.SkipConversions(owner.Operation);
                        continue;
                    case ILocalReferenceOperation local:
                        return scope.Holders.Contains(local.Local);
                    default:
                        return false;
                }
            }
        }

        private static bool IsAwaiterPlumbing(IMethodSymbol method)
            => method.Name is "ConfigureAwait" or "GetAwaiter" or "GetResult" or "AsTask";
    }
}
