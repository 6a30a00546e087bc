using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// <c>--fix-scaling</c>: "Add the missing members" on one switch over a look-alike enum of N members, configured with
    /// <c>clst.enum_match.additional_enums</c> (issue 21). For each size and form it times, in an <see cref="AdhocWorkspace"/>:
    /// the analysis that finds the switch (compiler + CLST003–CLST005), and the fix as an editor applies it (registering the
    /// code action, then its operations: the code action's clean-up, simplification and formatting included), and prints the
    /// fix's time per member. The fix's result is checked (every member named once); nothing is asserted about time.
    /// </summary>
    internal sealed class FixScalingRun
    {
        public static readonly string[] Forms = { "statement", "expression" };

        private readonly TextWriter _out;
        private readonly IReadOnlyList<MetadataReference> _references;

        public FixScalingRun(TextWriter output)
        {
            _out = output;
            _references = References.Framework().References.Append(References.Model()).ToList();
        }

        public async Task<int> ExecuteAsync(IReadOnlyList<int> sizes, int runs)
        {
            _out.WriteLine($"Fix scaling (issue 21): 'Add the missing members' on one switch over an enum of N members; median of {runs} runs after a warm-up.");
            _out.WriteLine("| form | members | analysis ms | fix ms | fix µs per member |");
            _out.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            int failures = 0;
            foreach (var form in Forms)
            {
                foreach (int members in sizes)
                {
                    await MeasureAsync(form, members).ConfigureAwait(false); // warm-up
                    var samples = new List<(double Analysis, double Fix, bool Right)>();
                    for (int run = 0; run < runs; run++)
                    {
                        samples.Add(await MeasureAsync(form, members).ConfigureAwait(false));
                    }

                    double analysis = Median(samples.Select(s => s.Analysis));
                    double fix = Median(samples.Select(s => s.Fix));
                    bool right = samples.All(s => s.Right);
                    _out.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {form} | {members:N0} | {analysis:F0} | {fix:F0} | {fix * 1000 / members:F1} |{(right ? string.Empty : " wrong result")}"));
                    failures += right ? 0 : 1;
                }
            }

            return failures == 0 ? 0 : 1;
        }

        private async Task<(double Analysis, double Fix, bool Right)> MeasureAsync(string form, int members)
        {
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            workspace.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "FixScaling", "FixScaling", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: _references));
            var document = workspace.AddDocument(projectId, "Big.cs", SourceText.From(Source(form, members)));

            var clock = Stopwatch.StartNew();
            var compilation = (await document.Project.GetCompilationAsync().ConfigureAwait(false))!;
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new EnumOptions()),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new IncompleteEnumMatchAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            double analysis = clock.Elapsed.TotalMilliseconds;

            clock.Restart();
            CodeAction? action = null;
            var context = new CodeFixContext(document, diagnostics.Single(), (a, _) => action ??= a, CancellationToken.None);
            await new AddMissingEnumMembersCodeFixProvider().RegisterCodeFixesAsync(context).ConfigureAwait(false);
            var operations = await action!.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
            var text = (await fixedDocument.GetTextAsync().ConfigureAwait(false)).ToString();
            double fix = clock.Elapsed.TotalMilliseconds;

            // Every member named once in the method (the enum's own declaration names them without 'Big.').
            bool right = text.Split(new[] { "Big.M" }, StringSplitOptions.None).Length - 1 == members;
            return (analysis, fix, right);
        }

        /// <summary>An enum of <paramref name="members"/> members and one switch of the form over it that handles only the first.</summary>
        private static string Source(string form, int members)
        {
            var source = new StringBuilder("using System;\nnamespace My.Ns\n{\n    public enum Big\n    {\n");
            for (int i = 0; i < members; i++)
            {
                source.Append("        M").Append(i).Append(",\n");
            }

            source.Append("    }\n\n    class C\n    {\n        int M(Big v)\n        {\n");
            source.Append(form == "statement"
                ? "            switch (v)\n            {\n                case Big.M0:\n                    return 0;\n                default:\n                    throw new InvalidOperationException();\n            }\n"
                : "            return v switch\n            {\n                Big.M0 => 0,\n                _ => throw new InvalidOperationException(),\n            };\n");
            return source.Append("        }\n    }\n}\n").ToString();
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        /// <summary>The enum configured as a contract enum, as <c>.editorconfig</c> would.</summary>
        private sealed class EnumOptions : AnalyzerConfigOptionsProvider
        {
            private static readonly AnalyzerConfigOptions Options = new Values();

            public override AnalyzerConfigOptions GlobalOptions => Options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options;

            private sealed class Values : AnalyzerConfigOptions
            {
                public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                {
                    value = key == "clst.enum_match.additional_enums" ? "My.Ns.Big" : null;
                    return value != null;
                }
            }
        }
    }
}
