using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks.Corpus;
using Clst.Analyzers.Benchmarks.Measurement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks.Editor
{
    /// <summary>
    /// The editor scenario: a project of the corpus held open as one <see cref="Compilation"/> (declared, references bound,
    /// as the IDE keeps it), documents added to it, and for each document and analyzer group, edits one at a time: the
    /// edit applied (<see cref="SyntaxTree.WithChangedText"/>, <see cref="Compilation.ReplaceSyntaxTree"/>), then that
    /// document's analyzer diagnostics asked for the way the IDE asks (<see cref="CompilationWithAnalyzers"/> on the new
    /// compilation, <c>GetAnalyzerSyntaxDiagnosticsAsync</c> and <c>GetAnalyzerSemanticDiagnosticsAsync(model, null)</c>).
    /// Every group has its own <c>CompilationWithAnalyzers</c> on its own edit (a literal no other request has seen), so
    /// nothing bound is shared between groups or edits, and each wall time is that group's alone.
    /// </summary>
    internal sealed class EditorScenario
    {
        private readonly Harness _harness;
        private readonly TextWriter _out;
        /// <summary>
        /// Warm-up edits per document and group, at least: with call counting from the first call (see
        /// <see cref="MeasuringProcess"/>), our analyzers' time on the 10,000-line client document settled after four to
        /// six requests when it was the first document measured.
        /// </summary>
        public const int MinimumWarmup = 5;

        private long _noGcBudget = 256L << 20;
        private int _requests;
        private int _requestsWithCollection;

        public EditorScenario(Harness harness, TextWriter output)
        {
            _harness = harness;
            _out = output;
        }

        public async Task<EditorResult> RunAsync(
            GeneratedCorpus corpus, IReadOnlyList<EditorDocument> documents, IReadOnlyList<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> groups, int edits, int warmup)
        {
            var clock = Stopwatch.StartNew();
            var result = new EditorResult { CorpusFiles = corpus.Files.Count - corpus.GeneratedClientSources, GeneratedClientSources = corpus.GeneratedClientSources, CorpusLines = corpus.Lines, Edits = edits, Warmup = warmup };
            _out.WriteLine();
            _out.WriteLine($"== editor scenario: a project of {corpus.Files.Count - corpus.GeneratedClientSources:N0} files + {corpus.GeneratedClientSources} generated client sources "
                           + $"({corpus.Lines:N0} lines) held open; {documents.Count} documents; "
                           + $"per document and group {warmup} warm-up + {edits} measured edits");
            var project = _harness.Create(_harness.Parse(corpus).Trees, withModel: true);
            // The IDE keeps the project's declaration table and bound references: build both once, outside every timing.
            _ = project.ContainsSymbolsWithName("Clst.Analyzers.Benchmarks", SymbolFilter.All);
            _ = project.Assembly;
            foreach (var document in documents)
            {
                result.Documents.Add(await MeasureDocumentAsync(project, document, groups, edits, warmup, result.Notes).ConfigureAwait(false));
            }

            if (_requestsWithCollection > 0)
            {
                result.Notes.Add($"editor: {_requestsWithCollection} of {_requests} requests had a garbage collection during their timing");
            }

            result.SecondsTaken = clock.Elapsed.TotalSeconds;
            return result;
        }

        private async Task<EditorDocumentResult> MeasureDocumentAsync(
            CSharpCompilation project, EditorDocument document, IReadOnlyList<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> groups, int edits, int warmup, List<string> notes)
        {
            var clock = Stopwatch.StartNew();
            var tree = CSharpSyntaxTree.ParseText(document.File.Text, Harness.ParseOptions, document.File.Path);
            var withDocument = project.AddSyntaxTrees(tree);
            var errors = withDocument.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var result = new EditorDocumentResult { Kind = document.Kind, Size = document.Size, Path = document.File.Path, Lines = document.Lines, CompilerErrors = errors.Count };
            if (errors.Count > 0)
            {
                notes.Add($"editor document {document.Name} does not compile ({errors.Count} errors, first: {errors[0]}); its figures are not comparable");
            }

            var text = tree.GetText();
            int edit = 0;
            for (int round = 0; round < warmup + edits; round++)
            {
                bool measured = round >= warmup;
                // Rotate the order of the groups from one round to the next, so that none is always first after a collection.
                for (int g = 0; g < groups.Count; g++)
                {
                    var (name, analyzers) = groups[(g + round) % groups.Count];
                    var changed = tree.WithChangedText(text.WithChanges(document.Edit(edit++)));
                    var compilation = withDocument.ReplaceSyntaxTree(tree, changed);
                    // The IDE has the new tree's declarations by the time it asks for diagnostics (the document's other
                    // features bind it first); the clone CompilationWithAnalyzers makes shares them. Outside the timing.
                    _ = compilation.ContainsSymbolsWithName("Clst.Analyzers.Benchmarks", SymbolFilter.All);
                    var (wallMs, analyzerMs, allocated, diagnostics) = await RequestAsync(compilation, changed, analyzers).ConfigureAwait(false);
                    if (!result.Groups.TryGetValue(name, out var group))
                    {
                        result.Groups[name] = group = new EditorGroupResult();
                    }

                    if (measured)
                    {
                        group.WallMs.Runs.Add(wallMs);
                        group.AnalyzerMs.Runs.Add(analyzerMs);
                        group.AllocatedMegabytes.Runs.Add(allocated / (1024.0 * 1024.0));
                    }

                    if (round == warmup + edits - 1)
                    {
                        group.Diagnostics.Clear();
                        foreach (var id in diagnostics.GroupBy(d => d.Id))
                        {
                            group.Diagnostics[id.Key] = id.Count();
                        }
                    }
                }
            }

            if (result.Group(EditorGroups.Ide) is { } ide && ide.Diagnostics.Count == 0)
            {
                notes.Add($"editor: IDE0010/IDE0072 reported nothing on {document.Name}, which opens with an incomplete switch: are they running?");
            }

            _out.WriteLine($"  {document.Name} ({document.Lines:N0} lines): "
                           + string.Join(", ", result.Groups.Select(p => $"{p.Key} p50 {p.Value.WallMs.Median:0.0} ms p95 {p.Value.WallMs.P95:0.0} ms"))
                           + $"  [{clock.Elapsed.TotalSeconds:0.0} s]");
            return result;
        }

        /// <summary>One IDE request: the document's syntax and semantic analyzer diagnostics on a fresh <c>CompilationWithAnalyzers</c>.</summary>
        private async Task<(double WallMs, double AnalyzerMs, long Allocated, ImmutableArray<Diagnostic> Diagnostics)> RequestAsync(
            Compilation compilation, SyntaxTree tree, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var withAnalyzers = new CompilationWithAnalyzers(compilation, analyzers, _harness.AnalyzersOptions());
            var model = compilation.GetSemanticModel(tree);
            long before = GC.GetTotalAllocatedBytes(precise: true);
            bool noGc = EnterNoGcRegion();
            int collections = GC.CollectionCount(0);
            var stopwatch = Stopwatch.StartNew();
            var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).ConfigureAwait(false);
            var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).ConfigureAwait(false);
            stopwatch.Stop();
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            _requests++;
            if (!noGc && GC.CollectionCount(0) != collections)
            {
                _requestsWithCollection++;
            }

            ExitNoGcRegion(noGc, allocated);
            double analyzerMs = 0;
            foreach (var analyzer in analyzers)
            {
                analyzerMs += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime.TotalMilliseconds;
            }

            return (stopwatch.Elapsed.TotalMilliseconds, analyzerMs, allocated, syntax.AddRange(semantic));
        }

        /// <summary>
        /// No collection pause lands in a timing. In the measuring process (see <see cref="MeasuringProcess"/>) a request
        /// runs after a full collection with a gen-0 budget larger than it allocates, on memory the process has used
        /// before, as an IDE's requests do; the requests that had a collection anyway are counted (a note says so). With
        /// <c>--fresh-memory</c> each request runs in a no-GC region, as the build scenario's passes, and every second one
        /// then got freshly mapped memory (a page fault per 4 KB).
        /// </summary>
        private bool EnterNoGcRegion()
        {
            if (MeasuringProcess.IsMeasuringProcess)
            {
                // A full collection, as TryStartNoGCRegion makes one: the request starts with gen 0 empty.
                GC.Collect();
                return false;
            }

            return NoGcRegion.TryEnter(_noGcBudget);
        }

        private void ExitNoGcRegion(bool entered, long allocated)
        {
            if (entered && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }

            _noGcBudget = Math.Min(4L << 30, Math.Max(_noGcBudget, allocated / 2 * 3));
        }
    }
}
