using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks.Analyzers;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// <c>--scaling</c>: one method 1×, 10× and 100× as long (issue 21), for each shape of <see cref="ScalingShapes"/>. For
    /// each length it times, on fresh compilations, sequentially, the compiler alone (<c>GetDiagnostics</c>), then CLST002
    /// alone and then all our analyzers (each such pass: compiler + analyzers), and prints what the analyzers add to the
    /// compiler's pass in wall time and in allocated bytes (process-wide) per operation (one operation: one pass over the
    /// one-method file; the compiler's share of a pass is the compiler-alone pass of the same run), and per IOperation of the
    /// method. A method past <see cref="FlowGraphBound"/> (in statements) must have no CLST002 (it is not flow-analysed); any other, one.
    /// </summary>
    internal sealed class ScalingRun
    {
        private readonly TextWriter _out;
        private readonly IReadOnlyList<MetadataReference> _references;
        private readonly ImmutableArray<DiagnosticAnalyzer> _ours;

        public ScalingRun(TextWriter output)
        {
            _out = output;
            _references = References.Framework().References.Append(References.Model()).ToList();
            _ours = AnalyzerCatalog.Ours().Analyzers;
        }

        public async Task<int> ExecuteAsync(int baseLength, int runs, IReadOnlyList<string> shapes)
        {
            _out.WriteLine($"Scaling (issue 21): one method, {baseLength} × 1, 10, 100 statements; median of {runs} runs after a warm-up; sequential, one thread.");
            _out.WriteLine($"Per operation: the analyzers' extra time and bytes divided by the method's IOperation count; past {FlowGraphBound.MaxStatements:N0} statements in the method (FlowGraphBound) CLST002 builds no flow graph and must report nothing.");
            _out.WriteLine("| shape | statements | operations | compiler ms | compiler MB | + CLST002 ms | + CLST002 MB | + all ours ms | + all ours MB | + all ours µs/op | + all ours B/op | CLST002 findings (expected) |");
            _out.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            int failures = 0;
            foreach (var shape in shapes)
            {
                foreach (int multiplier in new[] { 1, 10, 100 })
                {
                    int statements = baseLength * multiplier;
                    var source = ScalingShapes.Source(shape, statements);
                    var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Scaled.cs");
                    var compilation = Compile(tree);
                    var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    if (errors.Count > 0)
                    {
                        _out.WriteLine($"| {shape} | {statements} | does not compile: {errors[0]} | | | | | | | | | |");
                        failures++;
                        continue;
                    }

                    var body = BodyOfM(compilation, tree);
                    int operations = body.DescendantsAndSelf().Count();
                    int expected = body.DescendantsAndSelf().Count(FlowGraphBound.IsStatement) <= FlowGraphBound.MaxStatements ? 1 : 0;

                    await MeasureAsync(tree, 1).ConfigureAwait(false); // warm-up
                    var samples = new List<Sample>();
                    for (int run = 0; run < runs; run++)
                    {
                        samples.Add(await MeasureAsync(tree, run).ConfigureAwait(false));
                    }

                    var m = Sample.Median(samples);
                    _out.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {shape} | {statements:N0} | {operations:N0} | {m.CompilerMs:F0} | {m.CompilerBytes / 1e6:F0} | {m.Clst002Ms:F0} | {m.Clst002ExtraBytes / 1e6:F0} | {m.OursMs:F0} | {m.OursExtraBytes / 1e6:F0} | {m.OursMs * 1000 / operations:F1} | {(double)m.OursExtraBytes / operations:F0} | {m.Findings} ({expected}) |"));
                    if (m.Findings != expected)
                    {
                        failures++;
                    }
                }
            }

            return failures == 0 ? 0 : 1;
        }

        /// <summary>The operation tree of the method <c>M</c>.</summary>
        private static IOperation BodyOfM(Compilation compilation, SyntaxTree tree)
        {
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "M");
            return compilation.GetSemanticModel(tree).GetOperation(method)!;
        }

        private CSharpCompilation Compile(SyntaxTree tree)
            => CSharpCompilation.Create(
                "Scaling",
                new[] { tree },
                _references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));

        private async Task<Sample> MeasureAsync(SyntaxTree tree, int run)
        {
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            _ = Compile(tree).GetDiagnostics();
            double compilerMs = watch.Elapsed.TotalMilliseconds;
            long compilerBytes = GC.GetTotalAllocatedBytes(precise: true) - before;

            var clst002 = _ours.Where(a => a is NullableOptionalFieldAnalyzer).ToImmutableArray();
            var (clstMs, clstBytes, findings) = await AnalyzeAsync(tree, clst002).ConfigureAwait(false);
            var (oursMs, oursBytes, _) = await AnalyzeAsync(tree, _ours).ConfigureAwait(false);
            return new Sample(compilerMs, compilerBytes, clstMs - compilerMs, clstBytes - compilerBytes, oursMs - compilerMs, oursBytes - compilerBytes, findings);
        }

        private async Task<(double Ms, long Bytes, int Findings)> AnalyzeAsync(SyntaxTree tree, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            var withAnalyzers = Compile(tree).WithAnalyzers(analyzers, options);
            var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            double ms = watch.Elapsed.TotalMilliseconds;
            long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;

            if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
            {
                throw new InvalidOperationException(crash.ToString());
            }

            return (ms, bytes, diagnostics.Count(d => d.Id == RuleIds.NullableOptionalField));
        }

        private sealed record Sample(double CompilerMs, long CompilerBytes, double Clst002Ms, long Clst002ExtraBytes, double OursMs, long OursExtraBytes, int Findings)
        {
            public static Sample Median(List<Sample> samples)
            {
                T Mid<T>(Func<Sample, T> f) => samples.Select(f).OrderBy(x => x).ElementAt(samples.Count / 2);
                return new Sample(Mid(s => s.CompilerMs), Mid(s => s.CompilerBytes), Mid(s => s.Clst002Ms), Mid(s => s.Clst002ExtraBytes), Mid(s => s.OursMs), Mid(s => s.OursExtraBytes), Mid(s => s.Findings));
            }
        }
    }
}
