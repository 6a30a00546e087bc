using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Every code fix, and Fix All in the document, applied to every diagnostic the rules report on the corpus of
    /// compiling sources: the result parses, compiles without new errors, and the fixed spot is not reported again.
    /// </summary>
    public class FixSafetyTests
    {
        private readonly ITestOutputHelper _output;

        public FixSafetyTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task EveryFixCompilesAndMakesProgress()
        {
            int sources = 0, diagnostics = 0, fixesApplied = 0, fixAllApplied = 0;
            var failures = new List<string>();
            foreach (var file in Corpus.Files)
            {
                foreach (var nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
                {
                    using var workspace = new AdhocWorkspace();
                    var document = CreateDocument(workspace, file, nullable);
                    var compilation = (await document.Project.GetCompilationAsync())!;
                    var errorsBefore = Errors(compilation);
                    if (errorsBefore.Length > 0)
                    {
                        continue; // Only code that compiles: a fix must not add errors, and there is nothing to compare otherwise.
                    }

                    var found = await AnalyzerRunner.RunAsync(compilation, concurrent: false);
                    var mine = found.Diagnostics.Where(d => d.Location.SourceTree == compilation.SyntaxTrees.First()).ToList();
                    if (mine.Count == 0)
                    {
                        continue;
                    }

                    sources++;
                    foreach (var diagnostic in mine)
                    {
                        diagnostics++;
                        foreach (var fixer in Corpus.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                        {
                            foreach (var action in await ActionsFor(fixer, document, diagnostic))
                            {
                                fixesApplied++;
                                var failure = await CheckAsync(document, action, diagnostic, mine.Count(d => d.Id == diagnostic.Id), $"{file.Name} ({nullable}) {diagnostic.Id} '{action.Title}'");
                                if (failure != null)
                                {
                                    failures.Add(failure);
                                }
                            }
                        }
                    }

                    foreach (var group in mine.GroupBy(d => d.Id))
                    {
                        foreach (var fixer in Corpus.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(group.Key)))
                        {
                            var fixAll = fixer.GetFixAllProvider();
                            var first = (await ActionsFor(fixer, document, group.First())).FirstOrDefault();
                            if (fixAll == null || first?.EquivalenceKey == null)
                            {
                                continue;
                            }

                            var context = new FixAllContext(
                                document, fixer, FixAllScope.Document, first.EquivalenceKey, new[] { group.Key },
                                new FixedDiagnostics(group.ToImmutableArray()), CancellationToken.None);
                            var action = await fixAll.GetFixAsync(context);
                            if (action == null)
                            {
                                continue;
                            }

                            fixAllApplied++;
                            var failure = await CheckAsync(document, action, group.First(), group.Count(), $"{file.Name} ({nullable}) Fix All {group.Key} '{action.Title}'");
                            if (failure != null)
                            {
                                failures.Add(failure);
                            }
                        }
                    }
                }
            }

            _output.WriteLine($"sources with diagnostics: {sources}; diagnostics: {diagnostics}; fixes applied: {fixesApplied}; Fix All applied: {fixAllApplied}; failures: {failures.Count}");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        }

        private static Document CreateDocument(AdhocWorkspace workspace, CorpusFile file, NullableContextOptions nullable)
        {
            var projectId = ProjectId.CreateNewId();
            var project = workspace.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "FixSafety", "FixSafety", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(
                    file.IsProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: nullable),
                parseOptions: AnalyzerRunner.ParseOptions,
                metadataReferences: AnalyzerRunner.References));
            var document = workspace.AddDocument(projectId, "Test.cs", SourceText.From(file.Code));
            int i = 0;
            foreach (var model in AnalyzerRunner.ModelsFor(file.Code))
            {
                workspace.AddDocument(projectId, $"Model{i++}.cs", SourceText.From(model));
            }

            return workspace.CurrentSolution.GetDocument(document.Id)!;
        }

        /// <summary>The actions the fixer registers for the diagnostic, groups flattened to their nested actions (shared with <see cref="FixAllProjectTests"/>).</summary>
        internal static async Task<ImmutableArray<CodeAction>> ActionsFor(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
        {
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => Flatten(action, actions), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context);
            return actions.ToImmutable();
        }

        // CodeAction.NestedCodeActions is internal in Roslyn 4.8: read it by reflection to reach the actions of a group.
        private static readonly System.Reflection.PropertyInfo? s_nested =
            typeof(CodeAction).GetProperty("NestedCodeActions", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);

        private static void Flatten(CodeAction action, ImmutableArray<CodeAction>.Builder into)
        {
            var nested = s_nested?.GetValue(action) is ImmutableArray<CodeAction> actions ? actions : ImmutableArray<CodeAction>.Empty;
            if (nested.IsDefaultOrEmpty)
            {
                into.Add(action);
            }
            else
            {
                foreach (var inner in nested)
                {
                    Flatten(inner, into);
                }
            }
        }

        /// <summary>Applies the action; null when all is well, else what went wrong.</summary>
        private static async Task<string?> CheckAsync(Document document, CodeAction action, Diagnostic diagnostic, int countBefore, string what)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
            if (apply == null)
            {
                return $"{what}: no change";
            }

            var fixedDocument = apply.ChangedSolution.GetDocument(document.Id)!;
            var fixedText = (await fixedDocument.GetTextAsync()).ToString();
            var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
            var tree = compilation.SyntaxTrees.First(t => t.FilePath == (fixedDocument.FilePath ?? fixedDocument.Name) || t.GetText().ToString() == fixedText);
            var syntaxErrors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (syntaxErrors.Count > 0)
            {
                return $"{what}: does not parse: {syntaxErrors[0]}\n{fixedText}";
            }

            var errors = Errors(compilation);
            if (errors.Length > 0)
            {
                return $"{what}: does not compile: {errors[0]}\n{fixedText}";
            }

            var after = await AnalyzerRunner.RunAsync(compilation, concurrent: false);
            if (!after.Exceptions.IsEmpty)
            {
                return $"{what}: analyzer threw on the fixed code: {after.Exceptions[0]}";
            }

            int countAfter = after.Diagnostics.Count(d => d.Id == diagnostic.Id && d.Location.SourceTree == tree);
            if (countAfter >= countBefore)
            {
                return $"{what}: {diagnostic.Id} still reported {countAfter} time(s) (was {countBefore}):\n{fixedText}";
            }

            return null;
        }

        internal static ImmutableArray<Diagnostic> Errors(Compilation compilation)
            => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

        private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
                => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
        }
    }
}
