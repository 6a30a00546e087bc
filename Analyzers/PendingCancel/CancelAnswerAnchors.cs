using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Where the code after a cancel starts when the cancel is one of several awaited together.</summary>
    internal sealed partial class CancelAnswerAnalysis
    {
        /// <summary>
        /// The <c>Task.WhenAll</c> a cancel is awaited in, with the cancels of other orders
        /// (<c>Task.WhenAll(ids.Select(id =&gt; client.CancelOpenOrderAsync(accountId, id)))</c>,
        /// <c>Task.WhenAll(client.CancelOpenOrderAsync(a, x), client.CancelOpenOrderAsync(a, y))</c>), or the cancel itself.
        /// <paramref name="manyFrom"/> is the collection a <c>Select</c> on the way maps to cancels.
        /// </summary>
        private static IOperation AnchorOf(IInvocationOperation cancel, out IOperation? manyFrom)
        {
            manyFrom = null;
            IOperation? from = null;
            IOperation current = cancel;
            for (var parent = cancel.Parent; parent != null; current = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IInvocationOperation invocation when IsWhenAll(invocation.TargetMethod):
                        manyFrom = from;
                        return invocation;
                    case IInvocationOperation invocation when invocation.Instance == current || IsArgumentOf(current, invocation):
                        // orders.Select(o => …), .ToList(), .ToArray(): the first receiver is the orders.
                        if (from == null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
                            && invocation.Arguments[0] != current)
                        {
                            from = invocation.Arguments[0].Value;
                        }

                        continue;
                    case IConversionOperation:
                    case IArgumentOperation:
                    case IArrayInitializerOperation:
                    case IArrayCreationOperation:
                    case IDelegateCreationOperation:
                    case IAnonymousFunctionOperation:
                    case IAwaitOperation:
                    case IReturnOperation { Kind: OperationKind.Return } when parent.IsImplicit:
                    case IBlockOperation { Parent: IAnonymousFunctionOperation } block when block.Operations.Length == 1:
                        continue;
                    default:
                        return cancel;
                }
            }

            return cancel;
        }

        private static bool IsArgumentOf(IOperation operation, IInvocationOperation invocation)
            => operation is IArgumentOperation argument && argument.Parent == invocation;

        private static bool IsWhenAll(IMethodSymbol method)
            => method.Name == "WhenAll" && method.ContainingType is { Name: "Task" } type
               && Namespaces.Is(type.ContainingNamespace, "System", "Threading", "Tasks");
    }
}
