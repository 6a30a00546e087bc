using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Shared
{
    /// <summary>The one home of the small type questions every rule asks: nullable value types.</summary>
    internal static class Types
    {
        /// <summary>True for <c>Nullable&lt;T&gt;</c>.</summary>
        public static bool IsNullableValueType(ITypeSymbol? type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        /// <summary><c>T</c> for <c>Nullable&lt;T&gt;</c>, else the type itself.</summary>
        public static ITypeSymbol? UnwrapNullable(ITypeSymbol? type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;

        /// <summary>A value type other than <c>Nullable&lt;T&gt;</c> (a type parameter counts as able to hold null).</summary>
        public static bool CannotBeNull(ITypeSymbol? type)
            => type is { IsValueType: true, TypeKind: not TypeKind.TypeParameter } && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
    }
}
