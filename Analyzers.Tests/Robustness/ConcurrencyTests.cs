using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>The analyzers under concurrency and cancellation: same answers in parallel as in sequence; cancellation honoured.</summary>
    public class ConcurrencyTests
    {
        private readonly ITestOutputHelper _output;

        public ConcurrencyTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task ConcurrentAnalysisOfManyDocumentsEqualsSequentialAnalysis()
        {
            // Many documents in one compilation (name clashes between them are errors the analyzers must live with),
            // analysed with concurrent execution on, and again sequentially: the same diagnostics.
            var files = Corpus.Files.Where(f => !f.IsProgram).ToList();
            var sources = files.Select(f => f.Code).Concat(new[] { Infrastructure.Models.Kiota, Infrastructure.Models.NSwag, Infrastructure.Models.HandWritten });
            var compilation = AnalyzerRunner.Compile(sources, isProgram: false, NullableContextOptions.Disable);

            var sequential = await AnalyzerRunner.RunAsync(compilation, concurrent: false);
            var concurrentRuns = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => AnalyzerRunner.RunAsync(compilation, concurrent: true))));

            Assert.Empty(sequential.Exceptions);
            var expected = sequential.Diagnostics.Select(AnalyzerRunner.Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();
            _output.WriteLine($"documents: {compilation.SyntaxTrees.Count()}; diagnostics: {expected.Count}");
            Assert.NotEmpty(expected);
            foreach (var run in concurrentRuns)
            {
                Assert.Empty(run.Exceptions);
                Assert.Equal(expected, run.Diagnostics.Select(AnalyzerRunner.Describe).OrderBy(s => s, StringComparer.Ordinal).ToList());
            }
        }

        [Fact]
        public async Task ManyCompilationsAnalysedInParallelGiveEachTheirSequentialAnswer()
        {
            var files = Corpus.Files.Take(60).ToList();
            var compilations = files.Select(f => AnalyzerRunner.Compile(new[] { f.Code }.Concat(AnalyzerRunner.ModelsFor(f.Code)), f.IsProgram, NullableContextOptions.Enable)).ToList();
            var sequential = new List<List<string>>();
            foreach (var compilation in compilations)
            {
                var result = await AnalyzerRunner.RunAsync(compilation, concurrent: false);
                Assert.Empty(result.Exceptions);
                sequential.Add(result.Diagnostics.Select(AnalyzerRunner.Describe).OrderBy(s => s, StringComparer.Ordinal).ToList());
            }

            var parallel = await Task.WhenAll(compilations.Select(c => Task.Run(() => AnalyzerRunner.RunAsync(c, concurrent: true))));
            for (int i = 0; i < compilations.Count; i++)
            {
                Assert.Empty(parallel[i].Exceptions);
                Assert.Equal(sequential[i], parallel[i].Diagnostics.Select(AnalyzerRunner.Describe).OrderBy(s => s, StringComparer.Ordinal).ToList());
            }
        }

        [Fact]
        public async Task ACancelledAnalysisStopsWithOperationCanceledAndNoAnalyzerError()
        {
            var sources = Corpus.Files.Where(f => !f.IsProgram).Select(f => f.Code);
            var compilation = AnalyzerRunner.Compile(sources, isProgram: false, NullableContextOptions.Disable);
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AnalyzerRunner.RunAsync(compilation, concurrent: true, cancellation.Token));

            // Cancelled part-way: either it finished first or it stopped with OperationCanceledException — never an AD0001.
            using var midway = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            try
            {
                var result = await AnalyzerRunner.RunAsync(compilation, concurrent: true, midway.Token);
                Assert.Empty(result.Exceptions);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AD0001");
            }
            catch (OperationCanceledException)
            {
            }
        }

        [Fact]
        public void AnalyzersKeepNoMutableStateInTheirInstances()
        {
            // State shared across callbacks must be per compilation (created in the compilation-start action), never
            // in the analyzer instance, which the host shares between compilations and threads.
            foreach (var analyzer in Corpus.Analyzers)
            {
                for (var type = analyzer.GetType(); type != null && type != typeof(DiagnosticAnalyzer); type = type.BaseType)
                {
                    foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (field.IsLiteral || field.Name.Contains("k__BackingField", StringComparison.Ordinal) && field.IsInitOnly)
                        {
                            continue;
                        }

                        Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a mutable field of an analyzer");
                    }
                }
            }
        }
    }
}
