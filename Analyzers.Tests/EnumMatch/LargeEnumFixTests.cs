using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Issue 21: "Add the missing members" on a large configured enum, applied as an editor applies it (the code
    /// action's simplification and formatting included). The result must compile and be silent; the time is printed, not asserted.
    /// </summary>
    public class LargeEnumFixTests
    {
        /// <summary>
        /// The enum's size. The issue asks for 10,000; at 10,000 this test (two analyses, the fix with the code action's
        /// formatting, one compilation) did not finish within seven minutes on the shared 2-core machine, so it runs at 1,000
        /// and prints the fix's time; the 10,000 measurement is still to be taken (see the branch's report).
        /// </summary>
        private const int Members = 1_000;

        private readonly ITestOutputHelper _output;

        public LargeEnumFixTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public Task SwitchStatementOverAThousandMembersIsCompletedInOnePass()
            => FixAsync("switch (v) { case Big.M0: return 0; default: throw new InvalidOperationException(); }", expectedCases: Members);

        private async Task FixAsync(string body, int expectedCases)
        {
            var source = new StringBuilder("using System;\nnamespace My.Ns\n{\n    public enum Big\n    {\n");
            for (int i = 0; i < Members; i++)
            {
                source.Append("        M").Append(i).Append(",\n");
            }

            source.Append("    }\n\n    class C\n    {\n        int M(Big v)\n        {\n            ").Append(body).Append("\n        }\n    }\n}\n");

            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            workspace.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "Large", "Large", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: TestCompilation.FrameworkReferences.Append(TestCompilation.ModelReference)));
            var document = workspace.AddDocument(projectId, "Test.cs", SourceText.From(source.ToString()));

            var diagnostics = await AnalyzeAsync((await document.Project.GetCompilationAsync())!);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CLST005", diagnostic.Id);

            var clock = Stopwatch.StartNew();
            CodeAction? action = null;
            var context = new CodeFixContext(document, diagnostic, (a, _) => action ??= a, CancellationToken.None);
            await new AddMissingEnumMembersCodeFixProvider().RegisterCodeFixesAsync(context);
            Assert.NotNull(action);
            var operations = await action!.GetOperationsAsync(CancellationToken.None);
            var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
            var fixedText = (await fixedDocument.GetTextAsync()).ToString();
            clock.Stop();
            _output.WriteLine($"'Add the missing members' over {Members} members ({body.Substring(0, 12)}…): {clock.Elapsed.TotalSeconds:F2} s");

            var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(await AnalyzeAsync(compilation));
            for (int i = 1; i < Members; i += 997)
            {
                Assert.Contains("Big.M" + i + (body.StartsWith("switch", StringComparison.Ordinal) ? ":" : string.Empty), fixedText, StringComparison.Ordinal);
            }

            Assert.Equal(expectedCases, fixedText.Split(new[] { "Big.M" }, StringSplitOptions.None).Length - 1);
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider(("clst.enum_match.additional_enums", "My.Ns.Big"))),
                (exception, _, _) => throw exception,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new IncompleteEnumMatchAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }
    }
}
