using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// CLST003 (<c>OrderStatus</c>), CLST004 (<c>TimeInForce</c>), CLST005 (the other contract enums, and users' enums named in
    /// <c>clst.enum_match.additional_enums</c>): a match over the enum that leaves named members unhandled, where they are
    /// silently ignored (a <c>switch</c> statement with no <c>default</c>) or thrown (a throwing fallback, a <c>switch</c>
    /// expression with no arm for them, a <c>throw</c> right after the switch, an if/else-if chain ending in a throw).
    /// Wiring only: which enum a value is comes from the recogniser; what the match handles from <see cref="EnumMatchShape"/>
    /// (reading); whether that is a mistake from <see cref="EnumMatchJudge"/> (judging); what the fixers learn from
    /// <see cref="EnumMatchDiagnosticProperties"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IncompleteEnumMatchAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Rules.IncompleteOrderStatusMatch, Rules.IncompleteTimeInForceMatch, Rules.IncompleteContractEnumMatch);

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

                var enums = new CheckedEnums(recognizer);
                start.RegisterOperationAction(c => Analyze(c, enums), OperationKind.Switch, OperationKind.SwitchExpression, OperationKind.Conditional);
            });
        }

        /// <summary>Read, judge, report: the match's shape, the members it leaves to a fallback by mistake, one diagnostic.</summary>
        private static void Analyze(OperationAnalysisContext context, CheckedEnums enums)
        {
            var operation = context.Operation;
            var recognizer = enums.Recognizer;

            // Cheap gates first: the matched value must be one of the enums we check (an if-chain's is known once read).
            if (!EnumMatchShape.IsCandidate(operation, out var valueType)
                || (valueType != null && enums.DescriptorOf(valueType) == null))
            {
                return;
            }

            var shape = EnumMatchShape.TryRead(operation, context.CancellationToken, enums.IsChecked);
            if (shape == null || enums.DescriptorOf(shape.EnumType) is not { } descriptor)
            {
                return;
            }

            var values = enums.ValuesOf(shape.EnumType);
            var unhandled = EnumMatchJudge.GetMistakenlyUnhandled(shape, values, recognizer.Options);
            if (unhandled.IsEmpty)
            {
                return;
            }

            // Only what the value can still hold must be handled (what the enclosing statements and the value's source establish).
            if (KnownValues.Possible(operation, shape, values, recognizer, context.CancellationToken) is { } possible)
            {
                unhandled = EnumMatchJudge.OnlyPossible(unhandled, possible);
                if (unhandled.IsEmpty)
                {
                    return;
                }
            }

            var properties = new EnumMatchDiagnosticProperties(
                shape.Form,
                shape.Fallback,
                MissingMemberGroups.Group(unhandled, descriptor, recognizer),
                NeutralArmValue.For(operation, shape));

            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                shape.Keyword.GetLocation(),
                properties.Write(),
                shape.EnumType.Name,
                unhandled.Length,
                values.Count,
                EnumMatchMessage.NameFirstFew(unhandled),
                EnumMatchMessage.Fate(shape)));
        }
    }
}
