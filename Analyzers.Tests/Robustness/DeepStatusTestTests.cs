using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Clst.Analyzers.PendingCancel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Legal code as deep as a generator or a hand-unrolled file makes it: the rules' walks over conditions and patterns
    /// keep their own stack, so the compiler (whose analyzer threads have the runtime's default stack) never dies of ours.
    /// Each input is analysed on a thread with a 1.5 MB stack, the .NET default for secondary threads on Linux.
    /// </summary>
    public class DeepStatusTestTests
    {
        private const int DefaultStack = 1536 * 1024;

        private static string Chain(int terms, string op, Func<int, string> term)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < terms; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ').Append(op).Append(' ');
                }

                builder.Append(term(i));
            }

            return builder.ToString();
        }

        private static readonly string[] s_finals = { "Filled", "Canceled", "Rejected", "Expired", "Replaced" };

        private static ImmutableArray<Diagnostic> AnalyseOnDefaultStack(string source, DiagnosticAnalyzer analyzer)
        {
            ImmutableArray<Diagnostic> diagnostics = default;
            Exception? failure = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        var compilation = AnalyzerRunner.Compile(new[] { source }, isProgram: false, NullableContextOptions.Enable);
                        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)); // the compiler alone builds it
                        var exceptions = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
                        var options = new CompilationWithAnalyzersOptions(
                            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => exceptions.Enqueue(e),
                            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
                        diagnostics = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options)
                            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                        if (!exceptions.IsEmpty)
                        {
                            failure = exceptions.First();
                        }
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                },
                DefaultStack);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
            return diagnostics;
        }

        [Theory]
        [InlineData(13_000)]
        [InlineData(50_000)]
        public void AnIsDoneOfTensOfThousandsOfComparisonsIsReadWithoutRecursion(int terms)
        {
            // The final statuses over and over, PendingCancel once at the end: "is it done?" answered yes for it (form 2).
            var chain = Chain(terms - 1, "||", i => "s == OrderStatus." + s_finals[i % s_finals.Length]) + " || s == OrderStatus.PendingCancel";
            var source = "using Clst.Contracts;\nstatic class Done\n{\n    public static bool IsDone(OrderStatus s) => " + chain + ";\n}\n";
            var diagnostics = AnalyseOnDefaultStack(source, new PendingCancelTreatedAsFinalAnalyzer());
            Assert.Contains(diagnostics, d => d.Id == "CLST001");
        }

        [Fact]
        public void TheSameChainWithoutPendingCancelStaysSilent()
        {
            var chain = Chain(50_000, "||", i => "s == OrderStatus." + s_finals[i % s_finals.Length]);
            var source = "using Clst.Contracts;\nstatic class Done\n{\n    public static bool IsDone(OrderStatus s) => " + chain + ";\n}\n";
            Assert.Empty(AnalyseOnDefaultStack(source, new PendingCancelTreatedAsFinalAnalyzer()));
        }

        [Fact]
        public void AnAndChainOfNotEqualsIsReadWithoutRecursion()
        {
            var chain = Chain(50_000, "&&", i => "s != OrderStatus." + s_finals[i % s_finals.Length]) + " && s != OrderStatus.PendingCancel";
            var source = "using Clst.Contracts;\nstatic class Open\n{\n    public static bool IsDone(OrderStatus s) => !(" + chain + ");\n}\n";
            Assert.Contains(AnalyseOnDefaultStack(source, new PendingCancelTreatedAsFinalAnalyzer()), d => d.Id == "CLST001");
        }

        [Fact]
        public void AnOrPatternOfAThousandMembersIsReadWithoutRecursion()
        {
            // The compiler binds a pattern recursively, on thread pool threads (1.5 MB). 50,000 members exhaust its stack
            // guard before any analyzer runs; 5,000 overflowed its stack in CI (4,635 BindBinaryPattern frames deep, its code
            // still unoptimised by the JIT), killing the test run. 1,000, as in the hostile corpus, leaves it room.
            var pattern = Chain(1_000, "or", i => "OrderStatus." + s_finals[i % s_finals.Length]) + " or OrderStatus.PendingCancel";
            var source = "using Clst.Contracts;\nstatic class Done\n{\n    public static bool IsDone(OrderStatus s) => s is " + pattern + ";\n}\n";
            Assert.Contains(AnalyseOnDefaultStack(source, new PendingCancelTreatedAsFinalAnalyzer()), d => d.Id == "CLST001");
        }
    }
}
