using System.Threading;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// Whether a matched value may be written in its method: its local or parameter assigned, incremented, passed by
    /// <c>ref</c>/<c>out</c>, deconstructed into or aliased, or the value itself (<c>o.Status</c>) assigned — anywhere in the
    /// body, lambdas included. Then <see cref="KnownValues"/> knows nothing about it.
    /// </summary>
    internal static class ValueWrites
    {
        public static bool IsWritten(IOperation inside, ISymbol root, IOperation value, CancellationToken cancellationToken)
        {
            var body = inside;
            while (body.Parent != null)
            {
                body = body.Parent;
            }

            using (var walk = new OperationWalk(body))
            {
                while (walk.Next(out var operation))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ISymbol? referenced = operation switch
                    {
                        ILocalReferenceOperation local => local.Local,
                        IParameterReferenceOperation parameter => parameter.Parameter,
                        _ => null,
                    };

                    if (referenced != null && SymbolEqualityComparer.Default.Equals(referenced, root) && IsWrite(operation))
                    {
                        return true;
                    }

                    if (operation is IAssignmentOperation assignment && StableReferences.AreSame(assignment.Target, value))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True when the reference is written (or may be, through an alias) rather than read.</summary>
        private static bool IsWrite(IOperation reference)
        {
            var parent = reference.Parent;
            switch (parent)
            {
                case IAssignmentOperation assignment:
                    return assignment.Target == reference;
                case IIncrementOrDecrementOperation:
                case IAddressOfOperation:
                case ITupleOperation:
                case IDeclarationExpressionOperation:
                    return true;
                case IArgumentOperation argument:
                    return argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out;
                case IVariableInitializerOperation initializer:
                    return initializer.Parent is IVariableDeclaratorOperation { Symbol.IsRef: true };
                default:
                    return false;
            }
        }
    }
}
