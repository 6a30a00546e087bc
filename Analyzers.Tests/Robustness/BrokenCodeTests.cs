using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Every analyzer over thousands of broken variants of the corpus: no exception escapes (no AD0001, nothing through
    /// <c>CompilationWithAnalyzers</c>' exception hook) and every diagnostic lies within its source.
    /// The variant count is fixed by a seed; <c>CLST_ROBUSTNESS_SCALE=10</c> (an environment variable) runs ten times as many, for local use.
    /// </summary>
    public class BrokenCodeTests
    {
        private const int Seed = 20251125;
        private const int TruncatedFiles = 4;
        private const int RandomVariantsTarget = 2400;

        private readonly ITestOutputHelper _output;

        public BrokenCodeTests(ITestOutputHelper output) => _output = output;

        private static int Scale => int.TryParse(Environment.GetEnvironmentVariable("CLST_ROBUSTNESS_SCALE"), out var s) && s > 0 ? s : 1;

        [Fact]
        public void TheCorpusHoldsTheRulesTestsAndTheAnalyzersAreFound()
        {
            // Guards the robustness tests against silently testing nothing.
            Assert.True(Corpus.Files.Length >= 20, $"corpus has only {Corpus.Files.Length} files");
            Assert.NotEmpty(Corpus.Analyzers);
        }

        [Fact]
        public async Task NoAnalyzerThrowsOnBrokenCode()
        {
            var random = new Random(Seed);
            var files = Corpus.Files;
            var variants = new ConcurrentQueue<(string Name, string Source, bool IsProgram, NullableContextOptions Nullable)>();

            // Truncated at every token boundary: the largest files that use the contract, as an editor shows them mid-typing.
            foreach (var file in files.Where(f => f.Code.Contains("OrderStatus", StringComparison.Ordinal))
                         .OrderByDescending(f => f.Code.Length).ThenBy(f => f.Name, StringComparer.Ordinal).Take(TruncatedFiles * Scale))
            {
                int cut = 0;
                foreach (var prefix in Mutator.Truncations(file.Code))
                {
                    variants.Enqueue(($"{file.Name} cut {cut++}", prefix, file.IsProgram, cut % 2 == 0 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
                }
            }

            // Random edits of every file: about RandomVariantsTarget in all, at least three a file, whatever the corpus size.
            int perFile = Math.Max(3, (int)Math.Ceiling((double)RandomVariantsTarget / Math.Max(1, files.Length)));
            foreach (var file in files)
            {
                for (int i = 0; i < perFile * Scale; i++)
                {
                    var (kind, source) = Mutator.Mutate(file.Code, random);
                    variants.Enqueue(($"{file.Name} {kind} {i}", source, file.IsProgram, random.Next(2) == 0 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
                }
            }

            int total = variants.Count;
            int diagnosticsChecked = 0;
            var failures = new ConcurrentQueue<string>();
            await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (variant, ct) =>
            {
                var sources = new[] { variant.Source }.Concat(AnalyzerRunner.ModelsFor(variant.Source));
                var compilation = AnalyzerRunner.Compile(sources, variant.IsProgram, variant.Nullable);
                RunResult result;
                try
                {
                    result = await AnalyzerRunner.RunAsync(compilation, concurrent: false, ct);
                }
                catch (Exception e)
                {
                    failures.Enqueue($"{variant.Name}: {e}");
                    return;
                }

                foreach (var exception in result.Exceptions)
                {
                    failures.Enqueue($"{variant.Name}: {exception}");
                }

                foreach (var diagnostic in result.Diagnostics)
                {
                    Interlocked.Increment(ref diagnosticsChecked);
                    if (diagnostic.Id == "AD0001")
                    {
                        failures.Enqueue($"{variant.Name}: {diagnostic}");
                        continue;
                    }

                    var tree = diagnostic.Location.SourceTree;
                    if (!diagnostic.Location.IsInSource || tree == null || diagnostic.Location.SourceSpan.End > tree.Length
                        || !compilation.SyntaxTrees.Contains(tree))
                    {
                        failures.Enqueue($"{variant.Name}: {diagnostic.Id} outside its source at {diagnostic.Location}");
                    }
                }
            });

            _output.WriteLine($"broken variants tried: {total}; diagnostics checked: {diagnosticsChecked}; corpus files: {files.Length}; failures: {failures.Count}");
            Assert.True(total >= 2000, $"only {total} variants");
            Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));
        }
    }
}
