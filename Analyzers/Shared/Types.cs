using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// The one home of the small type questions every rule asks: nullable value types. They are asked of nearly every
    /// operation a rule looks at, so the cheap properties (<c>IsValueType</c>, <c>IsGenericType</c>) are asked before
    /// <c>OriginalDefinition</c>, which the public symbol model answers with a new wrapper.
    /// </summary>
    internal static class Types
    {
        /// <summary>
        /// True for <c>Nullable&lt;T&gt;</c>. Asked of most values the rules look at, so it reads only the definition's special
        /// type (a field): <c>IsGenericType</c> walks the containing types and <c>IsValueType</c> may compute the type's kind.
        /// </summary>
        public static bool IsNullableValueType(ITypeSymbol? type)
            => type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

        /// <summary><c>T</c> for <c>Nullable&lt;T&gt;</c>, else the type itself.</summary>
        public static ITypeSymbol? UnwrapNullable(ITypeSymbol? type)
            => type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && named.TypeArguments.Length == 1
                ? named.TypeArguments[0]
                : type;

        /// <summary>
        /// The type's definition, without asking the public model for a new wrapper when the type is its own definition
        /// (every non-generic type: asked on every operation some rules look at).
        /// </summary>
        public static INamedTypeSymbol Definition(INamedTypeSymbol type) => type.IsDefinition ? type : type.OriginalDefinition;

        /// <summary>
        /// True when the property is declared able to hold null in a way the compiler's nullable analysis tracks: a
        /// <c>Nullable&lt;T&gt;</c>, or a reference type annotated <c>?</c> (not an oblivious one).
        /// </summary>
        public static bool IsDeclaredNullable(IPropertySymbol property)
            => IsNullableValueType(property.Type) || property.NullableAnnotation == NullableAnnotation.Annotated;

        /// <summary>A value type other than <c>Nullable&lt;T&gt;</c> (a type parameter counts as able to hold null).</summary>
        public static bool CannotBeNull(ITypeSymbol? type)
            => type is { IsValueType: true, TypeKind: not TypeKind.TypeParameter } && !IsNullableValueType(type);
    }
}
