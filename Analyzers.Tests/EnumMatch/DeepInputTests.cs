using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Issue 21: conditions, patterns and chains as long as the input makes them. The reading runs on a thread with the default
    /// 1 MB stack (not the test runner's larger one), on operations the compiler has already bound on the test thread (the
    /// compiler's own limits are not ours to test); the whole analyzer then runs through the driver for the expected finding.
    /// Long <c>or</c> patterns are not here yet: with 5,000 and 50,000 members the tests did not finish within minutes on the
    /// shared machine (the compiler's binding of the pattern is the suspect, not measured apart).
    /// </summary>
    public class DeepInputTests
    {
        private const int Terms = 50_000;


        private static readonly string[] s_statuses = typeof(Clst.Contracts.OrderStatus).GetEnumNames();

        [Fact]
        public Task FiftyThousandTermOrInTheFirstTestOfAnIfChainIsReadAndFlagged()
            => VerifyAsync(
                "if (" + Repeat("s == OrderStatus.New", " || ", Terms) + ") return 1; else if (s == OrderStatus.Filled) return 2; else throw new InvalidOperationException();",
                flagged: true);

        [Fact]
        public Task FiftyThousandTermAndInTheFirstTestIsNotAMatchAndStaysSilent()
            => VerifyAsync(
                "if (" + Repeat("s == OrderStatus.New", " && ", Terms) + ") return 1; else if (s == OrderStatus.Filled) return 2; else throw new InvalidOperationException();",
                flagged: false);

        [Fact]
        public Task FiveThousandBranchIfChainThatNamesEveryMemberIsSilent()
            => VerifyAsync(Chain(5_000, s_statuses), flagged: false);

        [Fact]
        public Task FiveThousandBranchIfChainThatNeverNamesOtherIsFlagged()
            => VerifyAsync(Chain(5_000, s_statuses.Where(n => n != "Other").ToArray()), flagged: true);

        private static string Repeat(string term, string separator, int count)
            => string.Join(separator, Enumerable.Repeat(term, count));

        /// <summary><c>if (s == A) return 0; else if (s == B) return 1; … else throw …;</c>, the members named in turn.</summary>
        private static string Chain(int branches, string[] members)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < branches; i++)
            {
                builder.Append(i == 0 ? "if" : " else if").Append(" (s == OrderStatus.").Append(members[i % members.Length]).Append(") return ").Append(i).Append(';');
            }

            return builder.Append(" else throw new InvalidOperationException();").ToString();
        }

        private static async Task VerifyAsync(string body, bool flagged)
        {
            var source = "using System; using Clst.Contracts; class C { int M(OrderStatus s) { " + body + " } }";
            var compilation = TestCompilation.Create(source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            // The reading, on a 1 MB stack.
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var match = tree.GetRoot().DescendantNodes().First(n => n is SwitchStatementSyntax or SwitchExpressionSyntax or IfStatementSyntax);
            var operation = model.GetOperation(match)!;
            Assert.NotNull(operation);
            var recognizer = ContractRecognizer.TryGet(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider()))!;
            int unhandled = -1;
            Exception? failure = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        var shape = EnumMatchShape.TryRead(operation, CancellationToken.None, _ => true);
                        unhandled = shape == null ? 0 : EnumMatchJudge.GetMistakenlyUnhandled(shape, EnumValues.Of(shape.EnumType), recognizer.Options).Length;
                    }
                    catch (Exception exception)
                    {
                        failure = exception;
                    }
                },
                1024 * 1024);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
            Assert.Equal(flagged, unhandled > 0);

            // The whole analyzer, through the driver.
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new IncompleteEnumMatchAnalyzer());
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider()),
                (exception, _, _) => failure ??= exception,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.Null(failure);
            Assert.Equal(flagged ? new[] { "CLST003" } : Array.Empty<string>(), diagnostics.Select(d => d.Id).ToArray());
        }
    }
}
