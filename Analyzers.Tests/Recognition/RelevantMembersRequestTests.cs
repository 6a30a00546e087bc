using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Clst.Analyzers.Tests.Recognition
{
    /// <summary>
    /// CLST001 and CLST002 analyse a member only when one of its operations made it relevant, marked by the operation
    /// action and taken by the operation-block action (RelevantMembers). These run the requests an editor makes of one
    /// compilation, in the order it makes them: a span (one member), the document (the other members too), the whole
    /// compilation; sequential and concurrent. Each finds what the flagged members hold and nothing in their silent twins.
    /// </summary>
    public class RelevantMembersRequestTests
    {
        private const string Source = """
            using Clst.Contracts;

            public static class Checks
            {
                public static bool IsCancelled(OrderStatus status) => status == OrderStatus.PendingCancel;

                public static decimal Price(Order order) => order.AverageFillPrice.Value;

                public static bool IsCancelPending(OrderStatus status) => status == OrderStatus.PendingCancel;

                public static decimal PriceOrZero(Order order) => order.AverageFillPrice ?? 0m;
            }
            """;

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task EveryRequestFindsWhatTheMemberHolds(bool concurrent)
        {
            var compilation = AnalyzerRunner.Compile(new[] { Source }, isProgram: false, NullableContextOptions.Disable);
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var withAnalyzers = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new PendingCancelTreatedAsFinalAnalyzer(), new NullableOptionalFieldAnalyzer()),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrent, false, false));
            string[] both = { "CLST001 " + LineOf("IsCancelled("), "CLST002 " + LineOf("Price(Order") };

            // A span: the first member's line alone, as a light bulb asks.
            var firstMember = tree.GetText().Lines[LineOf("IsCancelled(")].Span;
            Assert.Equal(new[] { both[0] }, Describe(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, firstMember, default)));

            // The document: the members the span left out are analysed now.
            Assert.Equal(both, Describe(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, default)));

            // The whole compilation, as a build asks.
            Assert.Equal(both, Describe(await withAnalyzers.GetAnalyzerDiagnosticsAsync(default)));
        }

        private static int LineOf(string text)
            => Source.Substring(0, Source.IndexOf(text, StringComparison.Ordinal)).Count(c => c == '\n');

        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan().StartLinePosition.Line)
                .OrderBy(s => s, StringComparer.Ordinal).ToArray();
    }
}
