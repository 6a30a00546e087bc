using System;
using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// What a constant, a condition, a pattern or a call tells about null: the checks CLST002 accepts as handling a nullable optional field.
    /// </summary>
    internal static class NullChecks
    {
        /// <summary>True when the operation is the constant <c>null</c> or the default of a nullable type.</summary>
        public static bool IsNullConstant(IOperation? operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case null:
                        return false;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    case IConversionOperation conversion when conversion.IsImplicit || conversion.GetConversion().IsNullLiteral || Operations.PreservesNull(conversion):
                        operation = conversion.Operand;
                        continue;
                    case IDefaultValueOperation { Type: { } type }:
                        return type.IsReferenceType || Types.IsNullableValueType(type);
                    default:
                        return operation.ConstantValue.HasValue && operation.ConstantValue.Value == null
                               && (operation.Type == null || !operation.Type.IsValueType || Types.IsNullableValueType(operation.Type));
                }
            }
        }

        /// <summary>True when the operation's value is certainly not null: a non-null constant, or a value of a non-nullable value type.</summary>
        public static bool IsCertainlyNotNull(IOperation? operation)
        {
            if (operation == null)
            {
                return false;
            }

            while (operation is IConversionOperation conversion && conversion.IsImplicit)
            {
                operation = conversion.Operand;
            }

            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value != null;
            }

            return operation.Type is { IsValueType: true } type && !Types.IsNullableValueType(type);
        }

        /// <summary>True when the pattern never matches null (<c>{ }</c>, <c>decimal p</c>, <c>not null</c>, <c>&gt; 0</c>, ...).</summary>
        public static bool RejectsNull(IPatternOperation pattern) => Nullness(pattern).Rejects;

        /// <summary>True when the pattern always matches null (<c>null</c>, <c>var x</c>, <c>_</c>, <c>null or ""</c>, <c>not { }</c>).</summary>
        public static bool AcceptsNull(IPatternOperation pattern) => Nullness(pattern).Accepts;

        /// <summary>
        /// Whether a pattern never (<c>Rejects</c>) or always (<c>Accepts</c>) matches null, computed bottom-up without
        /// recursion (<c>not</c>, <c>and</c> and <c>or</c> patterns can nest as deep as the source writes them).
        /// </summary>
        private static (bool Rejects, bool Accepts) Nullness(IPatternOperation root)
        {
            var pending = new Stack<(IPatternOperation Pattern, bool ChildrenDone)>();
            var results = new Stack<(bool Rejects, bool Accepts)>();
            pending.Push((root, false));
            while (pending.Count > 0)
            {
                var (pattern, childrenDone) = pending.Pop();
                switch (pattern)
                {
                    case INegatedPatternOperation negated:
                        if (!childrenDone)
                        {
                            pending.Push((pattern, true));
                            pending.Push((negated.Pattern, false));
                        }
                        else
                        {
                            var inner = results.Pop();
                            results.Push((inner.Accepts, inner.Rejects));
                        }

                        break;
                    case IBinaryPatternOperation binary:
                        if (!childrenDone)
                        {
                            pending.Push((pattern, true));
                            pending.Push((binary.RightPattern, false));
                            pending.Push((binary.LeftPattern, false));
                        }
                        else
                        {
                            var right = results.Pop();
                            var left = results.Pop();
                            results.Push(binary.OperatorKind == BinaryOperatorKind.And
                                ? (left.Rejects || right.Rejects, left.Accepts && right.Accepts)
                                : binary.OperatorKind == BinaryOperatorKind.Or
                                    ? (left.Rejects && right.Rejects, left.Accepts || right.Accepts)
                                    : (false, false));
                        }

                        break;
                    default:
                        results.Push(LeafNullness(pattern));
                        break;
                }
            }

            return results.Pop();
        }

        private static (bool Rejects, bool Accepts) LeafNullness(IPatternOperation pattern) => pattern switch
        {
            IConstantPatternOperation constant => IsNullConstant(constant.Value) ? (false, true) : (true, false),
            IDeclarationPatternOperation declaration => (!declaration.MatchesNull, declaration.MatchesNull),
            ITypePatternOperation or IRecursivePatternOperation or IRelationalPatternOperation or IListPatternOperation => (true, false),
            IDiscardPatternOperation => (false, true),
            _ => (false, false),
        };

        /// <summary>
        /// For a <c>bool</c>-returning call, which result proves an argument not null: <c>[NotNullWhen(x)]</c> on the parameter,
        /// or the usual names (<c>string.IsNullOrEmpty</c>, <c>IsNullOrWhiteSpace</c>: false; <c>IsNotNull…</c>: true) for
        /// code built without the attributes. Null when the call proves nothing of the argument.
        /// </summary>
        public static bool? NotNullWhen(IInvocationOperation invocation, IArgumentOperation argument)
        {
            var parameter = argument.Parameter;
            if (parameter == null)
            {
                return null;
            }

            foreach (var attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "NotNullWhenAttribute"
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is bool when)
                {
                    return when;
                }
            }

            var method = invocation.TargetMethod;
            if (method.ReturnType.SpecialType != SpecialType.System_Boolean || parameter.Ordinal != 0)
            {
                return null;
            }

            var name = method.Name;
            if (name is "IsNullOrEmpty" or "IsNullOrWhiteSpace" or "IsNull")
            {
                return false;
            }

            if (name.StartsWith("IsNotNull", StringComparison.Ordinal))
            {
                return true;
            }

            return null;
        }

        /// <summary>
        /// True when the call returns only if the argument is not null: <c>[NotNull]</c> on the parameter
        /// (<c>ArgumentNullException.ThrowIfNull</c>, <c>ArgumentException.ThrowIfNullOrEmpty</c>), or a throw helper by its
        /// usual names for code built without the attributes (<c>ThrowIfNull…</c>, <c>…NotNull…</c> such as
        /// <c>Guard.NotNull</c> / <c>Assert.NotNull</c>, <c>Guard.Against.Null</c>).
        /// </summary>
        public static bool ThrowsWhenNull(IInvocationOperation invocation, IArgumentOperation argument)
        {
            var parameter = argument.Parameter;
            if (parameter == null || parameter.RefKind == RefKind.Out)
            {
                return false;
            }

            foreach (var attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "NotNullAttribute")
                {
                    return true;
                }
            }

            var method = invocation.TargetMethod;
            if (method.ReturnType.SpecialType == SpecialType.System_Boolean)
            {
                return false;
            }

            var name = method.Name;
            if (name.StartsWith("ThrowIfNull", StringComparison.Ordinal) || name.IndexOf("NotNull", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            var typeName = method.ContainingType?.Name ?? string.Empty;
            return name is "Null" or "NullOrEmpty" or "NullOrWhiteSpace"
                   && (typeName.IndexOf("Guard", StringComparison.Ordinal) >= 0 || typeName.IndexOf("Against", StringComparison.Ordinal) >= 0);
        }

        /// <summary>The value of a <c>[DoesNotReturnIf(x)]</c> parameter that makes the call not return (<c>Debug.Assert</c>: false), or null.</summary>
        public static bool? DoesNotReturnIf(IArgumentOperation argument)
        {
            if (argument.Parameter == null)
            {
                return null;
            }

            foreach (var attribute in argument.Parameter.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "DoesNotReturnIfAttribute"
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is bool value)
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>True when the method never returns (<c>[DoesNotReturn]</c>).</summary>
        public static bool DoesNotReturn(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "DoesNotReturnAttribute")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
