using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>One use of a value that may be null, found by <see cref="Classify"/>.</summary>
    internal sealed class NullableUse
    {
        private NullableUse(NullableUseForm form, SyntaxNode location, string detail)
        {
            Form = form;
            Location = location;
            Detail = detail;
        }

        public NullableUseForm Form { get; }

        /// <summary>
        /// Where the diagnostic goes: the value itself for a dereference, enumeration or argument (as the compiler's CS8602 does),
        /// else the whole form (<c>x.Value</c>, <c>(decimal)x</c>, <c>x!</c>, <c>x.GetValueOrDefault()</c>).
        /// </summary>
        public SyntaxNode Location { get; }

        /// <summary>What the message says of the use (the cast's type, the parameter and method).</summary>
        public string Detail { get; }

        /// <summary>True when the use throws on null (so that, after it, the value is known not to be null).</summary>
        public bool Throws => Form is NullableUseForm.Dereference or NullableUseForm.Enumeration or NullableUseForm.Value
            or NullableUseForm.Cast or NullableUseForm.Argument;

        /// <summary>The end of the message: "{0} may be null ({1}) and is {phrase}".</summary>
        public string Phrase => Form switch
        {
            NullableUseForm.Dereference => "dereferenced without handling its null",
            NullableUseForm.Enumeration => "enumerated without handling its null",
            NullableUseForm.Value => "unwrapped with '.Value' without handling its null",
            NullableUseForm.Cast => "cast to '" + Detail + "' without handling its null",
            NullableUseForm.Suppression => "declared not null with '!' without handling its null: the API still sends null",
            NullableUseForm.GetValueOrDefault => "read with 'GetValueOrDefault()', which turns its null into " + Detail,
            _ => "passed to " + Detail + ", which does not accept null",
        };

        /// <summary>
        /// How the operation <paramref name="value"/> (a value that may be null) is used by the operations around it, or null
        /// when the use copes with null (a comparison, <c>?.</c>, <c>??</c>, <c>HasValue</c>, string concatenation, an argument
        /// that accepts null, an assignment...).
        /// </summary>
        public static NullableUse? Classify(IOperation value)
        {
            var valueSyntax = value.Syntax;
            if (SuppressionOf(valueSyntax) is { } bang)
            {
                return new NullableUse(NullableUseForm.Suppression, bang, string.Empty);
            }

            bool nullableValue = Types.IsNullableValueType(value.Type);
            var consumed = Operations.SkipNullPreservingUpwards(value);
            switch (consumed.Parent)
            {
                case IPropertyReferenceOperation property when property.Instance == consumed:
                    if (nullableValue)
                    {
                        return property.Property.Name == "Value" && property.Property.Parameters.IsEmpty
                            ? new NullableUse(NullableUseForm.Value, property.Syntax, string.Empty)
                            : null;
                    }

                    return Dereference(value, property.IsImplicit);
                case IFieldReferenceOperation field when field.Instance == consumed:
                    return nullableValue ? null : Dereference(value, field.IsImplicit);
                case IEventReferenceOperation @event when @event.Instance == consumed:
                    return nullableValue ? null : Dereference(value, @event.IsImplicit);
                case IMethodReferenceOperation method when method.Instance == consumed:
                    return nullableValue ? null : Dereference(value, method.IsImplicit);
                case IInvocationOperation invocation when invocation.Instance == consumed:
                    if (nullableValue)
                    {
                        return !invocation.IsImplicit
                               && invocation.TargetMethod.Name == "GetValueOrDefault"
                               && invocation.TargetMethod.Parameters.IsEmpty
                               && DefaultOf(value.Type) is { } defaultText
                            ? new NullableUse(NullableUseForm.GetValueOrDefault, invocation.Syntax, defaultText)
                            : null;
                    }

                    if (invocation.IsImplicit && invocation.TargetMethod.Name == "GetEnumerator")
                    {
                        return new NullableUse(NullableUseForm.Enumeration, valueSyntax, string.Empty);
                    }

                    return Dereference(value, false);
                case IArrayElementReferenceOperation element when element.ArrayReference == consumed:
                    return Dereference(value, false);
                case IForEachLoopOperation loop when loop.Collection == consumed:
                    return new NullableUse(NullableUseForm.Enumeration, valueSyntax, string.Empty);
                case IConversionOperation conversion when nullableValue && IsUnwrapping(conversion):
                    return Cast(conversion);
                case IArgumentOperation argument when !AcceptsNull(argument.Parameter):
                    return new NullableUse(NullableUseForm.Argument, valueSyntax, Describe(argument.Parameter!));
                default:
                    return null;
            }
        }

        /// <summary>The <c>!</c> applied to the value (through parentheses), or null: in the operation tree it leaves no trace.</summary>
        internal static PostfixUnaryExpressionSyntax? SuppressionOf(SyntaxNode valueSyntax)
        {
            var outer = valueSyntax;
            while (outer.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                outer = parenthesized;
            }

            return outer.Parent is PostfixUnaryExpressionSyntax bang && bang.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? bang : null;
        }

        private static NullableUse? Dereference(IOperation value, bool implicitUse)
            => implicitUse ? null : new NullableUse(NullableUseForm.Dereference, value.Syntax, string.Empty);

        /// <summary>An explicit cast from <c>T?</c> to a non-nullable value type, possibly through an implicit unwrapping the compiler inserted.</summary>
        private static bool IsUnwrapping(IConversionOperation conversion)
            => conversion.Type is { IsValueType: true } type && !Types.IsNullableValueType(type)
               && (!conversion.IsImplicit || conversion.Parent is IConversionOperation { IsImplicit: false });

        private static NullableUse? Cast(IConversionOperation conversion)
        {
            // The compiler may split (double)x into an implicit unwrap and the explicit user-defined conversion: report the cast.
            var cast = conversion.IsImplicit && conversion.Parent is IConversionOperation { IsImplicit: false } outer ? outer : conversion;
            if (cast.Syntax is not CastExpressionSyntax castSyntax)
            {
                return null;
            }

            return new NullableUse(NullableUseForm.Cast, castSyntax, castSyntax.Type.ToString());
        }

        /// <summary>
        /// True when a parameter accepts null: annotated <c>?</c>, oblivious (declared where the nullable context is off: the
        /// analysis cannot tell), <c>[AllowNull]</c>, a nullable value type, or an unconstrained type parameter. A
        /// <c>notnull</c>-constrained type parameter (a dictionary's key) does not.
        /// </summary>
        internal static bool AcceptsNull(IParameterSymbol? parameter)
        {
            if (parameter == null || parameter.RefKind != RefKind.None)
            {
                return true;
            }

            var definition = parameter.OriginalDefinition;
            if (definition.Type is ITypeParameterSymbol typeParameter)
            {
                return !typeParameter.HasNotNullConstraint;
            }

            if (!definition.Type.IsReferenceType || definition.NullableAnnotation != NullableAnnotation.NotAnnotated)
            {
                return true;
            }

            foreach (var attribute in definition.GetAttributes())
            {
                if (attribute.AttributeClass?.Name is "AllowNullAttribute")
                {
                    return true;
                }
            }

            return false;
        }

        private static string Describe(IParameterSymbol parameter)
        {
            var owner = parameter.ContainingSymbol;
            string ownerName = owner switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "new " + constructor.ContainingType.Name,
                IMethodSymbol method => (method.ContainingType != null ? method.ContainingType.Name + "." : string.Empty) + method.Name,
                IPropertySymbol { IsIndexer: true } indexer => indexer.ContainingType.Name + "[]",
                _ => owner.Name,
            };

            return "'" + parameter.Name + "' of '" + ownerName + "'";
        }

        /// <summary>What <c>GetValueOrDefault()</c> gives for a null of this type, or null for <c>bool?</c> (false is a fair default).</summary>
        private static string? DefaultOf(ITypeSymbol? type)
        {
            var underlying = type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable ? nullable.TypeArguments[0] : null;
            if (underlying == null || underlying.SpecialType == SpecialType.System_Boolean)
            {
                return null;
            }

            if (underlying.TypeKind == TypeKind.Enum)
            {
                return "the enum's first member";
            }

            return underlying.SpecialType switch
            {
                SpecialType.System_DateTime => "0001-01-01",
                SpecialType.None when underlying.Name is "DateTimeOffset" or "DateOnly" => "0001-01-01",
                SpecialType.None when underlying.Name is "TimeSpan" or "TimeOnly" => "zero",
                _ => "0",
            };
        }
    }
}
