using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// References that read the same value each time they are evaluated (no call in between can change which storage they
    /// name): what an if-chain's tests may compare, and what a fix may repeat in the exception it throws.
    /// </summary>
    internal static class StableReferences
    {
        /// <summary>A local, a parameter, <c>this</c>, or a field or argument-less property of one of those.</summary>
        public static bool IsStable(IOperation operation)
        {
            switch (operation)
            {
                case ILocalReferenceOperation:
                case IParameterReferenceOperation:
                case IInstanceReferenceOperation:
                    return true;
                case IFieldReferenceOperation field:
                    return field.Instance == null || IsStable(field.Instance);
                case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                    return property.Instance == null || IsStable(property.Instance);
                default:
                    return false;
            }
        }

        /// <summary>True when both name the same local, parameter, <c>this</c>, or field or property of the same instance.</summary>
        public static bool AreSame(IOperation a, IOperation b)
        {
            a = Operations.SkipBuiltInConversions(a);
            b = Operations.SkipBuiltInConversions(b);
            switch (a)
            {
                case ILocalReferenceOperation la when b is ILocalReferenceOperation lb:
                    return SymbolEqualityComparer.Default.Equals(la.Local, lb.Local);
                case IParameterReferenceOperation pa when b is IParameterReferenceOperation pb:
                    return SymbolEqualityComparer.Default.Equals(pa.Parameter, pb.Parameter);
                case IInstanceReferenceOperation ia when b is IInstanceReferenceOperation ib:
                    return ia.ReferenceKind == ib.ReferenceKind;
                case IFieldReferenceOperation fa when b is IFieldReferenceOperation fb:
                    return SymbolEqualityComparer.Default.Equals(fa.Field, fb.Field) && SameInstance(fa.Instance, fb.Instance);
                case IPropertyReferenceOperation qa when b is IPropertyReferenceOperation qb:
                    return SymbolEqualityComparer.Default.Equals(qa.Property, qb.Property) && SameInstance(qa.Instance, qb.Instance);
                default:
                    return false;
            }
        }

        private static bool SameInstance(IOperation? a, IOperation? b)
            => a == null ? b == null : b != null && AreSame(a, b);
    }
}
