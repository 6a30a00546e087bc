using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// The one home of the small structural steps every rule takes over <see cref="IOperation"/> trees: looking through
    /// conversions and parentheses. Each step says exactly what it looks through; pick the one whose meaning the caller needs.
    /// </summary>
    internal static class Operations
    {
        /// <summary>The operation without any conversions around it (user-defined ones included): "which value is this?".</summary>
        public static IOperation SkipConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The operation without the built-in conversions around it; a user-defined conversion is a call and stays.</summary>
        public static IOperation SkipBuiltInConversions(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The operation without the parentheses around it.</summary>
        public static IOperation SkipParentheses(IOperation operation)
        {
            while (operation is IParenthesizedOperation parenthesized)
            {
                operation = parenthesized.Operand;
            }

            return operation;
        }

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

            return info.IsNullable && Types.IsNullableValueType(conversion.Type) && Types.IsNullableValueType(conversion.Operand.Type);
        }

        /// <summary>Skips parentheses and conversions that keep null as null, downwards: "which value may be null here?".</summary>
        public static IOperation SkipNullPreserving(IOperation operation)
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
        public static IOperation SkipNullPreservingUpwards(IOperation operation)
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
    }
}
