using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// CLST001: a PENDING_CANCEL answer treated as final. Finds PENDING_CANCEL grouped with the final statuses (form 1),
    /// answered "yes" by a function that says final / done / canceled (form 2), mapped to the canceled outcome (form 3),
    /// the cancel call's answer taken as the outcome (form 4), and only CANCELED accepted right after the cancel (form 5).
    /// </summary>
    /// <remarks>
    /// Wiring only. Reading: <see cref="StatusTestReader"/>, <see cref="StatusMapping"/>, <see cref="CancelAnswerAnalysis"/>;
    /// judging: <see cref="Judge"/>; fix planning: <see cref="FixPlan"/>, <see cref="MappingFixPlan"/>; what the fixers learn:
    /// <see cref="PendingCancelDiagnosticProperties"/>.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PendingCancelTreatedAsFinalAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<OperationKind> s_relevantKinds = ImmutableArray.Create(OperationKind.FieldReference, OperationKind.Invocation);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.PendingCancelTreatedAsFinal);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                var recognizer = ContractRecognizer.TryGet(start.Compilation, start.Options);
                if (recognizer == null)
                {
                    return;
                }

                // Most members never name PENDING_CANCEL or call the cancel: only those that do are analysed.
                var analysis = new BlockAnalysis(new StatusTestReader(recognizer));
                RelevantMembers.Register(start, s_relevantKinds, analysis.IsRelevant, analysis.Analyze);
            });
        }
    }
}
