using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// Fix planning only the analyzer can do (it needs where the value goes): the value a switch expression's "handle the rest"
    /// arm can give, passed to the fixer in <see cref="EnumMatchDiagnosticProperties.Neutral"/>.
    /// </summary>
    internal static class NeutralArmValue
    {
        /// <summary>The literal for <paramref name="operation"/>'s rest arm when the shape calls for one (no catch-all arm yet), else null.</summary>
        public static string? For(IOperation operation, EnumMatchShape shape)
            => shape.Form == MatchForm.SwitchExpression && shape.Fallback == FallbackKind.Implicit && operation is ISwitchExpressionOperation switchExpression
                ? Of(switchExpression)
                : null;

        /// <summary>
        /// The value a "handle the rest" arm gives when the switch expression's result type has an obvious neutral one:
        /// <c>false</c> for <c>bool</c>, <c>null</c> for a nullable value type or a reference type declared nullable
        /// (<c>string?</c>) where the result goes. None for anything else (a number, an enum, a non-nullable or oblivious reference).
        /// </summary>
        private static string? Of(ISwitchExpressionOperation operation)
        {
            var type = DeclaredTargetType(operation) ?? operation.Type;
            if (type == null)
            {
                return null;
            }

            if (type.SpecialType == SpecialType.System_Boolean)
            {
                return "false";
            }

            if (Types.IsNullableValueType(type))
            {
                return "null";
            }

            return type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated ? "null" : null;
        }

        /// <summary>The declared type of where the switch expression's value goes (with its nullable annotation), when plain.</summary>
        private static ITypeSymbol? DeclaredTargetType(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation { IsImplicit: true } conversion)
            {
                if (Types.IsNullableValueType(conversion.Type))
                {
                    return conversion.Type;
                }

                parent = conversion.Parent;
            }

            switch (parent)
            {
                case IReturnOperation when operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart) is IMethodSymbol method:
                {
                    var returnType = method.ReturnType;
                    if (method.IsAsync && returnType is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task)
                    {
                        return task.TypeArguments[0];
                    }

                    return returnType;
                }

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                    when declarator.Syntax.Parent is VariableDeclarationSyntax { Type.IsVar: false }:
                    return declarator.Symbol.Type;
                case IFieldInitializerOperation { InitializedFields.Length: 1 } field:
                    return field.InitializedFields[0].Type;
                case IPropertyInitializerOperation { InitializedProperties.Length: 1 } property:
                    return property.InitializedProperties[0].Type;
                case IArgumentOperation { Parameter: { } parameter }:
                    return parameter.Type;
                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation target }:
                    return target.Field.Type;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }:
                    return target.Property.Type;
                default:
                    return null;
            }
        }
    }
}
