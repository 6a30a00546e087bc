using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What the code does with a cancel call's answer, and with the order, after the call (forms 4 and 5).</summary>
    internal sealed class CancelAnswerAnalysis
    {
        /// <summary>Words that name a collection of the orders still live (what a removal takes the order out of).</summary>
        private static readonly ImmutableHashSet<string> s_openCollectionWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "open", "active", "live", "working", "resting", "outstanding", "orders", "book", "blotter", "tracked");

        /// <summary>Words that name a collection of cancels to send or in flight: taking the order out of it is right.</summary>
        private static readonly ImmutableHashSet<string> s_cancelQueueWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "cancel", "cancels", "cancellations", "cancelations", "pending", "request", "requests", "queue",
            "retry", "retries", "to", "inflight");

        private readonly StatusTestReader _reader;
        private readonly ContractRecognizer _recognizer;

        public CancelAnswerAnalysis(StatusTestReader reader)
        {
            _reader = reader;
            _recognizer = reader.Recognizer;
        }

        /// <summary>What form 4 found: the action that takes the cancel's answer as the outcome.</summary>
        public sealed class OutcomeFinding
        {
            public OutcomeFinding(string action) => Action = action;

            /// <summary>What the code then does, in words ("removes the order from '_open'").</summary>
            public string Action { get; }
        }

        /// <summary>What form 5 found: the comparison with CANCELED that sends the usual answer to the failure branch.</summary>
        public sealed class OnlyCanceledFinding
        {
            public OnlyCanceledFinding(IOperation comparison, string canceled)
            {
                Comparison = comparison;
                Canceled = canceled;
            }

            public IOperation Comparison { get; }

            public string Canceled { get; }
        }

        private sealed class Scope
        {
            public Scope(IInvocationOperation cancel, IOperation body)
            {
                Cancel = cancel;
                Body = body;
                End = cancel.Syntax.Span.End;
            }

            public IInvocationOperation Cancel { get; }

            public IOperation Body { get; }

            public int End { get; }

            public readonly HashSet<ISymbol> Holders = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            public readonly HashSet<ISymbol> Related = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            public bool ThisIsRelated;
            public bool Escapes;
            public bool LooksAtStatus;
            public bool WaitsOrRereads;
            public bool NamesPendingCancel;

            /// <summary>The code records the cancel as in flight (a pending-cancel set, a "cancel requested" call): it knows.</summary>
            public bool TracksPending;
            public readonly List<(IOperation At, string Action)> Actions = new List<(IOperation, string)>();
            public readonly List<StatusTest> AnswerTests = new List<StatusTest>();
        }

        /// <summary>The body the cancel call runs in: its lambda's or local function's, or the member's.</summary>
        public static IOperation? BodyOf(IInvocationOperation cancel)
        {
            var function = OperationFacts.EnclosingFunction(cancel);
            switch (function)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Body;
                case ILocalFunctionOperation local:
                    return local.Body;
                default:
                    IOperation root = cancel;
                    while (root.Parent != null)
                    {
                        root = root.Parent;
                    }

                    return root;
            }
        }

        /// <summary>Form 4 (the answer taken as the outcome) and form 5 (only CANCELED accepted) for one cancel call.</summary>
        public void Analyze(
            IInvocationOperation cancel,
            Func<ControlFlowGraph?> getControlFlowGraph,
            out OutcomeFinding? outcome,
            out OnlyCanceledFinding? onlyCanceled,
            System.Threading.CancellationToken cancellationToken)
        {
            outcome = null;
            onlyCanceled = null;
            var body = BodyOf(cancel);
            if (body == null)
            {
                return;
            }

            var scope = new Scope(cancel, body);
            CollectRelated(scope);
            Scan(scope, cancellationToken);
            if (scope.Escapes)
            {
                return;
            }

            if (!scope.LooksAtStatus && !scope.WaitsOrRereads && !scope.TracksPending && scope.Actions.Count > 0)
            {
                var graph = GraphOf(cancel, getControlFlowGraph);
                if (graph != null)
                {
                    var targets = new HashSet<SyntaxNode> { cancel.Syntax };
                    foreach (var (at, _) in scope.Actions)
                    {
                        targets.Add(at.Syntax);
                    }

                    var reachability = new Reachability(graph, cancel.Syntax, targets);
                    foreach (var (at, action) in scope.Actions)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (reachability.Reaches(at.Syntax))
                        {
                            outcome = new OutcomeFinding(action);
                            return;
                        }
                    }
                }

                return;
            }

            if (!scope.NamesPendingCancel && !scope.WaitsOrRereads)
            {
                onlyCanceled = FindOnlyCanceled(scope);
            }
        }

        // ------------------------------------------------------------------ what relates to the canceled order

        private void CollectRelated(Scope scope)
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
                receiver = OperationFacts.Strip(receiver);
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

        private static void AddRoot(Scope scope, IOperation value)
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
            var current = OperationFacts.Strip(value);
            while (true)
            {
                switch (current)
                {
                    case IPropertyReferenceOperation { Instance: { } instance }:
                        current = OperationFacts.Strip(instance);
                        continue;
                    case IConditionalAccessOperation conditional:
                        current = OperationFacts.Strip(conditional.Operation);
                        continue;
                    case IConditionalAccessInstanceOperation instance:
                        var owner = OwnerOf(instance);
                        if (owner == null)
                        {
                            return null;
                        }

                        current = OperationFacts.Strip(owner.Operation);
                        continue;
                    case IArrayElementReferenceOperation element:
                        current = OperationFacts.Strip(element.ArrayReference);
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

        private bool IsRelated(Scope scope, IOperation? value)
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
            return (isThis && scope.ThisIsRelated) || (root != null && (scope.Related.Contains(root) || scope.Holders.Contains(root)));
        }

        /// <summary>True when the value is the cancel call's answer or read from it (through a holder local, <c>.Data</c>, …).</summary>
        private bool IsAnswer(Scope scope, IOperation value)
        {
            var current = OperationFacts.Strip(value);
            while (true)
            {
                if (current == scope.Cancel)
                {
                    return true;
                }

                switch (current)
                {
                    case IAwaitOperation awaited:
                        current = OperationFacts.Strip(awaited.Operation);
                        continue;
                    case IInvocationOperation { Instance: { } instance } invocation when IsAwaiterPlumbing(invocation.TargetMethod):
                        current = OperationFacts.Strip(instance);
                        continue;
                    case IPropertyReferenceOperation { Instance: { } instance }:
                        current = OperationFacts.Strip(instance);
                        continue;
                    case IConditionalAccessOperation conditional:
                        current = OperationFacts.Strip(conditional.Operation);
                        continue;
                    case IConditionalAccessInstanceOperation instance:
                        var owner = OwnerOf(instance);
                        if (owner == null)
                        {
                            return false;
                        }

                        current = OperationFacts.Strip(owner.Operation);
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

        // ------------------------------------------------------------------ the scan

        private void Scan(Scope scope, System.Threading.CancellationToken cancellationToken)
        {
            // The answer itself.
            RecordUse(scope, scope.Cancel);

            // Lambdas and local functions inside the body (met before what they hold): code there runs some other time.
            var nestedFunctions = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
            foreach (var operation in scope.Body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    nestedFunctions.Add(operation.Syntax.Span);
                }

                if (operation.Syntax.Span.End <= scope.End || operation == scope.Cancel)
                {
                    continue;
                }

                bool nested = false;
                foreach (var span in nestedFunctions)
                {
                    nested |= span.Contains(operation.Syntax.Span) && operation is not (IAnonymousFunctionOperation or ILocalFunctionOperation);
                }

                switch (operation)
                {
                    case ILocalReferenceOperation local when scope.Holders.Contains(local.Local):
                        if (nested)
                        {
                            scope.Escapes = true;
                        }
                        else
                        {
                            RecordUse(scope, local);
                        }

                        break;

                    case IInvocationOperation invocation:
                        var method = invocation.TargetMethod;
                        if (_recognizer.IsWaitForFinalStatus(method) || _recognizer.IsGetOrder(method) || WaitsOrReads(invocation))
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

                    case IFieldReferenceOperation field when _reader.TryGetMember(field, out var universe, out int index):
                        if (index == universe!.PendingCancelIndex)
                        {
                            scope.NamesPendingCancel = true;
                        }

                        break;

                    case IPropertyReferenceOperation property:
                        if (_reader.UniverseOf(property.Type) != null && !IsWriteTarget(property) && !OperationFacts.IsInsideLogging(property))
                        {
                            scope.LooksAtStatus = true;
                        }

                        break;

                    case ISimpleAssignmentOperation assignment when !nested:
                        ConsiderAssignment(scope, assignment);
                        break;

                    case IObjectCreationOperation creation when !nested:
                        if (IdentifierWords.SaysFinal(creation.Type?.Name) && AnyRelated(scope, creation))
                        {
                            scope.Actions.Add((creation, "reports it with '" + creation.Type!.Name + "'"));
                        }

                        break;

                    case IReturnOperation { ReturnedValue: { } returned } when !nested
                        && _reader.TryGetMember(returned, out var returnedUniverse, out int returnedIndex)
                        && returnedUniverse!.Groups[returnedIndex] == LifecycleGroup.Final:
                        scope.Actions.Add((OperationFacts.Strip(returned), "returns '" + returnedUniverse.Spell(returnedIndex) + "'"));
                        break;

                    case IConditionalOperation conditional when !nested:
                        var test = _reader.Read(conditional.Condition);
                        if (test != null && IsAnswer(scope, test.Subject))
                        {
                            scope.AnswerTests.Add(test);
                        }

                        break;
                }
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

            var returned = AwaitedType(method.ReturnType);
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
        private void RecordUse(Scope scope, IOperation value)
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
                            if (!OperationFacts.IsInsideLogging(property))
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
                            if (!OperationFacts.IsInsideLogging(property))
                            {
                                scope.Actions.Add((property, "uses its " + property.Property.Name + " as final"));
                            }

                            return;
                        }

                        if (_recognizer.IsOrderType(property.Type) || property.Property.Name == "Result")
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
                    case IArgumentOperation { Parent: IInvocationOperation call } when OperationFacts.IsLogging(call):
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
            => OperationFacts.Strip(binary.LeftOperand).ConstantValue is { HasValue: true, Value: null }
               || OperationFacts.Strip(binary.RightOperand).ConstantValue is { HasValue: true, Value: null };

        private bool IsHolderType(Scope scope, ITypeSymbol? type)
        {
            if (type == null)
            {
                return false;
            }

            if (_recognizer.IsOrderType(Types.UnwrapNullable(type)) || _reader.UniverseOf(type) != null)
            {
                return true;
            }

            var answer = AwaitedType(scope.Cancel.Type);
            return answer != null && SymbolEqualityComparer.Default.Equals(Types.UnwrapNullable(type)?.OriginalDefinition, answer.OriginalDefinition);
        }

        private static ITypeSymbol? AwaitedType(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named && named.Name is "Task" or "ValueTask"
                ? named.TypeArguments[0]
                : type;

        private void ConsiderCall(Scope scope, IInvocationOperation invocation)
        {
            if (OperationFacts.IsLogging(invocation) || _recognizer.IsCancelOperation(invocation.TargetMethod))
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

            if (method.Name is "Remove" or "TryRemove" or "RemoveAll" or "RemoveWhere" && receiver != null)
            {
                var words = IdentifierWords.Split(OperationFacts.NameOf(receiver));
                if (ContainsAny(words, s_openCollectionWords) && !ContainsAny(words, s_cancelQueueWords) && AnyArgumentRelated(scope, invocation, first))
                {
                    scope.Actions.Add((invocation, "removes it from '" + OperationFacts.NameOf(receiver) + "'"));
                }

                return;
            }

            if (IdentifierWords.SaysFinal(method.Name))
            {
                bool receiverRelated = receiver != null && first == 0 && IsRelated(scope, receiver)
                                       && OperationFacts.Strip(receiver) is not IInstanceReferenceOperation;
                if (receiverRelated || AnyArgumentRelated(scope, invocation, first))
                {
                    scope.Actions.Add((invocation, "marks it with '" + method.Name + "'"));
                }
            }
        }

        /// <summary>A collection whose name says it holds cancels in flight (<c>_pendingCancels</c>, <c>cancelRequested</c>).</summary>
        private static bool IsInFlightCollection(IOperation receiver)
        {
            var name = OperationFacts.NameOf(receiver);
            var words = IdentifierWords.Split(name);
            return IdentifierWords.SaysInFlightOrCancelable(name) || (words.Contains("cancel") || words.Contains("cancels") || words.Contains("cancellations"));
        }

        private bool AnyArgumentRelated(Scope scope, IInvocationOperation invocation, int first)
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
                if (OperationFacts.Strip(argument.Value) is IDelegateCreationOperation or IAnonymousFunctionOperation)
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

        private bool AnyRelated(Scope scope, IObjectCreationOperation creation)
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

        private void ConsiderAssignment(Scope scope, ISimpleAssignmentOperation assignment)
        {
            var target = OperationFacts.Strip(assignment.Target);
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

            var name = OperationFacts.NameOf(target);
            if (OperationFacts.Strip(assignment.Value).ConstantValue is { HasValue: true, Value: true } && IdentifierWords.SaysFinal(name))
            {
                scope.Actions.Add((assignment, "sets '" + name + "' to true"));
            }
        }

        private bool TargetRelated(Scope scope, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
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

            return OperationFacts.Strip(instance) is IInstanceReferenceOperation ? scope.ThisIsRelated : IsRelated(scope, instance);
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

        // ------------------------------------------------------------------ form 5

        private OnlyCanceledFinding? FindOnlyCanceled(Scope scope)
        {
            foreach (var test in scope.AnswerTests)
            {
                var universe = test.Universe;
                int canceled = universe.CanceledIndex;
                if (canceled < 0 || test.Root.Parent is not IConditionalOperation conditional || conditional.Condition != test.Root)
                {
                    continue;
                }

                ulong canceledBit = 1UL << canceled;
                ulong falseSet = universe.All & ~test.TrueSet;
                IOperation? failure;
                if ((test.TrueSet & canceledBit) != 0 && (test.TrueSet & ~universe.Finals) == 0)
                {
                    failure = conditional.WhenFalse;
                }
                else if ((falseSet & canceledBit) != 0 && (falseSet & ~universe.Finals) == 0)
                {
                    failure = conditional.WhenTrue;
                }
                else
                {
                    continue;
                }

                if (failure == null || OperationFacts.OnlyLogs(failure) || HandlesStatus(failure))
                {
                    continue;
                }

                var reference = test.FirstReferenceTo(canceled);
                if (reference == null)
                {
                    continue;
                }

                return new OnlyCanceledFinding(ComparisonOf(reference, test.Root), universe.Spell(canceled));
            }

            return null;
        }

        private bool HandlesStatus(IOperation branch)
        {
            foreach (var operation in branch.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when _recognizer.IsWaitForFinalStatus(invocation.TargetMethod)
                                                              || _recognizer.IsGetOrder(invocation.TargetMethod):
                        return true;
                    case IConditionalOperation conditional when _reader.Read(conditional.Condition) != null:
                        return true;
                    case ISwitchOperation switchStatement when _reader.UniverseOf(switchStatement.Value.Type) != null:
                        return true;
                    case ISwitchExpressionOperation switchExpression when _reader.UniverseOf(switchExpression.Value.Type) != null:
                        return true;
                }
            }

            return false;
        }

        /// <summary>The comparison or pattern test that holds the reference to CANCELED.</summary>
        private static IOperation ComparisonOf(IOperation reference, IOperation root)
        {
            for (var current = reference.Parent; current != null && current != root.Parent; current = current.Parent)
            {
                if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
                    or IIsPatternOperation or IInvocationOperation)
                {
                    return current;
                }
            }

            return root;
        }

        // ------------------------------------------------------------------ control flow

        private static ControlFlowGraph? GraphOf(IOperation cancel, Func<ControlFlowGraph?> getControlFlowGraph)
        {
            ControlFlowGraph? graph;
            try
            {
                graph = getControlFlowGraph();
            }
            catch (ArgumentException)
            {
                // A block the flow analysis does not take: no judgement rather than a crash.
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }

            if (graph == null)
            {
                return null;
            }

            // The chain of lambdas and local functions from the member's body down to the cancel call.
            var chain = new List<IOperation>();
            for (var function = OperationFacts.EnclosingFunction(cancel); function != null; function = OperationFacts.EnclosingFunction(function))
            {
                chain.Insert(0, function);
            }

            foreach (var function in chain)
            {
                graph = function switch
                {
                    ILocalFunctionOperation local => FindLocalFunctionGraph(graph, local.Symbol),
                    IAnonymousFunctionOperation lambda => FindLambdaGraph(graph, lambda.Syntax),
                    _ => null,
                };

                if (graph == null)
                {
                    return null;
                }
            }

            return graph;
        }

        private static ControlFlowGraph? FindLocalFunctionGraph(ControlFlowGraph graph, IMethodSymbol symbol)
        {
            foreach (var local in graph.LocalFunctions)
            {
                if (SymbolEqualityComparer.Default.Equals(local, symbol))
                {
                    return graph.GetLocalFunctionControlFlowGraph(local);
                }
            }

            return null;
        }

        private static ControlFlowGraph? FindLambdaGraph(ControlFlowGraph graph, SyntaxNode syntax)
        {
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    foreach (var inner in operation.DescendantsAndSelf())
                    {
                        if (inner is IFlowAnonymousFunctionOperation flow && flow.Syntax == syntax)
                        {
                            return graph.GetAnonymousFunctionControlFlowGraph(flow);
                        }
                    }
                }

                if (block.BranchValue != null)
                {
                    foreach (var inner in block.BranchValue.DescendantsAndSelf())
                    {
                        if (inner is IFlowAnonymousFunctionOperation flow && flow.Syntax == syntax)
                        {
                            return graph.GetAnonymousFunctionControlFlowGraph(flow);
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>Which code the normal flow reaches from the cancel call (exceptions and catch blocks left out).</summary>
        private sealed class Reachability
        {
            private readonly Dictionary<SyntaxNode, int> _blockOf = new Dictionary<SyntaxNode, int>();
            private readonly HashSet<int> _reached = new HashSet<int>();
            private readonly int _start = -1;
            private readonly int _startPosition;

            public Reachability(ControlFlowGraph graph, SyntaxNode from, HashSet<SyntaxNode> targets)
            {
                foreach (var block in graph.Blocks)
                {
                    foreach (var operation in block.Operations)
                    {
                        Index(operation, block.Ordinal, targets);
                    }

                    if (block.BranchValue != null)
                    {
                        Index(block.BranchValue, block.Ordinal, targets);
                    }
                }

                _startPosition = from.SpanStart;
                if (!_blockOf.TryGetValue(from, out _start))
                {
                    _start = -1;
                    return;
                }

                var pending = new Stack<BasicBlock>();
                pending.Push(graph.Blocks[_start]);
                var seen = new HashSet<int>();
                while (pending.Count > 0)
                {
                    var block = pending.Pop();
                    foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                    {
                        var destination = branch?.Destination;
                        if (destination != null && seen.Add(destination.Ordinal))
                        {
                            _reached.Add(destination.Ordinal);
                            pending.Push(destination);
                        }
                    }
                }
            }

            private void Index(IOperation operation, int ordinal, HashSet<SyntaxNode> targets)
            {
                if (!operation.Syntax.Span.IntersectsWith(Span(targets)))
                {
                    return;
                }

                foreach (var inner in operation.DescendantsAndSelf())
                {
                    if (!inner.IsImplicit && targets.Contains(inner.Syntax) && !_blockOf.ContainsKey(inner.Syntax))
                    {
                        _blockOf.Add(inner.Syntax, ordinal);
                    }
                }
            }

            private Microsoft.CodeAnalysis.Text.TextSpan? _span;

            /// <summary>The span that covers every target: operations outside it need no look.</summary>
            private Microsoft.CodeAnalysis.Text.TextSpan Span(HashSet<SyntaxNode> targets)
            {
                if (_span == null)
                {
                    int start = int.MaxValue, end = 0;
                    foreach (var target in targets)
                    {
                        start = Math.Min(start, target.SpanStart);
                        end = Math.Max(end, target.Span.End);
                    }

                    _span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, Math.Max(start, end));
                }

                return _span.Value;
            }

            public bool Reaches(SyntaxNode target)
            {
                if (_start < 0 || !_blockOf.TryGetValue(target, out int block))
                {
                    return false;
                }

                return _reached.Contains(block) || (block == _start && target.SpanStart > _startPosition);
            }
        }
    }
}
