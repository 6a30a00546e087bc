using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Issue 21: no legal code kills the compiler, and the findings stay exact. Every <see cref="HostileCorpus"/> input, in six
    /// variants (the mistake; its fix; the whole member with the fix under <c>#if</c> and the mistake under the active
    /// <c>#else</c>, and the other way round; the same directives inside the member, around the spot of the mistake: mid-chain,
    /// mid-pattern, among the switch's sections, at the bottom of the nesting), goes through every analyzer of the package with
    /// <see cref="CompilationWithAnalyzers"/> as the IDE runs them (concurrent analysis), from xunit's own thread: the compiler
    /// builds it (no error), no analyzer throws (no AD0001, nothing through the exception hook), and the run reports exactly
    /// the one finding of the active mistake, or nothing. The time of each run is printed.
    /// </summary>
    public class HostileCorpusTests
    {
        private const string Mistake = "mistake";
        private const string Fixed = "fixed";
        private const string MistakeInActiveElse = "mistake in the active #else";
        private const string MistakeInInactiveIf = "mistake in the inactive #if";
        private const string InsideMistakeInActiveElse = "inside, mistake in the active #else";
        private const string InsideMistakeInInactiveIf = "inside, mistake in the inactive #if";

        private readonly ITestOutputHelper _output;

        public HostileCorpusTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Cases
            => HostileCorpus.Inputs.SelectMany(i => new[] { Mistake, Fixed, MistakeInActiveElse, MistakeInInactiveIf, InsideMistakeInActiveElse, InsideMistakeInInactiveIf }.Select(v => new object[] { i.Name, v }));

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task EveryAnalyzerReportsExactlyTheActiveMistake(string name, string variant)
        {
            var input = HostileCorpus.Named(name);
            var (member, reported) = variant switch
            {
                Mistake => (input.FlaggedMember, true),
                Fixed => (input.CleanMember, false),
                MistakeInActiveElse => ("#if CLST_HOSTILE\n" + input.CleanMember + "\n#else\n" + input.FlaggedMember + "\n#endif", true),
                MistakeInInactiveIf => ("#if CLST_HOSTILE\n" + input.FlaggedMember + "\n#else\n" + input.CleanMember + "\n#endif", false),
                InsideMistakeInActiveElse => (input.MemberWithDirectives(input.Fix, input.Mistake), true),
                _ => (input.MemberWithDirectives(input.Mistake, input.Fix), false),
            };

            var clock = Stopwatch.StartNew();
            var compilation = AnalyzerRunner.Compile(new[] { input.File(member) }, isProgram: false, input.Nullable);
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider(input.Options)),
                (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(Corpus.Analyzers, options);

            // One binding for the compiler's diagnostics and the analyzers' (the IDE's pass): the input must compile.
            var all = await withAnalyzers.GetAllDiagnosticsAsync();
            var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("CLST", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(3)));
            _output.WriteLine($"{name}, {variant}: {clock.Elapsed.TotalSeconds:F1} s (compiler and analyzers)");
            var diagnostics = all.Where(d => d.Id == "AD0001" || d.Id.StartsWith("CLST", StringComparison.Ordinal)).ToList();

            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var expected = reported && input.Rule != null ? new[] { input.Rule } : Array.Empty<string>();
            Assert.Equal(expected, diagnostics.Select(d => d.Id).ToArray());
        }
    }
}
