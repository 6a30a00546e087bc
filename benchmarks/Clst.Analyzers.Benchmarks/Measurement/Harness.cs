using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>The result of one pass: wall time, bytes allocated, and per analyzer its logged execution time.</summary>
    internal sealed class PassResult
    {
        public double WallMs { get; init; }

        /// <summary>Process CPU time over the pass (all threads, GC included): steadier than wall time on a shared machine.</summary>
        public double CpuMs { get; init; }

        public long AllocatedBytes { get; init; }

        /// <summary>Page faults taken during the pass (Linux), null where they cannot be read: see <see cref="MachineFacts.PageFaults"/>.</summary>
        public long? PageFaults { get; init; }

        public IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry { get; init; } = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();

        public IReadOnlyDictionary<string, int> DiagnosticsById { get; init; } = new Dictionary<string, int>();

        /// <summary>The diagnostics themselves, with their locations (for the findings check).</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

        /// <summary>The compilation of a compile pass, declared and bound (for the recogniser probe); dropped after use.</summary>
        public Compilation? Compilation { get; set; }

        public ImmutableArray<Diagnostic> Errors { get; init; } = ImmutableArray<Diagnostic>.Empty;

        public int Warnings { get; init; }

        public IReadOnlyDictionary<string, int> WarningsById { get; init; } = new Dictionary<string, int>();

        public double ExecutionMs(DiagnosticAnalyzer analyzer) => Telemetry.TryGetValue(analyzer, out var t) ? t.ExecutionTime.TotalMilliseconds : 0;

        public double ExecutionMs(IEnumerable<DiagnosticAnalyzer> analyzers) => analyzers.Sum(ExecutionMs);
    }

    /// <summary>
    /// Compiles a corpus in-process and runs analyzers on it through <see cref="CompilationWithAnalyzers"/> with execution-time
    /// logging. Every pass works on a fresh compilation (nothing bound is shared between passes or runs); syntax trees are
    /// parsed once per run and shared by that run's passes.
    /// </summary>
    internal sealed class Harness
    {
        private readonly IReadOnlyList<MetadataReference> _framework;
        private readonly MetadataReference _model;
        private readonly bool _concurrent;
        private readonly ConcurrentDictionary<string, (int Count, string First)> _exceptions = new();
        private const long MaxNoGcBudget = 12L << 30;
        private long _noGcBudget = 1L << 30;
        private int _passes;
        private int _passesWithoutCollection;

        private readonly IReadOnlyList<MetadataReference> _clientPackages;

        /// <param name="clientPackages">What the generated clients in the main corpus compile against (referenced with the model).</param>
        public Harness(IReadOnlyList<MetadataReference> framework, MetadataReference model, bool concurrent, IReadOnlyList<MetadataReference>? clientPackages = null)
        {
            _framework = framework;
            _model = model;
            _clientPackages = clientPackages ?? Array.Empty<MetadataReference>();
            _concurrent = concurrent;
        }

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp12);

        /// <summary>Analyzer exceptions seen so far (an AD0001 in ours is a bug the report must show), by analyzer.</summary>
        public IReadOnlyDictionary<string, (int Count, string First)> Exceptions => _exceptions;

        public (ImmutableArray<SyntaxTree> Trees, double Ms) Parse(GeneratedCorpus corpus)
        {
            var stopwatch = Stopwatch.StartNew();
            var trees = corpus.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path)).ToImmutableArray();
            stopwatch.Stop();
            return (trees, stopwatch.Elapsed.TotalMilliseconds);
        }

        public CSharpCompilation Create(ImmutableArray<SyntaxTree> trees, bool withModel)
        {
            var options = new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Disable,
                    optimizationLevel: OptimizationLevel.Release,
                    concurrentBuild: _concurrent)
                .WithSpecificDiagnosticOptions(BenchmarkConfig.Severities)
                .WithSyntaxTreeOptionsProvider(BenchmarkConfig.TreeOptions);
            var references = withModel ? _framework.Append(_model).Concat(_clientPackages) : _framework;
            return CSharpCompilation.Create("Acme.Client", trees, references, options);
        }

        /// <summary>The compiler alone: <c>GetDiagnostics()</c> (declarations, binding, flow analysis; no emit) on a fresh compilation.</summary>
        public PassResult Compile(ImmutableArray<SyntaxTree> trees, bool withModel)
        {
            var compilation = Create(trees, withModel);
            Settle();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            bool noGc = EnterNoGcRegion();
            var faultsBefore = MachineFacts.PageFaults();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = compilation.GetDiagnostics();
            stopwatch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var faults = MachineFacts.PageFaults() - faultsBefore;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            ExitNoGcRegion(noGc, allocated);
            return new PassResult
            {
                WallMs = stopwatch.Elapsed.TotalMilliseconds,
                CpuMs = cpu.TotalMilliseconds,
                Compilation = compilation,
                AllocatedBytes = allocated,
                PageFaults = faults,
                Errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray(),
                Warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
                DiagnosticsById = Count(diagnostics),
                Diagnostics = diagnostics,
                WarningsById = Count(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToImmutableArray()),
            };
        }

        /// <summary>The analyzers alone, on a fresh compilation: their diagnostics and each one's logged execution time.</summary>
        public async Task<PassResult> AnalyzeAsync(ImmutableArray<SyntaxTree> trees, bool withModel, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            if (analyzers.IsEmpty)
            {
                return new PassResult();
            }

            var compilation = Create(trees, withModel);

            // The compiler has its declaration table by the time analyzers start (the IDE keeps it; csc declares first):
            // build it now, outside the timings, so that the first rule to look a name up does not pay the compiler's work.
            // The clone CompilationWithAnalyzers makes shares it.
            _ = compilation.ContainsSymbolsWithName("Clst.Analyzers.Benchmarks", SymbolFilter.All);
            // Likewise the bound references (the source assembly and its referenced assembly symbols): csc binds them before
            // it runs analyzers, and without this the first rule to ask for any type pays the compiler's reference binding.
            _ = compilation.Assembly;
            var withAnalyzers = compilation.WithAnalyzers(analyzers, AnalyzersOptions());
            Settle();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            bool noGc = EnterNoGcRegion();
            var faultsBefore = MachineFacts.PageFaults();
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            stopwatch.Stop();
            var faults = MachineFacts.PageFaults() - faultsBefore;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            ExitNoGcRegion(noGc, allocated);
            var telemetry = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
            foreach (var analyzer in analyzers)
            {
                telemetry[analyzer] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            }

            return new PassResult
            {
                WallMs = stopwatch.Elapsed.TotalMilliseconds,
                AllocatedBytes = allocated,
                PageFaults = faults,
                Telemetry = telemetry,
                DiagnosticsById = Count(diagnostics),
                Diagnostics = diagnostics,
            };
        }

        /// <summary>The options of every analyzer pass: execution times logged, exceptions collected, sequential unless --concurrent.</summary>
        public CompilationWithAnalyzersOptions AnalyzersOptions() => new CompilationWithAnalyzersOptions(
            BenchmarkConfig.AnalyzerOptions,
            onAnalyzerException: OnAnalyzerException,
            concurrentAnalysis: _concurrent,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);

        private void OnAnalyzerException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic)
        {
            string name = BenchmarkRun.NameOf(analyzer);
            _exceptions.AddOrUpdate(
                name,
                _ => (1, exception.GetType().Name + ": " + exception.Message),
                (_, seen) => (seen.Count + 1, seen.First));
        }

        private static Dictionary<string, int> Count(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        /// <summary>Timed passes so far, and how many of them ran to the end without a garbage collection.</summary>
        public (int Passes, int WithoutCollection) NoGcRegions => (_passes, _passesWithoutCollection);

        /// <summary>
        /// A pass allocates hundreds of megabytes (most of it the compiler's binding), and each collection's pause is charged
        /// to whichever analyzer callback happens to be running: one pause could double a rule's time in one run and leave
        /// another's alone. So every timed pass runs in a no-GC region sized from the largest pass so far (the warm-up runs
        /// size it): no pause lands in any timing, and the allocations are reported on their own.
        /// </summary>
        private bool EnterNoGcRegion() => NoGcRegion.TryEnter(_noGcBudget);

        private void ExitNoGcRegion(bool entered, long allocated)
        {
            _passes++;
            if (entered && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
                _passesWithoutCollection++;
            }

            _noGcBudget = Math.Min(MaxNoGcBudget, Math.Max(_noGcBudget, allocated / 2 * 3));
        }

        /// <summary>A full collection between passes, so that one pass does not pay for the garbage of the one before.</summary>
        public static void Settle()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
