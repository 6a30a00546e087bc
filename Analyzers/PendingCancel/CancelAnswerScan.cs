using System.Collections.Generic;
using System.Threading;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The scan of the code after the cancel call: waits, reads of the status, and where the answer goes.</summary>
    internal sealed partial class CancelAnswerAnalysis
    {
        private void Scan(CancelScope scope, bool stopWhenSettled, Stack<IOperation> work, CancellationToken cancellationToken)
        {
            // The answer itself.
            RecordUse(scope, scope.Anchor);

            // Lambdas and local functions inside the body (met before what they hold): code there runs some other time.
            var nestedFunctions = new List<TextSpan>();

            // The body's operations in order (as Descendants()), without the subtrees that end, trivia included, before the
            // cancel does: the scan passes over those anyway, and in a long member they are most of it. An operation's
            // children lie inside its syntax, so a subtree that ends before the cancel has nothing after it. The work stack
            // is the thread's (see Scan above): a stack of its own per scan grew from four entries each time.
            work.Clear();
            PushChildren(work, scope.Body);
            while (work.Count > 0)
            {
                var operation = work.Pop();

                // Full spans (a node's position and width): a span without trivia walks to the node's first and last
                // tokens each time, and these tests run for every operation after the cancel. A node lies inside another
                // exactly when its full span does; one that starts after the cancel's end ends after it.
                var fullSpan = operation.Syntax.FullSpan;
                if (fullSpan.End <= scope.End && operation != scope.Anchor)
                {
                    continue;
                }

                // Its children come next whatever is decided about it below.
                PushChildren(work, operation);
                cancellationToken.ThrowIfCancellationRequested();
                if (stopWhenSettled && scope.Settled)
                {
                    return;
                }

                var kind = operation.Kind;
                bool isFunction = kind is OperationKind.AnonymousFunction or OperationKind.LocalFunction;
                if (isFunction)
                {
                    nestedFunctions.Add(fullSpan);
                }

                if (fullSpan.Start < scope.End && (operation.Syntax.Span.End <= scope.End || operation == scope.Anchor))
                {
                    continue;
                }

                bool nested = false;
                if (nestedFunctions.Count > 0 && !isFunction)
                {
                    var operationSpan = fullSpan;
                    foreach (var span in nestedFunctions)
                    {
                        nested |= span.Contains(operationSpan);
                    }
                }

                // By kind (one call), not by interface tests in turn: this runs for every operation after the cancel.
                switch (kind)
                {
                    case OperationKind.LocalReference when operation is ILocalReferenceOperation local && scope.Holders.Contains(local.Local):
                        if (nested)
                        {
                            scope.Escapes = true;
                        }
                        else
                        {
                            RecordUse(scope, local);
                        }

                        break;

                    case OperationKind.Invocation:
                        var invocation = (IInvocationOperation)operation;
                        var method = invocation.TargetMethod;
                        if (_recognizer.GetOperation(invocation) is ContractOperation.WaitForFinalStatus or ContractOperation.GetOrder or ContractOperation.ListOrders
                            || WaitsOrReads(invocation))
                        {
                            scope.WaitsOrRereads = true;
                        }
                        else if (method.Name is "IsFinal" or "IsPending" && invocation.Arguments.Length == 1
                                 && _reader.UniverseOf(invocation.Arguments[0].Value.Type) != null)
                        {
                            scope.LooksAtStatus = true;
                            scope.NamesPendingCancel = true;
                        }
                        else if (!nested)
                        {
                            ConsiderCall(scope, invocation);
                        }

                        break;

                    case OperationKind.FieldReference when _reader.TryGetMember(operation, out var universe, out int index):
                        if (index == universe!.PendingCancelIndex)
                        {
                            scope.NamesPendingCancel = true;
                        }

                        break;

                    case OperationKind.PropertyReference:
                        var property = (IPropertyReferenceOperation)operation;
                        // Once the status is known to be looked at, another read cannot say more.
                        if (!scope.LooksAtStatus && _reader.UniverseOf(property.Type) != null && !IsWriteTarget(property)
                            && !LoggingCalls.IsInsideLogging(property, InsideLogging))
                        {
                            scope.LooksAtStatus = true;
                        }

                        break;

                    case OperationKind.SimpleAssignment when !nested:
                        ConsiderAssignment(scope, (ISimpleAssignmentOperation)operation);
                        break;

                    case OperationKind.Loop when !nested && operation is IForEachLoopOperation loop:
                        // foreach (var o in answer.Data) after a cancel-all: each o is an answer; foreach (var o in orders)
                        // over the orders canceled: each o is one of them.
                        if (IsAnswer(scope, loop.Collection))
                        {
                            scope.Holders.UnionWith(loop.Locals);
                        }
                        else if (IsRelated(scope, loop.Collection))
                        {
                            scope.Related.UnionWith(loop.Locals);
                        }

                        break;

                    case OperationKind.ObjectCreation when !nested:
                        var creation = (IObjectCreationOperation)operation;
                        if (IdentifierWords.SaysFinal(creation.Type?.Name) && AnyRelated(scope, creation))
                        {
                            scope.Actions.Add((creation, "reports it with '" + creation.Type!.Name + "'"));
                        }

                        break;

                    case OperationKind.Return or OperationKind.YieldReturn when !nested
                        && operation is IReturnOperation { ReturnedValue: { } returned }
                        && _reader.TryGetMember(returned, out var returnedUniverse, out int returnedIndex)
                        && returnedUniverse!.Groups[returnedIndex] == LifecycleGroup.Final:
                        scope.Actions.Add((Operations.SkipConversions(returned), "returns '" + returnedUniverse.Spell(returnedIndex) + "'"));
                        break;

                    case OperationKind.Conditional when !nested:
                        var test = _reader.Read(((IConditionalOperation)operation).Condition);
                        if (test != null && IsAnswer(scope, test.Subject))
                        {
                            scope.AnswerTests.Add(test);
                        }

                        break;
                }
            }
        }

        /// <summary>Last child first, so the first is popped first (the compiler's own reversed walk: no copy of the children).</summary>
        private static void PushChildren(Stack<IOperation> stack, IOperation parent)
        {
            foreach (var child in parent.ChildOperations.Reverse())
            {
                stack.Push(child);
            }
        }

        /// <summary>
        /// A call that may wait for the outcome or read the order again: one that returns an order or a status, or whose
        /// name says it waits, polls or confirms. Where the code may learn the outcome, the rule does not judge.
        /// </summary>
        private bool WaitsOrReads(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if ((method.ContainingType?.Name == "Task" && method.Name == "Delay") || IsAwaiterPlumbing(method))
            {
                return false;
            }

            var returned = EnclosingFunctions.AwaitedType(method.ReturnType);
            if (returned != null && (_recognizer.IsOrderType(Types.UnwrapNullable(returned)) || _reader.UniverseOf(returned) != null)
                && !_recognizer.IsCancelOperation(method))
            {
                return true;
            }

            foreach (var word in IdentifierWords.Split(method.Name))
            {
                if (word is "wait" or "waits" or "await" or "poll" or "polls" or "until" or "confirm" or "confirms" or "watch" or "track" or "refresh" or "reload" or "sync")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWriteTarget(IOperation operation)
        {
            var parent = operation.Parent;
            return parent is IAssignmentOperation assignment && assignment.Target == operation;
        }

        /// <summary>Follows the answer (or a holder's value) up through the expression that uses it.</summary>
        private void RecordUse(CancelScope scope, IOperation value)
        {
            var current = value;
            while (true)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case IConversionOperation:
                    case IAwaitOperation:
                    case ICoalesceOperation coalesce when coalesce.Value == current:
                        current = parent;
                        continue;
                    case IInvocationOperation invocation when invocation.Instance == current && IsAwaiterPlumbing(invocation.TargetMethod):
                        current = parent;
                        continue;
                    case IConditionalAccessOperation conditional when conditional.WhenNotNull == current:
                        current = parent;
                        continue;
                    case IConditionalAccessOperation conditional when conditional.Operation == current:
                        var instance = FirstInstanceOf(conditional);
                        if (instance == null)
                        {
                            scope.Escapes = true;
                            return;
                        }

                        current = instance;
                        continue;
                    case IPropertyReferenceOperation property when property.Instance == current:
                        if (IsWriteTarget(property))
                        {
                            return;
                        }

                        if (_reader.UniverseOf(property.Type) != null)
                        {
                            if (!LoggingCalls.IsInsideLogging(property, InsideLogging))
                            {
                                scope.LooksAtStatus = true;
                            }

                            current = property;
                            if (parent.Parent is IVariableInitializerOperation or ISimpleAssignmentOperation)
                            {
                                continue;
                            }

                            return;
                        }

                        if (_recognizer.IsExecutionFigure(property.Property))
                        {
                            if (!LoggingCalls.IsInsideLogging(property, InsideLogging))
                            {
                                scope.Actions.Add((property, "uses its " + property.Property.Name + " as final"));
                            }

                            return;
                        }

                        if (_recognizer.IsOrderType(property.Type) || property.Property.Name == "Result"
                            || (scope.IsCancelAll && _recognizer.GetAnswerShape(property.Type) == AnswerShape.Orders))
                        {
                            current = property;
                            continue;
                        }

                        return;
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        if (IsHolderType(scope, declarator.Symbol.Type))
                        {
                            scope.Holders.Add(declarator.Symbol);
                        }

                        return;
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                        if (assignment.Target is ILocalReferenceOperation target && IsHolderType(scope, target.Local.Type))
                        {
                            scope.Holders.Add(target.Local);
                            return;
                        }

                        scope.Escapes = true;
                        return;
                    case IForEachLoopOperation loop when loop.Collection == current:
                        scope.Holders.UnionWith(loop.Locals);
                        return;
                    case IExpressionStatementOperation:
                    case IIsNullOperation:
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } when IsNullComparison((IBinaryOperation)parent):
                    case IInterpolationOperation:
                    case INameOfOperation:
                        return;
                    case IIsPatternOperation or ISwitchExpressionOperation or ISwitchOperation or IBinaryOperation:
                        scope.LooksAtStatus = true;
                        return;
                    case IInvocationOperation { TargetMethod.Name: "IsFinal" or "IsPending" }:
                    case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "IsFinal" or "IsPending" } }:
                        scope.LooksAtStatus = true;
                        return;
                    case IArgumentOperation { Parent: IInvocationOperation call } when LoggingCalls.IsLogging(call):
                        return;
                    default:
                        scope.Escapes = true;
                        return;
                }
            }
        }

        private static IOperation? FirstInstanceOf(IConditionalAccessOperation conditional)
        {
            foreach (var operation in conditional.WhenNotNull.DescendantsAndSelf())
            {
                if (operation is IConditionalAccessInstanceOperation instance && OwnerOf(instance) == conditional)
                {
                    return instance;
                }
            }

            return null;
        }

        private static bool IsNullComparison(IBinaryOperation binary)
            => Operations.SkipConversions(binary.LeftOperand).ConstantValue is { HasValue: true, Value: null }
               || Operations.SkipConversions(binary.RightOperand).ConstantValue is { HasValue: true, Value: null };

        private bool IsHolderType(CancelScope scope, ITypeSymbol? type)
        {
            if (type == null)
            {
                return false;
            }

            if (_recognizer.IsOrderType(Types.UnwrapNullable(type)) || _reader.UniverseOf(type) != null)
            {
                return true;
            }

            if (scope.IsCancelAll && _recognizer.GetAnswerShape(type) == AnswerShape.Orders)
            {
                return true;
            }

            var answer = EnclosingFunctions.AwaitedType(scope.Cancel.Type);
            return answer != null && SymbolEqualityComparer.Default.Equals(Types.UnwrapNullable(type)?.OriginalDefinition, answer.OriginalDefinition);
        }
    }
}
