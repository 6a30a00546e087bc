using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// Conditions and patterns as long as the source writes them (issue 21): CLST002 takes them apart without recursion.
    /// Each input is first built by the compiler alone (no error), then CLST002 runs on a thread with a 1.5 MB stack (a
    /// thread pool thread's size on Linux): no crash, no AD0001, and the proof the chain gives is still seen.
    /// </summary>
    public class DeepConditionTests
    {
        private const int Terms = 50_000;

        /// <summary>
        /// Patterns are shorter: a run with a 50,000-term <c>not null and …</c> pattern did not finish within 15 minutes on
        /// the loaded build machine (not yet found whether in the compiler's pattern DAG or in the analysis), so the
        /// pattern chains use the size below.
        /// </summary>
        private const int PatternTerms = 1_000;
        private const int StackSize = 1536 * 1024;

        [Fact]
        public void AndChainOfNullChecksInAnIf()
            => AssertOneFinding(Chain("if (", "order.Symbol != null", " && ", ") n += order.Symbol.Length;"));

        [Fact]
        public void OrChainOfNullChecksBeforeAReturn()
            => AssertOneFinding(Chain("if (", "order.Symbol == null", " || ", ") return 0m;") + "\n        n += order.Symbol.Length;");

        [Fact]
        public void AndChainInAWherePredicate()
            // Outside the graph: the predicate's own operation tree is read (CollectNotNull's work list).
            => AssertOneFinding(Chain("n += orders.Where(o => ", "o.Symbol != null", " && ", ").Sum(o => o.Symbol.Length);"));

        [Fact]
        public void AndChainAssignedToABool()
            => AssertOneFinding(Chain("bool ok = ", "order.Symbol != null", " && ", ";") + "\n        if (ok) n += 1;");

        [Fact]
        public void LongOrPatternOfEnumConstants()
            => AssertOneFinding(Chain("if (order.Side is ", "Side.Buy", " or ", ") n += 1;", PatternTerms));

        [Fact]
        public void LongAndPatternOfNotNull()
            => AssertOneFinding(Chain("if (order.Symbol is ", "not null", " and ", ") n += order.Symbol.Length;", PatternTerms));

        private static string Chain(string prefix, string term, string separator, string suffix, int terms = Terms)
        {
            var text = new StringBuilder(prefix);
            for (int i = 0; i < terms; i++)
            {
                text.Append(i == 0 ? string.Empty : separator).Append(term);
            }

            return text.Append(suffix).ToString();
        }

        private static RunResult RunClst002(Compilation compilation)
        {
            var exceptions = new System.Collections.Concurrent.ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => exceptions.Enqueue(exception.ToString()),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NullableOptionalFieldAnalyzer());
            var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            return new RunResult(diagnostics, exceptions.ToImmutableArray());
        }

        /// <summary>The only finding is the method's last unchecked <c>AverageFillPrice.Value</c>: the chain proved the rest.</summary>
        private static void AssertOneFinding(string statement)
        {
            var source = LongMethods.Method(new[] { statement });
            var compilation = AnalyzerRunner.Compile(new[] { source }, isProgram: false, NullableContextOptions.Disable);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(3)));

            RunResult? result = null;
            Exception? failure = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        result = RunClst002(compilation);
                    }
                    catch (Exception ex)
                    {
                        failure = ex;
                    }
                },
                StackSize);
            thread.Start();
            thread.Join();

            Assert.Null(failure);
            Assert.NotNull(result);
            Assert.Empty(result!.Exceptions);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AD0001");
            var findings = result.Diagnostics.Where(d => d.Id == RuleIds.NullableOptionalField).ToList();
            var finding = Assert.Single(findings);
            Assert.Contains("AverageFillPrice", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan), StringComparison.Ordinal);
        }
    }
}
