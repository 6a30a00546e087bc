using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// The analyzer on half-typed code: every prefix of a source that holds each form (cut every few characters, so
    /// inside tokens, labels, patterns and blocks) is analysed in-process; no exception may escape and every diagnostic
    /// must lie within the source.
    /// </summary>
    public class RobustnessTests
    {
        private const string Source = """

using System;
using System.Threading.Tasks;
using Clst.Contracts;

static class Throw { public static T Unexpected<T>(object v) => throw new InvalidOperationException(v.ToString()); }

class C
{
    string A(OrderStatus s) { switch (s) { case OrderStatus.Filled: return "f"; case OrderStatus.New when s > 0: return "n"; default: throw new InvalidOperationException(); } }
    string B(Order o) => o.TimeInForce switch { TimeInForce.Day or TimeInForce.AtTheClose => "d", var x => Throw.Unexpected<string>(x) };
    int D(Order o) { switch (o.InstrumentType) { case null: return 0; case SecurityType.Option: return 1; } throw new NotSupportedException(); }
    void E(Side side) { if (side == Side.Buy) Console.WriteLine(1); else if (side is Side.Sell or Side.SellShort) Console.WriteLine(2); else throw new Exception(); }
    async Task<bool> F(IClstOrdersClient c) => (await c.GetOrderByIdAsync(1, "x")).Data.QueueState switch { QueueState.Released => true, not null => false, null => false };
}

""";

        [Fact]
        public async Task EveryPrefixOfAFlaggedSourceIsAnalysedWithoutAnException()
        {
            var analyzer = new IncompleteEnumMatchAnalyzer();
            var exceptions = new List<Exception>();
            int variants = 0, diagnostics = 0;
            var full = new List<string>();
            for (int length = 0; length <= Source.Length + 4; length += 5)
            {
                var text = Source.Substring(0, Math.Min(length, Source.Length));
                var compilation = TestCompilation.Create(text);
                var options = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider()),
                    (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false);
                var results = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options)
                    .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
                variants++;
                foreach (var diagnostic in results)
                {
                    diagnostics++;
                    Assert.StartsWith("CLST00", diagnostic.Id);
                    Assert.True(diagnostic.Location.SourceSpan.End <= text.Length, $"{diagnostic} lies outside the source");
                    if (text.Length == Source.Length)
                    {
                        full.Add(diagnostic.Id);
                    }
                }
            }

            Assert.Empty(exceptions);
            Assert.True(variants > 100);
            // The whole source: A (guarded case, throwing default), B (throw helper), D (throw after), E (if-chain); F is an explicit choice.
            Assert.Equal(new[] { "CLST003", "CLST004", "CLST005", "CLST005" }, full.OrderBy(id => id));
            Assert.True(diagnostics > full.Count, $"the prefixes that hold whole methods must be flagged too ({diagnostics} over {variants} variants)");
        }
    }
}
