using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Clst.Analyzers.Tests.Infrastructure;
using Clst.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clst.Analyzers.Tests.Recognition.Precision
{
    /// <summary>
    /// Other domains' order models (Lean, Alpaca, Binance.Net, QuickFIX/n, a shop, a logistics firm), each with code that
    /// would be a mistake against this contract: every rule stays silent, with the shipped model referenced or not. The
    /// Alpaca model's twin, the same code with this contract's upper-case wire names, is flagged: the silence comes from the
    /// wire names, not from code the rules cannot read.
    /// </summary>
    public class PrecisionCorpusTests
    {
        public static IEnumerable<object[]> Corpus()
        {
            foreach (var withModel in new[] { true, false })
            {
                yield return new object[] { "Lean", withModel };
                yield return new object[] { "Alpaca", withModel };
                yield return new object[] { "Binance", withModel };
                yield return new object[] { "QuickFix", withModel };
                yield return new object[] { "Shop", withModel };
                yield return new object[] { "Logistics", withModel };
            }
        }

        private static string SourceOf(string name) => name switch
        {
            "Lean" => LeanModel.Source,
            "Alpaca" => AlpacaModel.Write(upper: false),
            "Binance" => OtherDomainModels.Binance,
            "QuickFix" => OtherDomainModels.QuickFix,
            "Shop" => OtherDomainModels.Shop,
            _ => OtherDomainModels.Logistics,
        };

        private static async Task<RunResult> AnalyseAsync(string source, bool withModel)
        {
            var references = TestCompilation.FrameworkReferences.Concat(GeneratedClient.PackageReferences());
            if (withModel)
            {
                references = references.Append(TestCompilation.ModelReference);
            }

            var compilation = CSharpCompilation.Create(
                "Precision",
                new[] { CSharpSyntaxTree.ParseText(source, AnalyzerRunner.ParseOptions, path: "/precision/Model.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            Assert.Empty(errors);
            var result = await AnalyzerRunner.RunAsync(compilation, concurrent: false);
            Assert.Empty(result.Exceptions);
            return result;
        }

        [Theory]
        [MemberData(nameof(Corpus))]
        public async Task AnotherDomainsOrderModelGetsNoDiagnostic(string model, bool withShippedModel)
        {
            var result = await AnalyseAsync(SourceOf(model), withShippedModel);
            Assert.Empty(result.Diagnostics.Where(d => d.Id.StartsWith("CLST", System.StringComparison.Ordinal)).Select(AnalyzerRunner.Describe));
        }

        [Fact]
        public async Task TheAlpacaModelWithThisContractsWireNamesIsFlagged()
        {
            var result = await AnalyseAsync(AlpacaModel.Write(upper: true), withModel: false);
            Assert.Contains(result.Diagnostics, d => d.Id == "CLST003");
        }
    }
}
