using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Forms 4 and 5 at each cancel call: its answer taken as the outcome, or only CANCELED accepted after it.</summary>
    internal sealed partial class Judge
    {
        public void JudgeCancels(MemberFlow flow, CancellationToken cancellationToken)
        {
            if (_cancels.Count == 0)
            {
                return;
            }

            var answers = new CancelAnswerAnalysis(_reader);
            foreach (var cancel in _cancels)
            {
                answers.Analyze(cancel, flow, out var outcome, out var onlyCanceled, cancellationToken);
                if (outcome == null && onlyCanceled == null)
                {
                    continue;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                if (outcome != null)
                {
                    if (_reader.Recognizer.IsCancelAllOperation(cancel.TargetMethod))
                    {
                        // No automatic fix: each order of the answer must be waited for, or the orders listed again.
                        PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.CancelAllTakenAsOutcome);
                        _findings.Add(new Finding(cancel, Finding.CancelPriority,
                            $"The answer of '{cancel.TargetMethod.Name}' (the orders, each normally PENDING_CANCEL) is taken as their outcome: the code then {outcome.Action} (wait for each order's final status, or list the orders again)",
                            properties.ToImmutable(), null, null));
                        continue;
                    }

                    PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.AnswerTakenAsOutcome);
                    FixPlan.ForCancel(cancel, _reader.Recognizer, properties);
                    _findings.Add(new Finding(cancel, Finding.CancelPriority,
                        $"The answer of '{cancel.TargetMethod.Name}' is taken as the outcome: the code then {outcome.Action}",
                        properties.ToImmutable(), null, null));
                }
                else if (onlyCanceled != null)
                {
                    PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.OnlyCanceledAccepted);
                    _findings.Add(new Finding(onlyCanceled.Comparison, Finding.CancelPriority,
                        onlyCanceled.FallsThrough
                            ? $"Only '{onlyCanceled.Canceled}' is acted on right after '{cancel.TargetMethod.Name}', so its usual PENDING_CANCEL answer goes past with nothing done (wait for the final status with WaitForFinalStatusAsync, or track the order as pending)"
                            : $"Only '{onlyCanceled.Canceled}' counts as success right after '{cancel.TargetMethod.Name}', so its usual PENDING_CANCEL answer takes the failure branch (wait for the final status with WaitForFinalStatusAsync, or handle PENDING_CANCEL)",
                        properties.ToImmutable(), null, null));
                }
            }
        }
    }
}
