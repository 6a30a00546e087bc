using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Form 5: only CANCELED accepted right after the cancel call, its usual PENDING_CANCEL answer sent to the failure branch.</summary>
    internal sealed partial class CancelAnswerAnalysis
    {
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
                IOperation? failure;
                if ((test.TrueSet & canceledBit) != 0 && (test.TrueSet & ~universe.Finals) == 0)
                {
                    failure = conditional.WhenFalse;
                }
                else if ((falseSet & canceledBit) != 0 && (falseSet & ~universe.Finals) == 0)
                {
                    failure = conditional.WhenTrue;
                }
                else
                {
                    continue;
                }

                if (failure == null || LoggingCalls.OnlyLogs(failure) || HandlesStatus(failure))
                {
                    continue;
                }

                var reference = test.FirstReferenceTo(canceled);
                if (reference == null)
                {
                    continue;
                }

                return new OnlyCanceledFinding(ComparisonOf(reference, test.Root), universe.Spell(canceled));
            }

            return null;
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
