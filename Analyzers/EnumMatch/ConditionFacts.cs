using System.Collections.Generic;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// What a condition says about the matched value: the values for which it may be true and those for which it may be false
    /// (null: any value). Reads <c>==</c> / <c>!=</c> with a constant, <c>is</c> with constant, <c>or</c>, <c>and</c>,
    /// <c>not</c> patterns, the lifecycle tests (<c>IsFinal()</c>, <c>IsPending()</c>, asked of the recogniser), and
    /// <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> of those; anything else says nothing (any value). Conditions and patterns nested
    /// deeper than <see cref="MaxDepth"/> say nothing either: the match is then judged as if the test were not there.
    /// </summary>
    internal sealed class ConditionFacts
    {
        /// <summary>How deep a condition or pattern is read for facts; below that it says nothing (no narrowing, never a wrong finding).</summary>
        internal const int MaxDepth = 32;

        private readonly IOperation _value;
        private readonly INamedTypeSymbol _enumType;
        private readonly HashSet<ulong> _all;
        private readonly ContractRecognizer _recognizer;

        public ConditionFacts(IOperation value, INamedTypeSymbol enumType, HashSet<ulong> all, ContractRecognizer recognizer)
        {
            _value = value;
            _enumType = enumType;
            _all = all;
            _recognizer = recognizer;
        }

        /// <summary>The values for which the condition may be true (<paramref name="whenTrue"/>) or may be false (null: any).</summary>
        public HashSet<ulong>? MayHold(IOperation condition, bool whenTrue) => Read(condition, 0, whenTrue);

        private HashSet<ulong>? Read(IOperation condition, int depth, bool whenTrue)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            condition = Operations.SkipParentheses(condition);
            switch (condition)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } not:
                    return Read(not.Operand, depth + 1, !whenTrue);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr, OperatorMethod: null } logical:
                {
                    var left = Read(logical.LeftOperand, depth + 1, whenTrue);
                    var right = Read(logical.RightOperand, depth + 1, whenTrue);

                    // a && b is true when both are; a || b is false when both are: the sides' sets meet. Otherwise either side will do.
                    bool meet = (logical.OperatorKind == BinaryOperatorKind.ConditionalAnd) == whenTrue;
                    return meet ? Intersect(left, right) : Union(left, right);
                }

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals, OperatorMethod: null } comparison:
                {
                    var left = Operations.SkipBuiltInConversions(comparison.LeftOperand);
                    var right = Operations.SkipBuiltInConversions(comparison.RightOperand);
                    var constant = IsSubject(left) ? right : IsSubject(right) ? left : null;
                    if (constant == null || !EnumBits.TryGetConstant(constant, out var bits, out var isNull) || isNull)
                    {
                        return null;
                    }

                    bool equalWhen = (comparison.OperatorKind == BinaryOperatorKind.Equals) == whenTrue;
                    return equalWhen ? new HashSet<ulong> { bits } : Without(bits);
                }

                case IIsPatternOperation isPattern when IsSubject(Operations.SkipBuiltInConversions(isPattern.Value)):
                    return Pattern(isPattern.Pattern, depth + 1, whenTrue);

                case IInvocationOperation invocation when Lifecycle(invocation) is { } group:
                {
                    var members = GroupValues(group);
                    return whenTrue ? members : Complement(members);
                }

                default:
                    return null;
            }
        }

        /// <summary>The values the pattern may match (<paramref name="matches"/>) or may not match; null: any.</summary>
        private HashSet<ulong>? Pattern(IPatternOperation pattern, int depth, bool matches)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (pattern)
            {
                case IConstantPatternOperation constant when EnumBits.TryGetConstant(constant.Value, out var bits, out var isNull) && !isNull:
                    return matches ? new HashSet<ulong> { bits } : Without(bits);
                case INegatedPatternOperation negated:
                    return Pattern(negated.Pattern, depth + 1, !matches);
                case IBinaryPatternOperation binary:
                {
                    var left = Pattern(binary.LeftPattern, depth + 1, matches);
                    var right = Pattern(binary.RightPattern, depth + 1, matches);
                    bool meet = (binary.OperatorKind == BinaryOperatorKind.And) == matches;
                    return meet ? Intersect(left, right) : Union(left, right);
                }

                default:
                    return null;
            }
        }

        private LifecycleGroup? Lifecycle(IInvocationOperation invocation)
        {
            IOperation? argument = invocation.Instance == null && invocation.Arguments.Length == 1 ? invocation.Arguments[0].Value : null;
            return argument != null && IsSubject(Operations.SkipBuiltInConversions(argument))
                ? _recognizer.GetLifecycleTest(invocation.TargetMethod)
                : null;
        }

        /// <summary>The values of the enum's members in the lifecycle group.</summary>
        public HashSet<ulong> GroupValues(LifecycleGroup group)
        {
            var values = new HashSet<ulong>();
            foreach (var member in _enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field
                    && _recognizer.GetStatusGroup(field) == group
                    && EnumBits.TryGet(field.ConstantValue, out var bits))
                {
                    values.Add(bits);
                }
            }

            return values;
        }

        private bool IsSubject(IOperation operation)
            => SymbolEqualityComparer.Default.Equals(Types.UnwrapNullable(operation.Type), _enumType) && StableReferences.AreSame(operation, _value);

        private HashSet<ulong> Without(ulong bits)
        {
            var rest = new HashSet<ulong>(_all);
            rest.Remove(bits);
            return rest;
        }

        private HashSet<ulong> Complement(HashSet<ulong> values)
        {
            var rest = new HashSet<ulong>(_all);
            rest.ExceptWith(values);
            return rest;
        }

        internal static HashSet<ulong>? Intersect(HashSet<ulong>? a, HashSet<ulong>? b)
        {
            if (a == null || b == null)
            {
                return a ?? b;
            }

            var both = new HashSet<ulong>(a);
            both.IntersectWith(b);
            return both;
        }

        private static HashSet<ulong>? Union(HashSet<ulong>? a, HashSet<ulong>? b)
        {
            if (a == null || b == null)
            {
                return null;
            }

            var either = new HashSet<ulong>(a);
            either.UnionWith(b);
            return either;
        }
    }
}
