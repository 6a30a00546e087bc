using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Forms 1 and 2 in a test: PENDING_CANCEL on the side of the final statuses, or a yes from a function named final.</summary>
    internal sealed partial class Judge
    {
        public void JudgeTest(StatusTest test)
        {
            var universe = test.Universe;
            int pc = universe.PendingCancelIndex;
            var reference = test.FirstReferenceTo(pc);
            if (reference == null)
            {
                return;
            }

            bool pcIsTrue = (test.TrueSet & universe.PendingCancelBit) != 0;
            ulong side = pcIsTrue ? test.TrueSet : universe.All & ~test.TrueSet;
            var function = EnclosingFunctions.Of(test.Root);
            var functionName = EnclosingFunctions.Name(function, _owningSymbol);
            bool answersYes = pcIsTrue && ValueUses.IsReturned(test.Root) && SaysFinalAndReturnsBool(function, functionName);
            bool grouped = universe.IsFinalGroupWithPendingCancel(side);
            if (!answersYes && !grouped)
            {
                return;
            }

            if (IsExempt(test.Root, ValueUses.ConsumerName(test.Root, _owningSymbol), functionName) || OnlyLogsOnEitherBranch(test.Root)
                || TernaryYieldsInFlight(test.Root, pcIsTrue))
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            var answered = CancelAnsweredBy(test.Root);
            string advice = "";
            if (answered == null)
            {
                FixPlan.ForTest(test, reference, _reader.Recognizer, properties);
            }
            else
            {
                // Right after the cancel, on its answer: no fix leaves the code right, so none is offered.
                advice = $" right after '{answered.TargetMethod.Name}' (wait for the final status with WaitForFinalStatusAsync before acting on the outcome)";
            }

            if (answersYes)
            {
                PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.AnswersYes);
                _findings.Add(new Finding(reference, Finding.NamedFunctionPriority,
                    $"'{functionName}' answers yes for '{universe.Spell(pc)}'{advice}", properties.ToImmutable(), test.Root, null));
            }
            else
            {
                PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.GroupedWithFinal);
                _findings.Add(new Finding(reference, Finding.GroupPriority,
                    $"'{universe.Spell(pc)}' is grouped with the final statuses ({universe.Describe(side & universe.Finals)}){advice}",
                    properties.ToImmutable(), test.Root, null));
            }
        }
    }
}
