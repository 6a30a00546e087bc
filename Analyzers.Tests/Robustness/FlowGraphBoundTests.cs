using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The flow graph's bound (issue 21, <see cref="FlowGraphBound"/>): a member of exactly
    /// <see cref="FlowGraphBound.MaxStatements"/> statements is analysed as usual; one more statement and the rules that
    /// need its flow graph (CLST002, CLST001's answer analysis) say nothing about it, while the rules that do not need the
    /// graph still report there. The member is padded with empty statements to the exact count; a single huge condition is
    /// one statement and stays analysed.
    /// </summary>
    public class FlowGraphBoundTests
    {
        private const string Padding = "/*PAD*/";

        private const string UncheckedRead = """
using Clst.Contracts;

class C
{
    decimal M(Order order)
    {
        /*PAD*/
        return order.AverageFillPrice.Value;
    }
}
""";

        private const string AnswerTakenAsOutcome = """
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _openOrders = new();

    public async Task M(IClstOrdersClient client, long accountId, string orderId, CancellationToken ct)
    {
        /*PAD*/
        await client.CancelOpenOrderAsync(accountId, orderId, ct);
        _openOrders.Remove(orderId);
    }

    public static bool IsDone(OrderStatus s) => s == OrderStatus.Filled || s == OrderStatus.PendingCancel;
}
""";

        [Theory]
        [InlineData(UncheckedRead, RuleIds.NullableOptionalField)]
        [InlineData(AnswerTakenAsOutcome, RuleIds.PendingCancelTreatedAsFinal)]
        public async Task AtTheBoundTheMemberIsAnalysed(string template, string ruleId)
        {
            var result = await RunPaddedToAsync(template, FlowGraphBound.MaxStatements);
            Assert.Contains(result, d => d.Id == ruleId && InM(d));
        }

        [Theory]
        [InlineData(UncheckedRead, RuleIds.NullableOptionalField)]
        [InlineData(AnswerTakenAsOutcome, RuleIds.PendingCancelTreatedAsFinal)]
        public async Task OneOperationPastTheBoundTheMemberIsSilent(string template, string ruleId)
        {
            var result = await RunPaddedToAsync(template, FlowGraphBound.MaxStatements + 1);
            Assert.DoesNotContain(result, d => d.Id == ruleId && InM(d));
        }

        [Fact]
        public async Task PastTheBoundRulesWithoutTheGraphStillReport()
        {
            // IsDone's PENDING_CANCEL in the final group (form 1) is read without a flow graph: the long member beside it
            // does not silence it.
            var result = await RunPaddedToAsync(AnswerTakenAsOutcome, FlowGraphBound.MaxStatements + 1);
            Assert.Contains(result, d => d.Id == RuleIds.PendingCancelTreatedAsFinal && !InM(d));
        }

        private static bool InM(Diagnostic diagnostic)
            => diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan)
                .AncestorsAndSelf().OfType<MethodDeclarationSyntax>().First().Identifier.ValueText == "M";

        /// <summary>Pads <c>M</c> with empty statements to exactly <paramref name="statements"/> statements and runs every analyzer.</summary>
        private static async Task<Diagnostic[]> RunPaddedToAsync(string template, int statements)
        {
            int unpadded = StatementsOfM(Compile(template.Replace(Padding, ";")));
            var source = template.Replace(Padding, new StringBuilder().Insert(0, "; ", statements - unpadded + 1).ToString());
            var compilation = Compile(source);
            Assert.Equal(statements, StatementsOfM(compilation));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var result = await AnalyzerRunner.RunAsync(compilation, concurrent: true);
            Assert.Empty(result.Exceptions);
            return result.Diagnostics.ToArray();
        }

        private static Compilation Compile(string source)
            => AnalyzerRunner.Compile(new[] { source }, isProgram: false, NullableContextOptions.Disable);

        /// <summary>The statements of <c>M</c> as the bound counts them, checked against the syntax's own count.</summary>
        private static int StatementsOfM(Compilation compilation)
        {
            var tree = compilation.SyntaxTrees.Single();
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "M");
            int statements = compilation.GetSemanticModel(tree).GetOperation(method)!.DescendantsAndSelf().Count(FlowGraphBound.IsStatement);
            Assert.Equal(method.Body!.DescendantNodes().OfType<StatementSyntax>().Count(s => s.Parent is BlockSyntax), statements);
            return statements;
        }
    }
}
