using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// <c>--scaling-pieces</c>: where the time of a CLST002 pass over one long method goes (issue 21). For each length, on fresh
    /// compilations: the compiler alone (<c>GetDiagnostics</c>); the method's <c>IOperation</c> tree (binding for the
    /// analyzers); Roslyn's control-flow graph of it (<c>ControlFlowGraph.Create</c>, what CLST002 asks the driver for); and
    /// CLST002's own time in a full analyzer pass, from the driver's telemetry (its callbacks, the graph included, not the
    /// compiler's binding). Medians of the runs after a warm-up.
    /// </summary>
    internal sealed class ScalingPieces
    {
        private readonly TextWriter _out;
        private readonly IReadOnlyList<MetadataReference> _references;

        public ScalingPieces(TextWriter output)
        {
            _out = output;
            _references = References.Framework().References.Append(References.Model()).ToList();
        }

        public async Task<int> ExecuteAsync(string shape, IReadOnlyList<int> lengths, int runs)
        {
            _out.WriteLine($"Scaling pieces (issue 21): shape {shape}; median of {runs} runs after a warm-up; sequential.");
            _out.WriteLine("| statements | compiler ms | IOperation ms | CFG ms | CLST002 own ms | CLST002 own µs per statement |");
            _out.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (int length in lengths)
            {
                var tree = CSharpSyntaxTree.ParseText(ScalingShapes.Source(shape, length), new CSharpParseOptions(LanguageVersion.CSharp12), path: "Scaled.cs");
                await MeasureAsync(tree).ConfigureAwait(false); // warm-up
                var samples = new List<double[]>();
                for (int run = 0; run < runs; run++)
                {
                    samples.Add(await MeasureAsync(tree).ConfigureAwait(false));
                }

                double Mid(int i) => samples.Select(s => s[i]).OrderBy(x => x).ElementAt(samples.Count / 2);
                _out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {length:N0} | {Mid(0):F0} | {Mid(1):F0} | {Mid(2):F0} | {Mid(3):F0} | {Mid(3) * 1000 / length:F1} |"));
            }

            return 0;
        }

        private CSharpCompilation Compile(SyntaxTree tree)
            => CSharpCompilation.Create("Scaling", new[] { tree }, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));

        private async Task<double[]> MeasureAsync(SyntaxTree tree)
        {
            var watch = Stopwatch.StartNew();
            _ = Compile(tree).GetDiagnostics();
            double compiler = watch.Elapsed.TotalMilliseconds;

            var model = Compile(tree).GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();
            watch.Restart();
            var body = (Microsoft.CodeAnalysis.Operations.IMethodBodyOperation)model.GetOperation(method)!;
            double operation = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            _ = ControlFlowGraph.Create(body);
            double graph = watch.Elapsed.TotalMilliseconds;

            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            var withAnalyzers = Compile(tree).WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NullableOptionalFieldAnalyzer()), options);
            _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(withAnalyzers.Analyzers[0], CancellationToken.None).ConfigureAwait(false);
            return new[] { compiler, operation, graph, telemetry.ExecutionTime.TotalMilliseconds };
        }
    }
}
