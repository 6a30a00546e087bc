using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>Small facts about operations that CLST002's analysis and its fixes share.</summary>
    internal static class OperationHelpers
    {
        /// <summary>True for <c>Nullable&lt;T&gt;</c>.</summary>
        public static bool IsNullableValueType(ITypeSymbol? type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        /// <summary>
        /// True when a conversion keeps null as null and a non-null value non-null: identity, reference, boxing, and
        /// nullable-to-nullable conversions. Unwrapping <c>T?</c> to <c>T</c> (which throws on null) is not.
        /// </summary>
        public static bool PreservesNull(IConversionOperation conversion)
        {
            var info = conversion.Conversion;
            if (!info.Exists || info.IsUserDefined)
            {
                return false;
            }

            if (info.IsIdentity || info.IsReference || conversion.GetConversion().IsBoxing)
            {
                return true;
            }

            return info.IsNullable && IsNullableValueType(conversion.Type) && IsNullableValueType(conversion.Operand.Type);
        }

        /// <summary>Skips parentheses and conversions that keep null as null, downwards.</summary>
        public static IOperation SkipTransparent(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    case IConversionOperation conversion when PreservesNull(conversion):
                        operation = conversion.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>Walks up through parentheses and conversions that keep null as null: the operation that consumes the value.</summary>
        public static IOperation SkipTransparentUpwards(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                if (parent is IParenthesizedOperation || (parent is IConversionOperation conversion && PreservesNull(conversion)))
                {
                    operation = parent;
                    continue;
                }

                break;
            }

            return operation;
        }

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
                    case IConversionOperation conversion when conversion.IsImplicit || conversion.GetConversion().IsNullLiteral || PreservesNull(conversion):
                        operation = conversion.Operand;
                        continue;
                    case IDefaultValueOperation { Type: { } type }:
                        return type.IsReferenceType || IsNullableValueType(type);
                    default:
                        return operation.ConstantValue.HasValue && operation.ConstantValue.Value == null
                               && (operation.Type == null || !operation.Type.IsValueType || IsNullableValueType(operation.Type));
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

            return operation.Type is { IsValueType: true } type && !IsNullableValueType(type);
        }
    }
}
