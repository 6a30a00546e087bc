using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>Enum values as raw bits, so members of any underlying type (and aliases) compare as the runtime compares them.</summary>
    internal static class EnumBits
    {
        /// <summary>The constant a case names, as bits; <paramref name="isNull"/> for <c>null</c>. False when not a constant.</summary>
        public static bool TryGetConstant(IOperation operation, out ulong bits, out bool isNull)
        {
            bits = 0;
            isNull = false;
            // Each read of ConstantValue boxes the value anew: read once where no conversion lies between.
            var outer = operation.ConstantValue;
            if (outer.HasValue && outer.Value == null)
            {
                isNull = true;
                return true;
            }

            var inner = Operations.SkipBuiltInConversions(operation);
            var constant = ReferenceEquals(inner, operation) ? outer : inner.ConstantValue;
            operation = inner;
            if (!constant.HasValue && operation is IFieldReferenceOperation { Field.HasConstantValue: true } field)
            {
                return TryGet(field.Field.ConstantValue, out bits);
            }

            if (!constant.HasValue)
            {
                return false;
            }

            if (constant.Value == null)
            {
                isNull = true;
                return true;
            }

            return TryGet(constant.Value, out bits);
        }

        /// <summary>An integral constant's bits (sign-extended); false for anything else.</summary>
        public static bool TryGet(object? value, out ulong bits)
        {
            switch (value)
            {
                case int i: bits = unchecked((ulong)i); return true;
                case uint u: bits = u; return true;
                case long l: bits = unchecked((ulong)l); return true;
                case ulong ul: bits = ul; return true;
                case short s: bits = unchecked((ulong)s); return true;
                case ushort us: bits = us; return true;
                case sbyte sb: bits = unchecked((ulong)sb); return true;
                case byte b: bits = b; return true;
                default: bits = 0; return false;
            }
        }
    }
}
