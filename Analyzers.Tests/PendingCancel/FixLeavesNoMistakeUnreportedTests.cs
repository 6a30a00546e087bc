using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;
using Clst.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// A CLST001 fix never leaves a CLST001 mistake unreported. <c>dotnet format</c> once applied "take PendingCancel out of
    /// the final group" to <c>if (s == Canceled || s == PendingCancel) { open.Remove(id); }</c> right after a cancel and
    /// left <c>if (s == Canceled) { open.Remove(id); }</c>: still wrong (PENDING_CANCEL falls through), and no longer
    /// reported. Every CLST001 fix offered on the corpus (every source of the test project, <see cref="Corpus"/>) is applied
    /// and its result re-analysed: where the result still acts on CANCELED alone right after the cancel (read by a check of
    /// its own, <see cref="OnlyCanceledActedOn"/>), CLST001 must still report that function.
    /// </summary>
    public class FixLeavesNoMistakeUnreportedTests
    {
        private const string GroupedRightAfterTheCancel = """

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _open = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        var s = answer.Data.Status;
        if (s == OrderStatus.Canceled || s == {|#0:OrderStatus.PendingCancel|})
        {
            _open.Remove(orderId);
        }
    }
}
""";

        private readonly ITestOutputHelper _output;

        public FixLeavesNoMistakeUnreportedTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public Task GroupedRightAfterTheCancelIsReportedWithAdviceAndNoFix()
            => Rule<PendingCancelTreatedAsFinalAnalyzer>.On(GroupedRightAfterTheCancel)
                .Expecting(new DiagnosticResult(Rules.PendingCancelTreatedAsFinal).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(
                    "'OrderStatus.PendingCancel' is grouped with the final statuses (Canceled) right after 'CancelOpenOrderAsync' (wait for the final status with WaitForFinalStatusAsync before acting on the outcome)"))
                .VerifyAsync();

        [Fact]
        public async Task GroupedRightAfterTheCancelIsOfferedNoFix()
        {
            var source = Corpus.StripMarkup(GroupedRightAfterTheCancel);
            var document = CreateDocument(new AdhocWorkspace(), source);
            var compilation = (await document.Project.GetCompilationAsync())!;
            var diagnostics = (await AnalyzerRunner.RunAsync(compilation, concurrent: false)).Diagnostics.Where(d => d.Id == RuleIds.PendingCancelTreatedAsFinal).ToList();
            Assert.Single(diagnostics);
            Assert.Empty(await ActionsFor(document, diagnostics[0]));
        }

        [Fact]
        public Task WhatDotnetFormatLeftIsReported() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _open = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        var s = answer.Data.Status;
        if ([|s == OrderStatus.Canceled|])
        {
            _open.Remove(orderId);
        }
    }
}
""");

        [Fact]
        public async Task NoFixLeavesAMistakeUnreported()
        {
            int diagnostics = 0, fixesApplied = 0;
            var failures = new List<string>();
            foreach (var file in Corpus.Files)
            {
                var document = CreateDocument(new AdhocWorkspace(), file.Code, file.IsProgram);
                var compilation = (await document.Project.GetCompilationAsync())!;
                if (compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    continue;
                }

                var tree = compilation.SyntaxTrees.First();
                var found = (await AnalyzerRunner.RunAsync(compilation, concurrent: false)).Diagnostics
                    .Where(d => d.Id == RuleIds.PendingCancelTreatedAsFinal && d.Location.SourceTree == tree).ToList();
                foreach (var diagnostic in found)
                {
                    diagnostics++;
                    foreach (var action in await ActionsFor(document, diagnostic))
                    {
                        fixesApplied++;
                        var failure = await CheckAsync(document, action, $"{file.Name} '{action.Title}' at {diagnostic.Location.GetLineSpan().StartLinePosition}");
                        if (failure != null)
                        {
                            failures.Add(failure);
                        }
                    }
                }
            }

            _output.WriteLine($"CLST001 diagnostics: {diagnostics}; fixes applied and re-analysed: {fixesApplied}; failures: {failures.Count}");
            Assert.True(fixesApplied > 0, "no CLST001 fix was applied: the corpus was not read");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        }

        [Fact]
        public void TheCheckSeesWhatDotnetFormatLeftAndNotTheGroup()
        {
            var left = Corpus.StripMarkup(GroupedRightAfterTheCancel).Replace("s == OrderStatus.Canceled || s == OrderStatus.PendingCancel", "s == OrderStatus.Canceled");
            Assert.Single(OnlyCanceledActedOn(CSharpSyntaxTree.ParseText(left).GetRoot()));
            Assert.Empty(OnlyCanceledActedOn(CSharpSyntaxTree.ParseText(Corpus.StripMarkup(GroupedRightAfterTheCancel)).GetRoot()));
        }

        /// <summary>Applies the action and re-analyses: null when every function that still acts on CANCELED alone is reported.</summary>
        private static async Task<string?> CheckAsync(Document document, CodeAction action, string what)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
            if (apply == null)
            {
                return null;
            }

            var fixedDocument = apply.ChangedSolution.GetDocument(document.Id)!;
            var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
            var root = (await fixedDocument.GetSyntaxRootAsync())!;
            var tree = compilation.SyntaxTrees.First(t => t.GetText().ToString() == root.ToFullString());
            var after = (await AnalyzerRunner.RunAsync(compilation, concurrent: false)).Diagnostics
                .Where(d => d.Id == RuleIds.PendingCancelTreatedAsFinal && d.Location.SourceTree == tree).ToList();
            foreach (var function in OnlyCanceledActedOn(tree.GetRoot()))
            {
                if (!after.Any(d => function.Span.Contains(d.Location.SourceSpan)))
                {
                    return $"{what}: the result acts on Canceled alone right after the cancel and is not reported:\n{function}";
                }
            }

            return null;
        }

        /// <summary>
        /// The functions that, after <c>CancelOpenOrderAsync</c>, act (remove, mark canceled, return true) in an <c>if</c>
        /// whose test names <c>Canceled</c> and nothing that could be PENDING_CANCEL, and never wait, read the order again or
        /// name PENDING_CANCEL: PENDING_CANCEL falls through with nothing done. Read from the syntax alone, independently of
        /// the analyzer.
        /// </summary>
        internal static IEnumerable<SyntaxNode> OnlyCanceledActedOn(SyntaxNode root)
        {
            foreach (var function in root.DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax))
            {
                var cancel = function.DescendantNodes().OfType<InvocationExpressionSyntax>()
                    .FirstOrDefault(i => Name(i.Expression) == "CancelOpenOrderAsync");
                if (cancel == null)
                {
                    continue;
                }

                var after = function.DescendantNodes().Where(n => n.SpanStart > cancel.Span.End).ToList();
                if (after.OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText is "WaitForFinalStatusAsync" or "GetOrderByIdAsync" or "PendingCancel" or "IsFinal" or "IsPending"))
                {
                    continue;
                }

                foreach (var statement in after.OfType<IfStatementSyntax>())
                {
                    var names = statement.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText).ToList();
                    bool onlyCanceled = names.Contains("Canceled") && !statement.Condition.DescendantTokens().Any(t => t.IsKind(SyntaxKind.ExclamationEqualsToken) || t.IsKind(SyntaxKind.NotKeyword) || t.IsKind(SyntaxKind.ExclamationToken))
                                        && !names.Any(n => n is "New" or "PartiallyFilled" or "PendingNew" or "PendingReplace" or "Other");
                    if (onlyCanceled && Acts(statement.Statement))
                    {
                        yield return function;
                        break;
                    }
                }
            }
        }

        private static bool Acts(StatementSyntax statement)
            => statement.DescendantNodesAndSelf().Any(n =>
                (n is InvocationExpressionSyntax invocation && Name(invocation.Expression) is "Remove" or "TryRemove")
                || (n is ReturnStatementSyntax { Expression: LiteralExpressionSyntax literal } && literal.IsKind(SyntaxKind.TrueLiteralExpression)));

        private static string? Name(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };

        private static Document CreateDocument(AdhocWorkspace workspace, string code, bool isProgram = false)
        {
            var projectId = ProjectId.CreateNewId();
            workspace.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "FixResults", "FixResults", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(
                    isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: AnalyzerRunner.ParseOptions,
                metadataReferences: AnalyzerRunner.References));
            var document = workspace.AddDocument(projectId, "Test.cs", SourceText.From(code));
            int i = 0;
            foreach (var model in AnalyzerRunner.ModelsFor(code))
            {
                workspace.AddDocument(projectId, $"Model{i++}.cs", SourceText.From(model));
            }

            return workspace.CurrentSolution.GetDocument(document.Id)!;
        }

        private static async Task<ImmutableArray<CodeAction>> ActionsFor(Document document, Diagnostic diagnostic)
        {
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            foreach (var fixer in Corpus.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await fixer.RegisterCodeFixesAsync(context);
            }

            return actions.ToImmutable();
        }
    }
}
