using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The boolean operators a status test is built from: <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>.</summary>
    internal static class LogicalOperators
    {
        /// <summary>True for <c>&amp;&amp;</c>, <c>||</c>, and <c>&amp;</c> / <c>|</c> on booleans.</summary>
        public static bool IsLogical(IOperation operation, out bool isOr)
        {
            isOr = false;
            if (operation is IBinaryOperation binary)
            {
                switch (binary.OperatorKind)
                {
                    case BinaryOperatorKind.ConditionalOr:
                        isOr = true;
                        return true;
                    case BinaryOperatorKind.ConditionalAnd:
                        return true;
                    case BinaryOperatorKind.Or when binary.Type?.SpecialType == SpecialType.System_Boolean:
                        isOr = true;
                        return true;
                    case BinaryOperatorKind.And when binary.Type?.SpecialType == SpecialType.System_Boolean:
                        return true;
                }
            }

            return false;
        }

        /// <summary>True for <c>!</c>.</summary>
        public static bool IsNot(IOperation operation)
            => operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not };
    }
}
