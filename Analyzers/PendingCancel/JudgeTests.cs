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
            FixPlan.ForTest(test, reference, _reader.Recognizer, properties);

            if (answersYes)
            {
                PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.AnswersYes);
                _findings.Add(new Finding(reference, Finding.NamedFunctionPriority,
                    $"'{functionName}' answers yes for '{universe.Spell(pc)}'", properties.ToImmutable(), test.Root, null));
            }
            else
            {
                PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.GroupedWithFinal);
                _findings.Add(new Finding(reference, Finding.GroupPriority,
                    $"'{universe.Spell(pc)}' is grouped with the final statuses ({universe.Describe(side & universe.Finals)})",
                    properties.ToImmutable(), test.Root, null));
            }
        }
    }
}
