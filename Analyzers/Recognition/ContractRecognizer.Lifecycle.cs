using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Recognition
{
    /// <summary>The lifecycle-group tests: the shipped <c>IsFinal()</c> / <c>IsPending()</c> and their look-alikes.</summary>
    internal sealed partial class ContractRecognizer
    {
        /// <summary>
        /// The lifecycle group a call tests the order status for: <see cref="LifecycleGroup.Final"/> for <c>IsFinal(status)</c>,
        /// <see cref="LifecycleGroup.Pending"/> for <c>IsPending(status)</c>; null for any other method. The shipped
        /// <c>OrderStatusExtensions</c>' methods, or a look-alike: a static method of that name (an extension or not) that takes
        /// one order status (of any enum the recogniser takes for the order status) and returns <c>bool</c>. On the shipped
        /// <c>OrderStatus</c> only the shipped methods count: a helper of the user's own over it is what CLST001 checks, not a fact.
        /// </summary>
        public LifecycleGroup? GetLifecycleTest(IMethodSymbol? method)
        {
            method = method?.ReducedFrom ?? method;
            if (method == null || !method.IsStatic || method.Parameters.Length != 1
                || method.ReturnType.SpecialType != SpecialType.System_Boolean
                || GetContractEnum(Shared.Types.UnwrapNullable(method.Parameters[0].Type)) != ContractEnum.OrderStatus
                || Shared.Types.IsNullableValueType(method.Parameters[0].Type))
            {
                return null;
            }

            var status = method.Parameters[0].Type;
            if (ShippedOrderStatus != null && SymbolEqualityComparer.Default.Equals(status, ShippedOrderStatus)
                && !SymbolEqualityComparer.Default.Equals(method.ContainingType, ShippedStatusExtensions))
            {
                return null;
            }

            return method.Name switch
            {
                "IsFinal" => LifecycleGroup.Final,
                "IsPending" => LifecycleGroup.Pending,
                _ => null,
            };
        }
    }
}
