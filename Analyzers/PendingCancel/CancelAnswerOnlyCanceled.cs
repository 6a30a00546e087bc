using System.Collections.Generic;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Form 5: only CANCELED accepted right after the cancel call, its usual PENDING_CANCEL answer sent to the failure branch.</summary>
    internal sealed partial class CancelAnswerAnalysis
    {
        /// <summary>
        /// Only CANCELED accepted: a failure branch that PENDING_CANCEL takes (and that does not look at the status again),
        /// or a success branch that acts as if the order were gone (removes it, marks or reports it canceled, returns
        /// <c>true</c>) while PENDING_CANCEL goes past it with nothing done about it.
        /// </summary>
        private OnlyCanceledFinding? FindOnlyCanceled(CancelScope scope)
        {
            foreach (var test in scope.AnswerTests)
            {
                var universe = test.Universe;
                int canceled = universe.CanceledIndex;
                if (canceled < 0 || test.Root.Parent is not IConditionalOperation conditional || conditional.Condition != test.Root)
                {
                    continue;
                }

                ulong canceledBit = 1UL << canceled;
                ulong falseSet = universe.All & ~test.TrueSet;
                IOperation? failure, success;
                if ((test.TrueSet & canceledBit) != 0 && (test.TrueSet & ~universe.Finals) == 0)
                {
                    success = conditional.WhenTrue;
                    failure = conditional.WhenFalse;
                }
                else if ((falseSet & canceledBit) != 0 && (falseSet & ~universe.Finals) == 0)
                {
                    success = conditional.WhenFalse;
                    failure = conditional.WhenTrue;
                }
                else
                {
                    continue;
                }

                if (failure != null && HandlesStatus(failure))
                {
                    continue;
                }

                bool fails = failure != null && !LoggingCalls.OnlyLogs(failure);
                bool actsOnCanceled = !fails && success != null && ActsAsDone(scope, success, conditional);
                if (!fails && !actsOnCanceled)
                {
                    continue;
                }

                var reference = test.FirstReferenceTo(canceled);
                if (reference == null)
                {
                    continue;
                }

                return new OnlyCanceledFinding(ComparisonOf(reference, test.Root), universe.Spell(canceled), fallsThrough: !fails);
            }

            return null;
        }

        /// <summary>
        /// PENDING_CANCEL passes a test of the answer (<c>status != OrderStatus.Rejected</c>) into a branch that acts as if the
        /// order were gone: the test and the actions in that branch.
        /// </summary>
        private (string Test, List<(IOperation At, string Action)> Actions)? FindPendingCancelTakenAsDone(CancelScope scope)
        {
            foreach (var test in scope.AnswerTests)
            {
                var universe = test.Universe;
                if (universe.PendingCancelIndex < 0 || test.Root.Parent is not IConditionalOperation conditional || conditional.Condition != test.Root)
                {
                    continue;
                }

                bool pcIsTrue = (test.TrueSet & universe.PendingCancelBit) != 0;
                ulong side = pcIsTrue ? test.TrueSet : universe.All & ~test.TrueSet;
                var branch = pcIsTrue ? conditional.WhenTrue : conditional.WhenFalse;
                if (branch == null || (side & universe.Finals) == 0 || HandlesStatus(branch))
                {
                    continue;
                }

                var actions = ActionsIn(scope, branch);
                if (actions.Count > 0)
                {
                    return (test.Root.Syntax.ToString(), actions);
                }
            }

            return null;
        }

        private static List<(IOperation At, string Action)> ActionsIn(CancelScope scope, IOperation branch)
        {
            var actions = new List<(IOperation At, string Action)>();
            foreach (var (at, action) in scope.Actions)
            {
                if (branch.Syntax.Span.Contains(at.Syntax.Span))
                {
                    actions.Add((at, action));
                }
            }

            return actions;
        }

        /// <summary>The branch removes the order, marks or reports it canceled, or answers <c>true</c> for its function.</summary>
        private static bool ActsAsDone(CancelScope scope, IOperation branch, IOperation conditional)
        {
            if (ActionsIn(scope, branch).Count > 0)
            {
                return true;
            }

            var function = EnclosingFunctions.Of(conditional);
            foreach (var operation in branch.DescendantsAndSelf())
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned }
                    && Operations.SkipConversions(returned).ConstantValue is { HasValue: true, Value: true }
                    && EnclosingFunctions.Of(operation) == function)
                {
                    return true;
                }
            }

            return false;
        }

        private bool HandlesStatus(IOperation branch)
        {
            foreach (var operation in branch.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when _recognizer.IsWaitForFinalStatus(invocation.TargetMethod)
                                                              || _recognizer.IsGetOrder(invocation.TargetMethod):
                        return true;
                    case IConditionalOperation conditional when _reader.Read(conditional.Condition) != null:
                        return true;
                    case ISwitchOperation switchStatement when _reader.UniverseOf(switchStatement.Value.Type) != null:
                        return true;
                    case ISwitchExpressionOperation switchExpression when _reader.UniverseOf(switchExpression.Value.Type) != null:
                        return true;
                }
            }

            return false;
        }

        /// <summary>The comparison or pattern test that holds the reference to CANCELED.</summary>
        private static IOperation ComparisonOf(IOperation reference, IOperation root)
        {
            for (var current = reference.Parent; current != null && current != root.Parent; current = current.Parent)
            {
                if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
                    or IIsPatternOperation or IInvocationOperation)
                {
                    return current;
                }
            }

            return root;
        }
    }
}
