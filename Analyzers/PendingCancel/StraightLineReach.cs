using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// The commonest answer to "does the normal flow reach this action from the cancel?", read without a control flow graph:
    /// the cancel's statement and the action's statement stand in the same block, the action's after, and every statement
    /// from the cancel's up to the action's is an expression statement or a declaration with no <c>throw</c> in it, so the
    /// flow runs from one into the next; the action is not under a condition within its own statement. Then the graph would
    /// find a path too (it follows the same statements, exceptions left out). Anything else is left to the graph: this
    /// answers "yes" or "cannot tell", never "no".
    /// </summary>
    /// <remarks>
    /// Most members that take a cancel's answer as the outcome do it a few statements below the call, in the same block; a
    /// graph for each such member was the most part of form 4's cost (about 5 KB and 40 µs a member on the 1,000-file
    /// benchmark).
    /// </remarks>
    internal static class StraightLineReach
    {
        public static bool Reaches(IOperation anchor, IOperation action)
        {
            var anchorStatement = StatementOf(anchor);
            var actionStatement = StatementOf(action);
            if (anchorStatement == null || actionStatement == null || anchorStatement == actionStatement
                || anchorStatement.Parent != actionStatement.Parent || anchorStatement.Parent is not IBlockOperation block
                || !IsUnconditionalWithin(action, actionStatement))
            {
                return false;
            }

            bool between = false;
            foreach (var statement in block.Operations)
            {
                if (statement == anchorStatement)
                {
                    between = true;
                }
                else if (statement == actionStatement)
                {
                    // Reached in order only when the cancel's statement came first.
                    return between;
                }

                if (between && !FallsThrough(statement))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The statement (an operation directly in a block) that holds the operation, or null.</summary>
        private static IOperation? StatementOf(IOperation operation)
        {
            for (var current = operation; current != null; current = current.Parent)
            {
                if (current.Parent is IBlockOperation)
                {
                    return current;
                }

                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation && current != operation)
                {
                    // Code in a lambda or local function runs some other time.
                    return null;
                }
            }

            return null;
        }

        /// <summary>A statement whose normal flow always goes on to the next one: an expression or a declaration, no throw.</summary>
        private static bool FallsThrough(IOperation statement)
        {
            if (statement is not (IExpressionStatementOperation or IVariableDeclarationGroupOperation))
            {
                return false;
            }

            foreach (var operation in statement.DescendantsAndSelf())
            {
                if (operation is IThrowOperation)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when each operation from the action up to its statement runs whenever its parent does: only calls, their
        /// arguments, creations and their initializers, member reads, awaits, conversions, assignments, declarations,
        /// interpolations and returns lie in between (no <c>?:</c>, <c>??</c>, <c>?.</c>, <c>&amp;&amp;</c>, <c>||</c>,
        /// switch, pattern or lambda).
        /// </summary>
        private static bool IsUnconditionalWithin(IOperation action, IOperation statement)
        {
            for (var current = action; current != statement; current = current.Parent)
            {
                switch (current.Parent)
                {
                    case IInvocationOperation:
                    case IArgumentOperation:
                    case IObjectCreationOperation:
                    case IObjectOrCollectionInitializerOperation:
                    case IMemberInitializerOperation:
                    case IPropertyReferenceOperation:
                    case IFieldReferenceOperation:
                    case IAwaitOperation:
                    case IConversionOperation:
                    case ISimpleAssignmentOperation:
                    case IVariableInitializerOperation:
                    case IVariableDeclaratorOperation:
                    case IVariableDeclarationOperation:
                    case IVariableDeclarationGroupOperation:
                    case IExpressionStatementOperation:
                    case IReturnOperation:
                    case IInterpolatedStringOperation:
                    case IInterpolationOperation:
                        continue;
                    default:
                        return false;
                }
            }

            return true;
        }
    }
}
