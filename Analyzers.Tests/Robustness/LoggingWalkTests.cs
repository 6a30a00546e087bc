using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Issue 21: CLST001's analysis of the cancel's answer asks, for each status read, whether it sits inside a logging call.
    /// Asked one read at a time, the walk up a 20,000-term condition went 20,000 levels for each read (the hostile corpus's
    /// <c>CancelAnswerAndChain</c>, compiled and run through that analyzer alone: 8 s at 10,000 terms, 35 s at 20,000, against
    /// about 5 s for the other analyzers); the walks now share what they found (10 s at 20,000). The shared answers must be the single walk's, and the walks must touch each operation about once.
    /// </summary>
    public class LoggingWalkTests
    {
        private const int Terms = 20_000;

        [Fact]
        public void TheStatusReadsOfALongConditionAreAnsweredAsOneWalkAnswersEach()
        {
            var chain = string.Join(" && ", Enumerable.Repeat("o.Status != OrderStatus.Rejected", Terms));
            var source = "using System; using Clst.Contracts; class C { void M(Order o, Order p) { if (" + chain + ") Console.WriteLine(p.Status); "
                         + "Console.WriteLine(o.Status != OrderStatus.Filled && p.Status != OrderStatus.Canceled); } }";
            var compilation = TestCompilation.Create(source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var tree = compilation.SyntaxTrees.Single();
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
            var body = compilation.GetSemanticModel(tree).GetOperation(method)!;
            var reads = body.Descendants().OfType<IPropertyReferenceOperation>().Where(p => p.Property.Name == "Status").ToList();
            Assert.Equal(Terms + 3, reads.Count);

            var known = new Dictionary<IOperation, bool>();
            var inside = reads.Select(r => LoggingCalls.IsInsideLogging(r, known)).ToList();

            // The condition's reads are not logged; the three in the Console.WriteLine arguments are.
            Assert.Equal(Terms, inside.Count(i => !i));
            Assert.All(reads.Where((_, i) => inside[i]), r => Assert.StartsWith("Console.WriteLine", r.Syntax.Ancestors().OfType<InvocationExpressionSyntax>().First().ToString()));

            // The same answers as the walk of one read alone (on a sample: that walk is the quadratic one).
            var sample = Enumerable.Range(0, reads.Count).Where(i => i % 1_000 == 0 || i >= reads.Count - 3).ToList();
            Assert.Equal(sample.Select(i => LoggingCalls.IsInsideLogging(reads[i])), sample.Select(i => inside[i]));

            // Each operation above a read is remembered once: the walks together are as long as the method, not its square.
            Assert.True(known.Count <= body.Descendants().Count(), $"{known.Count} remembered of {body.Descendants().Count()} operations");
        }
    }
}
