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
        /// <summary>A local, a parameter, <c>this</c>, or a field or argument-less property of one of those (walked in a loop: any depth).</summary>
        public static bool IsStable(IOperation operation)
        {
            for (IOperation? current = operation; ;)
            {
                switch (current)
                {
                    case ILocalReferenceOperation:
                    case IParameterReferenceOperation:
                    case IInstanceReferenceOperation:
                        return true;
                    case IFieldReferenceOperation field:
                        if (field.Instance == null)
                        {
                            return true;
                        }

                        current = field.Instance;
                        break;
                    case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                        if (property.Instance == null)
                        {
                            return true;
                        }

                        current = property.Instance;
                        break;
                    default:
                        return false;
                }
            }
        }

        /// <summary>True when both name the same local, parameter, <c>this</c>, or field or property of the same instance (walked in a loop).</summary>
        public static bool AreSame(IOperation a, IOperation b)
        {
            while (true)
            {
                a = Operations.SkipBuiltInConversions(a);
                b = Operations.SkipBuiltInConversions(b);
                IOperation? nextA, nextB;
                switch (a)
                {
                    case ILocalReferenceOperation la when b is ILocalReferenceOperation lb:
                        return SymbolEqualityComparer.Default.Equals(la.Local, lb.Local);
                    case IParameterReferenceOperation pa when b is IParameterReferenceOperation pb:
                        return SymbolEqualityComparer.Default.Equals(pa.Parameter, pb.Parameter);
                    case IInstanceReferenceOperation ia when b is IInstanceReferenceOperation ib:
                        return ia.ReferenceKind == ib.ReferenceKind;
                    case IFieldReferenceOperation fa when b is IFieldReferenceOperation fb:
                        if (!SymbolEqualityComparer.Default.Equals(fa.Field, fb.Field))
                        {
                            return false;
                        }

                        (nextA, nextB) = (fa.Instance, fb.Instance);
                        break;
                    case IPropertyReferenceOperation qa when b is IPropertyReferenceOperation qb:
                        if (!SymbolEqualityComparer.Default.Equals(qa.Property, qb.Property))
                        {
                            return false;
                        }

                        (nextA, nextB) = (qa.Instance, qb.Instance);
                        break;
                    default:
                        return false;
                }

                if (nextA == null || nextB == null)
                {
                    return nextA == null && nextB == null;
                }

                (a, b) = (nextA, nextB);
            }
        }
    }
}
