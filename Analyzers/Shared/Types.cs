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
        /// <summary>True for <c>Nullable&lt;T&gt;</c>.</summary>
        public static bool IsNullableValueType(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsValueType: true, IsGenericType: true, OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        /// <summary><c>T</c> for <c>Nullable&lt;T&gt;</c>, else the type itself.</summary>
        public static ITypeSymbol? UnwrapNullable(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsValueType: true, IsGenericType: true, OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;

        /// <summary>
        /// The type's definition, without asking the public model for a new wrapper when the type is its own definition
        /// (every non-generic type: asked on every operation some rules look at).
        /// </summary>
        public static INamedTypeSymbol Definition(INamedTypeSymbol type) => type.IsDefinition ? type : type.OriginalDefinition;

        /// <summary>A value type other than <c>Nullable&lt;T&gt;</c> (a type parameter counts as able to hold null).</summary>
        public static bool CannotBeNull(ITypeSymbol? type)
            => type is { IsValueType: true, TypeKind: not TypeKind.TypeParameter } && !IsNullableValueType(type);
    }
}
