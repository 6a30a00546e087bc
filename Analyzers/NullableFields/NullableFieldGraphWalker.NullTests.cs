using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    internal sealed partial class NullableFieldGraphWalker
    {
        private NullFlowState Assume(NullFlowState state, IOperation condition, bool value)
        {
            var keys = new List<ValueKey>();
            CollectNotNull(condition, value, keys);
            foreach (var key in keys)
            {
                state = MarkSafe(state, key);
            }

            return state;
        }

        /// <summary>
        /// Marks a value not null, and for the result of <c>x?.M()</c> its receiver <c>x</c> too (and so on down a chain
        /// <c>a?.B?.C</c>, in a loop: the chain is as long as the source writes it).
        /// </summary>
        private NullFlowState MarkSafe(NullFlowState state, ValueKey? key)
        {
            for (int step = 0; key != null && step <= _conditionalAccessReceivers.Count; step++)
            {
                if (Matters(key, state))
                {
                    state = state.WithSafe(key);
                }

                key = key.Kind == ValueKeyKind.Capture && key.Constant is CaptureId id && _conditionalAccessReceivers.TryGetValue(id, out var receiver)
                    ? KeyOf(receiver)
                    : null;
            }

            return state;
        }

        /// <summary>
        /// Adds the keys of the values that are not null when <paramref name="condition"/> is <paramref name="value"/>. The
        /// condition is taken apart with a work list, not recursion: <c>a &amp;&amp; b &amp;&amp; …</c> can be as long as the source.
        /// </summary>
        private void CollectNotNull(IOperation condition, bool value, List<ValueKey> keys)
        {
            var pending = new Stack<(IOperation Condition, bool Value)>();
            pending.Push((condition, value));
            while (pending.Count > 0)
            {
                var (current, holds) = pending.Pop();
                switch (current)
                {
                    case IParenthesizedOperation parenthesized:
                        pending.Push((parenthesized.Operand, holds));
                        break;
                    case IConversionOperation conversion when conversion.IsImplicit:
                        pending.Push((conversion.Operand, holds));
                        break;
                    case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                        pending.Push((not.Operand, !holds));
                        break;
                    case IIsNullOperation isNull:
                        if (!holds)
                        {
                            Add(keys, isNull.Operand);
                        }

                        break;
                    case IIsPatternOperation isPattern:
                        CollectFromIsPattern(isPattern, holds, keys);
                        break;
                    case IIsTypeOperation isType:
                        if (holds != isType.IsNegated)
                        {
                            Add(keys, isType.ValueOperand);
                        }

                        break;
                    case IPropertyReferenceOperation { Property.Name: "HasValue", Instance: { } instance }
                        when Types.IsNullableValueType(instance.Type):
                        if (holds)
                        {
                            Add(keys, instance);
                        }

                        break;
                    case IBinaryOperation binary:
                        CollectFromBinary(binary, holds, keys, pending);
                        break;
                    case IInvocationOperation invocation:
                        CollectFromCall(invocation, holds, keys);
                        break;
                }
            }
        }

        private void CollectFromIsPattern(IIsPatternOperation isPattern, bool value, List<ValueKey> keys)
        {
            if (value ? NullChecks.RejectsNull(isPattern.Pattern) : NullChecks.AcceptsNull(isPattern.Pattern))
            {
                Add(keys, isPattern.Value);
            }

            var matched = isPattern.Pattern;
            bool matches = value;
            while (matched is INegatedPatternOperation negated)
            {
                matched = negated.Pattern;
                matches = !matches;
            }

            if (matches)
            {
                CollectFromPattern(isPattern.Value, matched, keys);
            }
        }

        private void CollectFromBinary(IBinaryOperation binary, bool value, List<ValueKey> keys, Stack<(IOperation Condition, bool Value)> pending)
        {
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.ConditionalAnd when value:
                case BinaryOperatorKind.And when value && binary.Type?.SpecialType == SpecialType.System_Boolean:
                    pending.Push((binary.RightOperand, true));
                    pending.Push((binary.LeftOperand, true));
                    return;
                case BinaryOperatorKind.ConditionalOr when !value:
                case BinaryOperatorKind.Or when !value && binary.Type?.SpecialType == SpecialType.System_Boolean:
                    pending.Push((binary.RightOperand, false));
                    pending.Push((binary.LeftOperand, false));
                    return;
                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                case BinaryOperatorKind.ObjectValueEquals:
                case BinaryOperatorKind.ObjectValueNotEquals:
                    bool equal = binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.ObjectValueEquals;
                    bool operandsEqual = value == equal;
                    if (!binary.IsLifted && BoolConstant(binary.RightOperand) is bool right)
                    {
                        // x.HasValue == false, string.IsNullOrEmpty(s) != true
                        pending.Push((binary.LeftOperand, operandsEqual == right));
                        return;
                    }

                    if (!binary.IsLifted && BoolConstant(binary.LeftOperand) is bool left)
                    {
                        pending.Push((binary.RightOperand, operandsEqual == left));
                        return;
                    }
                    if (NullChecks.IsNullConstant(binary.RightOperand))
                    {
                        if (!operandsEqual)
                        {
                            Add(keys, binary.LeftOperand);
                        }
                    }
                    else if (NullChecks.IsNullConstant(binary.LeftOperand))
                    {
                        if (!operandsEqual)
                        {
                            Add(keys, binary.RightOperand);
                        }
                    }
                    else if (operandsEqual)
                    {
                        AddPresentWhen(binary.LeftOperand, binary.RightOperand, keys);
                        AddPresentWhen(binary.RightOperand, binary.LeftOperand, keys);

                        // x == 5, x?.Any() == true: equal to something not null, so not null.
                        if (NullChecks.IsCertainlyNotNull(binary.RightOperand))
                        {
                            Add(keys, binary.LeftOperand);
                        }

                        if (NullChecks.IsCertainlyNotNull(binary.LeftOperand))
                        {
                            Add(keys, binary.RightOperand);
                        }
                    }

                    return;
                case BinaryOperatorKind.LessThan:
                case BinaryOperatorKind.LessThanOrEqual:
                case BinaryOperatorKind.GreaterThan:
                case BinaryOperatorKind.GreaterThanOrEqual:
                    if (value && binary.IsLifted)
                    {
                        // A lifted comparison is false when either side is null.
                        Add(keys, binary.LeftOperand);
                        Add(keys, binary.RightOperand);
                    }

                    return;
            }
        }

        private static bool? BoolConstant(IOperation operation)
            => operation.Type?.SpecialType == SpecialType.System_Boolean && operation.ConstantValue is { HasValue: true, Value: bool constant }
                ? constant
                : null;

        private void CollectFromCall(IInvocationOperation invocation, bool value, List<ValueKey> keys)
        {
            var method = invocation.TargetMethod;
            if (method.Name is "ReferenceEquals" or "Equals" && method.IsStatic && invocation.Arguments.Length == 2
                && method.ContainingType?.SpecialType == SpecialType.System_Object)
            {
                var left = invocation.Arguments[0].Value;
                var right = invocation.Arguments[1].Value;
                if (!value)
                {
                    if (NullChecks.IsNullConstant(right))
                    {
                        Add(keys, left);
                    }
                    else if (NullChecks.IsNullConstant(left))
                    {
                        Add(keys, right);
                    }
                }

                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (NullChecks.NotNullWhen(invocation, argument) == value)
                {
                    Add(keys, argument.Value);
                }
            }
        }

        private void Add(List<ValueKey> keys, IOperation operation)
        {
            // Outside the graph (a Where predicate), x?.M() is not lowered: its result is not null only if x is not.
            while (Operations.SkipNullPreserving(operation) is IConditionalAccessOperation conditionalAccess)
            {
                operation = conditionalAccess.Operation;
            }

            if (KeyOf(operation) is { } key)
            {
                keys.Add(key);
            }
        }
    }
}
