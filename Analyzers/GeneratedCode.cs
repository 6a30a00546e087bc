using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers
{
    /// <summary>How every rule treats generated code.</summary>
    internal static class GeneratedCode
    {
        /// <summary>
        /// The driver hands the rules no generated code (<see cref="GeneratedCodeAnalysisFlags.Analyze"/> is off: files named
        /// or headed as generated and members under <c>[GeneratedCode]</c> are skipped), and every rule reports only inside
        /// the member it was handed. <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/> is on so that the driver
        /// does not check each diagnostic a second time: with it off, a rule's first diagnostic in a file makes the driver
        /// scan every token of that file for a <c>GeneratedCode</c> attribute, a cost of the same order as the rule's own
        /// analysis of the file (measured with the benchmark: about a fifth of the rules' time on its corpus).
        /// </summary>
        public const GeneratedCodeAnalysisFlags Flags = GeneratedCodeAnalysisFlags.ReportDiagnostics;
    }
}
