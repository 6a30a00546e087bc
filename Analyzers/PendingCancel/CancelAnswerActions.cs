using System;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The actions that treat the order as done: removals, final statuses set, calls whose name says final.</summary>
    internal sealed partial class CancelAnswerAnalysis
    {
        /// <summary>Words that name a collection of the orders still live (what a removal takes the order out of).</summary>
        private static readonly ImmutableHashSet<string> s_openCollectionWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "open", "active", "live", "working", "resting", "outstanding", "orders", "book", "blotter", "tracked");

        /// <summary>Words that name a collection of cancels to send or in flight: taking the order out of it is right.</summary>
        private static readonly ImmutableHashSet<string> s_cancelQueueWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "cancel", "cancels", "cancellations", "cancelations", "pending", "request", "requests", "queue",
            "retry", "retries", "to", "inflight");


        private void ConsiderCall(CancelScope scope, IInvocationOperation invocation)
        {
            if (LoggingCalls.IsLogging(invocation) || _recognizer.IsCancelOperation(invocation.TargetMethod) || _recognizer.IsCancelAllOperation(invocation.TargetMethod))
            {
                return;
            }

            var method = invocation.TargetMethod;
            IOperation? receiver = invocation.Instance;
            int first = 0;
            if (receiver == null && method.IsExtensionMethod && invocation.Arguments.Length > 0)
            {
                receiver = invocation.Arguments[0].Value;
                first = 1;
            }

            if (method.Name is "Add" or "TryAdd" or "Enqueue" or "Push" or "Insert" or "Set" or "AddOrUpdate" or "TryUpdate" && receiver != null
                && IsInFlightCollection(receiver) && AnyArgumentRelated(scope, invocation, first))
            {
                scope.TracksPending = true;
                return;
            }

            if (IdentifierWords.SaysInFlightOrCancelable(method.Name) && (AnyArgumentRelated(scope, invocation, first)
                || (receiver != null && first == 0 && IsRelated(scope, receiver))))
            {
                scope.TracksPending = true;
                return;
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                // OrderCanceled?.Invoke(answer.Data.Id), onCanceled(orderId): reported canceled to whoever listens.
                var name = DelegateName(invocation.Instance);
                if (IdentifierWords.SaysFinal(name) && AnyArgumentRelated(scope, invocation, 0))
                {
                    scope.Actions.Add((invocation, "reports it through '" + name + "'"));
                }

                return;
            }

            if (method.Name == "Clear" && invocation.Arguments.Length == 0 && receiver != null && scope.ManyOrders)
            {
                // After a cancel-all, a Task.WhenAll of cancels or a loop of cancels: the open orders cleared as gone.
                var words = IdentifierWords.Split(ValueUses.NameOf(receiver));
                if (ContainsAny(words, s_openCollectionWords) && !ContainsAny(words, s_cancelQueueWords))
                {
                    scope.Actions.Add((invocation, "clears '" + ValueUses.NameOf(receiver) + "'"));
                }

                return;
            }

            if (method.Name is "Remove" or "TryRemove" or "RemoveAll" or "RemoveWhere" && receiver != null)
            {
                var words = IdentifierWords.Split(ValueUses.NameOf(receiver));
                if (ContainsAny(words, s_openCollectionWords) && !ContainsAny(words, s_cancelQueueWords) && AnyArgumentRelated(scope, invocation, first))
                {
                    scope.Actions.Add((invocation, "removes it from '" + ValueUses.NameOf(receiver) + "'"));
                }

                return;
            }

            if (IdentifierWords.SaysFinal(method.Name))
            {
                bool receiverRelated = receiver != null && first == 0 && IsRelated(scope, receiver)
                                       && Operations.SkipConversions(receiver) is not IInstanceReferenceOperation;
                if (receiverRelated || AnyArgumentRelated(scope, invocation, first))
                {
                    scope.Actions.Add((invocation, "marks it with '" + method.Name + "'"));
                }
            }
        }

        /// <summary>The name of the delegate or event invoked: <c>OrderCanceled</c> in <c>OrderCanceled?.Invoke(id)</c>.</summary>
        private static string? DelegateName(IOperation? instance)
        {
            if (instance is IConditionalAccessInstanceOperation conditional)
            {
                instance = OwnerOf(conditional)?.Operation;
            }

            return instance switch
            {
                null => null,
                IEventReferenceOperation eventReference => eventReference.Event.Name,
                _ => ValueUses.NameOf(instance),
            };
        }

        /// <summary>A collection whose name says it holds cancels in flight (<c>_pendingCancels</c>, <c>cancelRequested</c>).</summary>
        private static bool IsInFlightCollection(IOperation receiver)
        {
            var name = ValueUses.NameOf(receiver);
            var words = IdentifierWords.Split(name);
            return IdentifierWords.SaysInFlightOrCancelable(name) || (words.Contains("cancel") || words.Contains("cancels") || words.Contains("cancellations"));
        }

        private bool AnyArgumentRelated(CancelScope scope, IInvocationOperation invocation, int first)
        {
            for (int i = first; i < invocation.Arguments.Length; i++)
            {
                var argument = invocation.Arguments[i];
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (IsRelated(scope, argument.Value))
                {
                    return true;
                }

                // x => x.Id == orderId
                if (Operations.SkipConversions(argument.Value) is IDelegateCreationOperation or IAnonymousFunctionOperation)
                {
                    foreach (var inner in argument.Value.Descendants())
                    {
                        if (inner is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation && IsRelated(scope, inner))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private bool AnyRelated(CancelScope scope, IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (IsRelated(scope, argument.Value))
                {
                    return true;
                }
            }

            if (creation.Initializer is IObjectOrCollectionInitializerOperation initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation assignment && IsRelated(scope, assignment.Value))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void ConsiderAssignment(CancelScope scope, ISimpleAssignmentOperation assignment)
        {
            var target = Operations.SkipConversions(assignment.Target);
            bool related = target switch
            {
                IPropertyReferenceOperation property => TargetRelated(scope, property.Instance, property.Arguments),
                IFieldReferenceOperation field => field.Instance is IInstanceReferenceOperation ? scope.ThisIsRelated : IsRelated(scope, field.Instance),
                _ => false,
            };

            // _pendingCancels[id] = … records the cancel as in flight.
            if (target is IPropertyReferenceOperation { Instance: { } indexed, Arguments.Length: > 0 } indexer && IsInFlightCollection(indexed)
                && TargetRelated(scope, null, indexer.Arguments))
            {
                scope.TracksPending = true;
                return;
            }

            if (!related)
            {
                return;
            }

            if (_reader.TryGetMember(assignment.Value, out var pendingUniverse, out int pendingIndex) && pendingIndex == pendingUniverse!.PendingCancelIndex)
            {
                scope.TracksPending = true;
                return;
            }

            if (_reader.TryGetMember(assignment.Value, out var universe, out int index) && universe!.Groups[index] == LifecycleGroup.Final
                && _reader.UniverseOf(assignment.Target.Type) != null)
            {
                scope.Actions.Add((assignment, "sets its status to '" + universe.Spell(index) + "'"));
                return;
            }

            var name = ValueUses.NameOf(target);
            if (Operations.SkipConversions(assignment.Value).ConstantValue is { HasValue: true, Value: true } && IdentifierWords.SaysFinal(name))
            {
                scope.Actions.Add((assignment, "sets '" + name + "' to true"));
            }
        }

        private bool TargetRelated(CancelScope scope, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (IsRelated(scope, argument.Value))
                {
                    return true;
                }
            }

            if (instance == null)
            {
                return false;
            }

            return Operations.SkipConversions(instance) is IInstanceReferenceOperation ? scope.ThisIsRelated : IsRelated(scope, instance);
        }

        private static bool ContainsAny(ImmutableArray<string> words, ImmutableHashSet<string> set)
        {
            foreach (var word in words)
            {
                if (set.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
