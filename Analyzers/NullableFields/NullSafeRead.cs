using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// A read of a nullable field whose value ends, there and then, in something that copes with null: it can never reach a
    /// use that CLST002 reports. A member whose every read is one of these is left without building its flow graph.
    /// Deliberately short: anything not listed (a local that keeps the value, an argument, arithmetic, a conditional that
    /// passes the value on...) counts as a read that needs the flow analysis.
    /// </summary>
    internal static class NullSafeRead
    {
        public static bool EndsSafely(IOperation read)
        {
            if (NullableUse.SuppressionOf(read.Syntax) != null)
            {
                return false;
            }

            var value = Operations.SkipNullPreservingUpwards(read);
            switch (value.Parent)
            {
                // order.Symbol?.ToUpperInvariant() may itself be null: it must end safely in its turn (?? "", == null...).
                case IConditionalAccessOperation access when access.Operation == value:
                    return EndsSafely(access);
                // order.Symbol ?? "": not null when the fallback is a constant that is not null; else it passes a null on.
                case ICoalesceOperation coalesce when coalesce.Value == value:
                    return coalesce.WhenNull.ConstantValue is { HasValue: true, Value: not null } || EndsSafely(coalesce);
                // order.Symbol == null, order.LimitPrice > 0m
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
                    or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual }:
                // order.AverageFillPrice is { } price, order.Symbol is null
                case IIsPatternOperation pattern when pattern.Value == value:
                // $"{order.Symbol}", "limit " + order.LimitPrice
                case IInterpolationOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                    return true;
                // order.LimitPrice.HasValue, order.ExpiresAt.GetValueOrDefault(fallback)
                case IPropertyReferenceOperation { Property.Name: "HasValue" } hasValue when hasValue.Instance == value && Types.IsNullableValueType(value.Type):
                    return true;
                case IInvocationOperation { TargetMethod: { Name: "GetValueOrDefault", Parameters.Length: 1 } } fallback
                    when fallback.Instance == value && Types.IsNullableValueType(value.Type):
                    return true;
                // string.IsNullOrEmpty(order.Symbol)
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String } } }:
                    return true;
                default:
                    return false;
            }
        }
    }
}
