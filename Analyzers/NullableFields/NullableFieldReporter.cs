using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// The last judgement on a finding of <see cref="NullableFieldFlowAnalysis"/> before it becomes a CLST002 diagnostic:
    /// what the rule leaves alone (code never evaluated, display-only text, what the compiler reports itself), and the
    /// diagnostic with its <see cref="NullableFieldDiagnosticProperties"/>.
    /// </summary>
    internal static class NullableFieldReporter
    {
        /// <summary>
        /// Reports a finding of the flow analysis, unless it is in code that is never evaluated (<c>nameof</c>, an
        /// expression tree...), is a <c>!</c> or <c>GetValueOrDefault()</c> only displayed, or the compiler already warns there
        /// (unless <paramref name="reportInEnabledCode"/>: <c>clst.nullable_fields.report_in_enabled_code = true</c> asks for
        /// a report beside the compiler's, so that a build gated on the contract's rules alone catches it).
        /// </summary>
        public static void Report(OperationBlockAnalysisContext context, SemanticModel model, NullableFieldFinding finding, bool reportInEnabledCode)
        {
            var use = finding.Use;
            var location = use.Location;
            if (ExemptContexts.IsNotEvaluated(location, model, context.CancellationToken))
            {
                return;
            }

            if (use.Form is NullableUseForm.Suppression or NullableUseForm.GetValueOrDefault
                && ExemptContexts.IsDisplayOnly(location, model, context.CancellationToken))
            {
                return;
            }

            if (!reportInEnabledCode && CompilerReports(finding, model))
            {
                return;
            }

            var properties = NullableFieldDiagnosticProperties.Write(use.Form, finding.Field.WireName);
            string subject = finding.ThroughVariable == null
                ? "'" + finding.Field.WireName + "'"
                : "'" + finding.ThroughVariable + "', read from '" + finding.Field.WireName + "',";
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.NullableOptionalField,
                location.GetLocation(),
                properties,
                subject,
                finding.Field.Reason,
                use.Phrase));
        }

        /// <summary>
        /// True when the compiler already warns here: nullable warnings are on at the use, the compiler knows the value may
        /// be null, and the form is one it checks (a dereference, an enumeration, <c>.Value</c>, an argument, a cast from
        /// <c>T?</c> to <c>T</c>: CS8602, CS8604, CS8629). It never warns on <c>!</c> or on <c>GetValueOrDefault()</c>.
        /// </summary>
        private static bool CompilerReports(NullableFieldFinding finding, SemanticModel model)
        {
            var use = finding.Use;
            if (!finding.CompilerTracks || use.Form is NullableUseForm.Suppression or NullableUseForm.GetValueOrDefault)
            {
                return false;
            }

            return model.GetNullableContext(use.Location.SpanStart).WarningsEnabled();
        }
    }
}
