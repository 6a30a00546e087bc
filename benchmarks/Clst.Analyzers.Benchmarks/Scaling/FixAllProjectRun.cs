using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// <c>--fix-all-project</c>: Fix All in project scope over <see cref="FixAllProject"/>'s N files, once per shipped fixer
    /// (issue 21). For each fixer it times, on a fresh <see cref="AdhocWorkspace"/> project: the analysis that finds the
    /// diagnostics (compiler + every rule of ours), and Fix All as an editor applies it (<c>GetFixAsync</c>, the action's
    /// operations, the new solution's texts). The result is checked as <c>FixAllProjectTests</c> checks it; nothing is
    /// asserted about time.
    /// </summary>
    internal sealed class FixAllProjectRun
    {
        private const int WarmUpFiles = 20;

        private static readonly PropertyInfo? s_nested =
            typeof(CodeAction).GetProperty("NestedActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        private readonly TextWriter _out;
        private readonly IReadOnlyList<MetadataReference> _references;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly ImmutableArray<CodeFixProvider> _fixers;

        public FixAllProjectRun(TextWriter output)
        {
            _out = output;
            _references = References.Framework().References.Append(References.Model()).ToList();
            _analyzers = AnalyzerCatalog.Ours().Analyzers;
            _fixers = typeof(Clst.Analyzers.CodeFixes.EnumMatch.AddMissingEnumMembersCodeFixProvider).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
                .ToImmutableArray();
        }

        public async Task<int> ExecuteAsync(int files, int runs)
        {
            _out.WriteLine($"Fix All over a project (issue 21): {files:N0} files, one case per fixer in each; median of {runs} run(s) after a warm-up on {WarmUpFiles} files.");
            _out.WriteLine("| fixer | diagnostics fixed | documents changed | analysis ms | Fix All ms | Fix All ms per document |");
            _out.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            int failures = 0;
            foreach (var fixer in _fixers)
            {
                await MeasureAsync(fixer, WarmUpFiles).ConfigureAwait(false);
                var samples = new List<Sample>();
                for (int run = 0; run < runs; run++)
                {
                    samples.Add(await MeasureAsync(fixer, files).ConfigureAwait(false));
                }

                var last = samples[^1];
                double analysis = Median(samples.Select(s => s.AnalysisMs));
                double fixAll = Median(samples.Select(s => s.FixAllMs));
                var problems = samples.SelectMany(s => s.Problems).Distinct().ToList();
                _out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {fixer.GetType().Name} | {last.Fixed:N0} | {last.Changed:N0} | {analysis:F0} | {fixAll:F0} | {fixAll / files:F2} |{(problems.Count == 0 ? string.Empty : " wrong result")}"));
                foreach (var problem in problems)
                {
                    _out.WriteLine("  " + problem);
                }

                failures += problems.Count == 0 ? 0 : 1;
            }

            return failures == 0 ? 0 : 1;
        }

        private sealed record Sample(double AnalysisMs, double FixAllMs, int Fixed, int Changed, IReadOnlyList<string> Problems);

        private async Task<Sample> MeasureAsync(CodeFixProvider fixer, int files)
        {
            var problems = new List<string>();
            using var workspace = new AdhocWorkspace();
            var project = FixAllProject.AddTo(workspace, files, _references);

            var clock = Stopwatch.StartNew();
            var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            var original = await AnalyzeAsync(compilation).ConfigureAwait(false);
            double analysis = clock.Elapsed.TotalMilliseconds;
            if (!original.Exceptions.IsEmpty)
            {
                problems.Add("an analyzer threw on the project: " + original.Exceptions[0]);
            }

            // The equivalence key (the first action on the first diagnostic the fixer fixes), and what that action addresses.
            var candidates = original.Diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id))
                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();
            string? key = null;
            var addressedPerId = new Dictionary<string, int>(StringComparer.Ordinal);
            var addressedFiles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnostic in candidates)
            {
                var actions = await ActionsAsync(fixer, project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic).ConfigureAwait(false);
                key ??= actions.FirstOrDefault()?.EquivalenceKey;
                if (key != null && actions.Any(a => a.EquivalenceKey == key))
                {
                    addressedPerId[diagnostic.Id] = addressedPerId.GetValueOrDefault(diagnostic.Id) + 1;
                    addressedFiles.Add(diagnostic.Location.SourceTree!.FilePath);
                }
            }

            if (key == null || fixer.GetFixAllProvider() is not { } fixAll)
            {
                problems.Add("no action with an equivalence key, or no Fix All provider");
                return new Sample(analysis, 0, 0, 0, problems);
            }

            if (addressedFiles.Count != files)
            {
                problems.Add($"the fixer addresses diagnostics in {addressedFiles.Count} of {files} files");
            }

            clock.Restart();
            var context = new FixAllContext(project, fixer, FixAllScope.Project, key, fixer.FixableDiagnosticIds, new ProjectDiagnostics(candidates), CancellationToken.None);
            var action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
            var operations = action == null ? ImmutableArray<CodeActionOperation>.Empty : await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            var fixedProject = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution.GetProject(project.Id);
            var texts = new List<SourceText>();
            foreach (var document in fixedProject?.Documents ?? Enumerable.Empty<Document>())
            {
                texts.Add(await document.GetTextAsync().ConfigureAwait(false));
            }

            double fixAllMs = clock.Elapsed.TotalMilliseconds;
            if (fixedProject == null)
            {
                problems.Add("Fix All made no change");
                return new Sample(analysis, fixAllMs, 0, 0, problems);
            }

            int changed = 0;
            foreach (var document in project.Documents)
            {
                var before = await document.GetTextAsync().ConfigureAwait(false);
                changed += before.ContentEquals(await fixedProject.GetDocument(document.Id)!.GetTextAsync().ConfigureAwait(false)) ? 0 : 1;
            }

            await CheckAsync(fixer, key, fixedProject, original, addressedPerId, problems).ConfigureAwait(false);
            if (changed != files)
            {
                problems.Add($"{files - changed} document(s) unchanged");
            }

            return new Sample(analysis, fixAllMs, addressedPerId.Values.Sum(), changed, problems);
        }

        /// <summary>As the test: it compiles, no analyzer throws, nothing the action addresses is left, the other counts are the same.</summary>
        private async Task CheckAsync(CodeFixProvider fixer, string key, Project fixedProject, Run original, Dictionary<string, int> addressedPerId, List<string> problems)
        {
            var compilation = (await fixedProject.GetCompilationAsync().ConfigureAwait(false))!;
            var error = compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error != null)
            {
                problems.Add("does not compile: " + error);
            }

            var after = await AnalyzeAsync(compilation).ConfigureAwait(false);
            if (!after.Exceptions.IsEmpty || after.Diagnostics.Any(d => d.Id == "AD0001"))
            {
                problems.Add("an analyzer threw on the fixed project: " + after.Exceptions.FirstOrDefault());
            }

            int left = 0;
            foreach (var diagnostic in after.Diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
            {
                var actions = await ActionsAsync(fixer, fixedProject.GetDocument(diagnostic.Location.SourceTree)!, diagnostic).ConfigureAwait(false);
                left += actions.Any(a => a.EquivalenceKey == key) ? 1 : 0;
            }

            if (left > 0)
            {
                problems.Add($"{left} diagnostic(s) still fixed by '{key}'");
            }

            var expected = original.Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count() - addressedPerId.GetValueOrDefault(g.Key));
            var actual = after.Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
            foreach (var id in expected.Keys.Union(actual.Keys).OrderBy(id => id, StringComparer.Ordinal))
            {
                if (expected.GetValueOrDefault(id) != actual.GetValueOrDefault(id))
                {
                    problems.Add($"{id}: {actual.GetValueOrDefault(id)} after Fix All, expected {expected.GetValueOrDefault(id)}");
                }
            }
        }

        private sealed record Run(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions);

        private async Task<Run> AnalyzeAsync(Compilation compilation)
        {
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            return new Run(diagnostics, exceptions.ToImmutableArray());
        }

        private static async Task<ImmutableArray<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
        {
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => Flatten(action, actions), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            return actions.ToImmutable();
        }

        private static void Flatten(CodeAction action, ImmutableArray<CodeAction>.Builder into)
        {
            var nested = s_nested?.GetValue(action) is ImmutableArray<CodeAction> actions ? actions : ImmutableArray<CodeAction>.Empty;
            if (nested.IsDefaultOrEmpty)
            {
                into.Add(action);
                return;
            }

            foreach (var inner in nested)
            {
                Flatten(inner, into);
            }
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
