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
            CollectNotNull(condition, value, keys, 0);
            foreach (var key in keys)
            {
                state = MarkSafe(state, key, 0);
            }

            return state;
        }

        private NullFlowState MarkSafe(NullFlowState state, ValueKey? key, int depth)
        {
            if (key == null || depth > 8)
            {
                return state;
            }

            state = state.WithSafe(key);
            if (key.Kind == ValueKeyKind.Capture && key.Constant is CaptureId id && _conditionalAccessReceivers.TryGetValue(id, out var receiver))
            {
                state = MarkSafe(state, KeyOf(receiver), depth + 1);
            }

            return state;
        }

        /// <summary>Adds the keys of the values that are not null when <paramref name="condition"/> is <paramref name="value"/>.</summary>
        private void CollectNotNull(IOperation condition, bool value, List<ValueKey> keys, int depth)
        {
            if (depth > 16)
            {
                return;
            }

            switch (condition)
            {
                case IParenthesizedOperation parenthesized:
                    CollectNotNull(parenthesized.Operand, value, keys, depth + 1);
                    return;
                case IConversionOperation conversion when conversion.IsImplicit:
                    CollectNotNull(conversion.Operand, value, keys, depth + 1);
                    return;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    CollectNotNull(not.Operand, !value, keys, depth + 1);
                    return;
                case IIsNullOperation isNull:
                    if (!value)
                    {
                        Add(keys, isNull.Operand);
                    }

                    return;
                case IIsPatternOperation isPattern:
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
                        CollectFromPattern(isPattern.Value, matched, keys, depth + 1);
                    }

                    return;
                case IIsTypeOperation isType:
                    if (value != isType.IsNegated)
                    {
                        Add(keys, isType.ValueOperand);
                    }

                    return;
                case IPropertyReferenceOperation { Property.Name: "HasValue", Instance: { } instance }
                    when Types.IsNullableValueType(instance.Type):
                    if (value)
                    {
                        Add(keys, instance);
                    }

                    return;
                case IBinaryOperation binary:
                    CollectFromBinary(binary, value, keys, depth);
                    return;
                case IInvocationOperation invocation:
                    CollectFromCall(invocation, value, keys);
                    return;
            }
        }

        private void CollectFromBinary(IBinaryOperation binary, bool value, List<ValueKey> keys, int depth)
        {
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.ConditionalAnd when value:
                case BinaryOperatorKind.And when value && binary.Type?.SpecialType == SpecialType.System_Boolean:
                    CollectNotNull(binary.LeftOperand, true, keys, depth + 1);
                    CollectNotNull(binary.RightOperand, true, keys, depth + 1);
                    return;
                case BinaryOperatorKind.ConditionalOr when !value:
                case BinaryOperatorKind.Or when !value && binary.Type?.SpecialType == SpecialType.System_Boolean:
                    CollectNotNull(binary.LeftOperand, false, keys, depth + 1);
                    CollectNotNull(binary.RightOperand, false, keys, depth + 1);
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
                        CollectNotNull(binary.LeftOperand, operandsEqual == right, keys, depth + 1);
                        return;
                    }

                    if (!binary.IsLifted && BoolConstant(binary.LeftOperand) is bool left)
                    {
                        CollectNotNull(binary.RightOperand, operandsEqual == left, keys, depth + 1);
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
