using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    internal sealed partial class NullableFieldGraphWalker
    {
        private NullFlowState CheckUse(IOperation operation, NullFlowState state)
        {
            if (operation.Parent is IFlowCaptureOperation
                || operation.Kind is not (OperationKind.PropertyReference or OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.FlowCaptureReference)
                || SourceOf(operation, state) is not { } source
                || NullableUse.Classify(operation) is not { } use)
            {
                return state;
            }

            _owner.Charge(System.Math.Min(state.Safe.Count, state.Tainted.Count));
            if (!IsSafe(source, state) && _reporting && !ProvenByQuery(operation))
            {
                _owner.Report(new NullableFieldFinding(use, source.Field, source.CompilerTracks, source.ThroughVariable));
            }

            if (use.Throws || use.Form == NullableUseForm.Suppression)
            {
                // Past a use that throws on null, the value is not null (and one diagnostic per value is enough).
                state = MarkSafe(state, source.Key);
            }

            return state;
        }

        private NullFlowState Effects(IOperation operation, NullFlowState state)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                    return Assign(state, assignment.Target, assignment.Value);
                case ICompoundAssignmentOperation compound:
                    return Assign(state, compound.Target, null);
                case IIncrementOrDecrementOperation increment:
                    return Assign(state, increment.Target, null);
                case ICoalesceAssignmentOperation coalesce:
                    return Assign(state, coalesce.Target, null);
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in deconstruction.Target.DescendantsAndSelf())
                    {
                        if (target is ILocalReferenceOperation or IParameterReferenceOperation)
                        {
                            state = Assign(state, target, null);
                        }
                    }

                    return state;
                case IVariableDeclaratorOperation declarator:
                    _owner.Charge(state.AssignCost(declarator.Symbol));
                    return state.AssignVariable(declarator.Symbol, declarator.Initializer == null ? null : TaintOf(declarator.Initializer.Value, state));
                case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                    _owner.Charge(state.AssignCost(declared));
                    return state.AssignVariable(declared, null);
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } byReference:
                    return Assign(state, byReference.Value, null);
                case IInvocationOperation invocation:
                    return AfterCall(invocation, state);
                case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                    if (_reporting)
                    {
                        _owner.RecordLocalFunctionReference(reference.Method, state);
                    }

                    return state;
                default:
                    return state;
            }
        }

        private NullFlowState AfterCall(IInvocationOperation invocation, NullFlowState state)
        {
            var method = invocation.TargetMethod;
            if (_reporting && method.MethodKind == MethodKind.LocalFunction)
            {
                _owner.RecordLocalFunctionReference(method, state);
            }

            foreach (var argument in invocation.Arguments)
            {
                if (NullChecks.ThrowsWhenNull(invocation, argument))
                {
                    state = MarkSafe(state, KeyOf(argument.Value));
                }
                else if (NullChecks.DoesNotReturnIf(argument) is bool stopsWhen)
                {
                    state = Assume(state, argument.Value, !stopsWhen);
                }
            }

            return NullChecks.DoesNotReturn(method) ? NullFlowState.Unreached : state;
        }

        private NullFlowState Assign(NullFlowState state, IOperation target, IOperation? value)
        {
            target = Operations.SkipNullPreserving(target);
            switch (target)
            {
                case ILocalReferenceOperation local:
                    _owner.Charge(state.AssignCost(local.Local));
                    var before = state;
                    state = state.AssignVariable(local.Local, value == null ? null : TaintOf(value, state));
                    if (value != null && EnumeratedSequence(value) is { } sequence)
                    {
                        state = AddFilterFacts(state, sequence, local.Local);
                    }

                    return value != null ? WithInitializedMembers(before, state, value, ValueKey.Variable(local.Local)) : state;
                case IParameterReferenceOperation parameter:
                    _owner.Charge(state.AssignCost(parameter.Parameter));
                    return state.AssignVariable(parameter.Parameter, value == null ? null : TaintOf(value, state));
                case IPropertyReferenceOperation or IFieldReferenceOperation or IFlowCaptureReferenceOperation or IArrayElementReferenceOperation:
                    if (KeyOf(target) is not { } key)
                    {
                        return state;
                    }

                    _owner.Charge(state.AssignCost(key));
                    return state.AssignMember(key, Matters(key, state));
                default:
                    return state;
            }
        }

        /// <summary>
        /// <c>var order = new Order { Symbol = "X" };</c>: what the object initializer set (facts about the new object's
        /// capture) holds for the variable that receives it.
        /// </summary>
        private NullFlowState WithInitializedMembers(NullFlowState before, NullFlowState state, IOperation value, ValueKey variable)
        {
            if (Operations.SkipNullPreserving(value) is not IFlowCaptureReferenceOperation capture
                || !_captureValues.TryGetValue(capture.Id, out var values) || values.Count != 1
                || values[0] is not IObjectCreationOperation || before.IsUnreached)
            {
                return state;
            }

            var created = ValueKey.Capture(capture.Id);
            _owner.Charge(before.Safe.Count);
            foreach (var key in before.Safe)
            {
                if (!key.Equals(created) && key.Contains(created))
                {
                    var rebased = key.Rebase(created, variable);
                    if (Matters(rebased, state))
                    {
                        state = state.WithSafe(rebased);
                    }
                }
            }

            return state;
        }
    }
}
