using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.Shared;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Clst.Analyzers.CodeFixes.PendingCancel
{
    /// <summary>
    /// CLST001 fix for a cancel answer taken as the outcome: after the shipped client's cancel call, inserts
    /// <c>var finalOrder = await client.WaitForFinalStatusAsync(accountId, orderId, cancellationToken: ct);</c> (the call's own
    /// arguments, the method's token) and makes the code that follows read the final order instead of the cancel's answer.
    /// Offered only in async code, for arguments that can be read twice, when the result compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WaitForFinalStatusCodeFixProvider))]
    [Shared]
    public sealed class WaitForFinalStatusCodeFixProvider : PendingCancelFixProvider
    {
        private static readonly SyntaxAnnotation s_memberAnnotation = new SyntaxAnnotation("Clst.CLST001.WaitMember");
        private static readonly SyntaxAnnotation s_waitAnnotation = new SyntaxAnnotation("Clst.CLST001.Wait");

        protected override string EquivalenceKey => PendingCancelDiagnosticProperties.WaitEquivalenceKey;

        private protected override bool Applies(ImmutableDictionary<string, string?> properties)
            => PendingCancelDiagnosticProperties.TryReadWait(properties);

        private protected override async Task<(Document Document, string Title)?> FixAsync(Document document, FixTarget target, CancellationToken cancellationToken)
        {
            if (target.Node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax callee } invocation)
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null
                || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: "CancelOpenOrderAsync", Parameters.Length: 3 } cancel)
            {
                return null;
            }

            // The call's own arguments, by position of the shipped signature (accountId, orderId, cancellationToken).
            ExpressionSyntax? account = WaitForFinalStatusSyntax.ArgumentFor(invocation, cancel, 0), order = WaitForFinalStatusSyntax.ArgumentFor(invocation, cancel, 1), token = WaitForFinalStatusSyntax.ArgumentFor(invocation, cancel, 2);
            var client = callee.Expression;
            if (account == null || order == null || !WaitForFinalStatusSyntax.IsPlainRead(account) || !WaitForFinalStatusSyntax.IsPlainRead(order) || !WaitForFinalStatusSyntax.IsPlainRead(client))
            {
                return null;
            }

            // Where the answer goes: discarded, or into a local (the answer, or its order).
            var awaited = WaitForFinalStatusSyntax.AwaitOf(invocation, out bool configureAwaitFalse);
            if (awaited == null)
            {
                return null;
            }

            StatementSyntax statement;
            ILocalSymbol? holder = null;
            bool holdsOrder = false;
            SyntaxNode top = awaited;
            if (top.Parent is ParenthesizedExpressionSyntax parenthesized && parenthesized.Parent is MemberAccessExpressionSyntax dataAccess
                && dataAccess.Expression == parenthesized && model.GetSymbolInfo(dataAccess, cancellationToken).Symbol is IPropertySymbol dataProperty
                && WaitForFinalStatusSyntax.IsShippedOrder(dataProperty.Type))
            {
                top = dataAccess;
                holdsOrder = true;
            }

            if (top.Parent is ExpressionStatementSyntax expressionStatement && !holdsOrder)
            {
                statement = expressionStatement;
            }
            else if (top.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                     && declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 }
                     && declarator.Parent.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0, IsConst: false } declaration
                     && model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local)
            {
                statement = declaration;
                holder = local;
            }
            else
            {
                return null;
            }

            if (!WaitForFinalStatusSyntax.IsInAsyncCode(statement, model, cancellationToken))
            {
                return null;
            }

            token ??= WaitForFinalStatusSyntax.MethodToken(statement, model, cancellationToken);
            if (token != null && !WaitForFinalStatusSyntax.IsPlainRead(token))
            {
                return null;
            }

            // The statements that follow, in the same block (or the top-level statements that follow).
            var following = WaitForFinalStatusSyntax.Following(statement);
            if (following == null)
            {
                return null;
            }

            var name = WaitForFinalStatusSyntax.UniqueName(statement);
            if (name == null)
            {
                return null;
            }

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            if (holder != null && !WaitForFinalStatusSyntax.CollectReplacements(following, holder, holdsOrder, name, model, replacements, cancellationToken))
            {
                return null;
            }

            var arguments = new List<ArgumentSyntax>
            {
                SyntaxFactory.Argument(account.WithoutTrivia()),
                SyntaxFactory.Argument(order.WithoutTrivia()),
            };

            if (token != null)
            {
                arguments.Add(SyntaxFactory.Argument(token.WithoutTrivia()).WithNameColon(SyntaxFactory.NameColon("cancellationToken")));
            }

            ExpressionSyntax wait = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, client.WithoutTrivia(), SyntaxFactory.IdentifierName("WaitForFinalStatusAsync")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
                .WithAdditionalAnnotations(s_waitAnnotation);
            if (configureAwaitFalse)
            {
                wait = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, wait, SyntaxFactory.IdentifierName("ConfigureAwait")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression)))));
            }

            var inserted = SyntaxFactory.ParseStatement($"var {name} = await {wait.NormalizeWhitespace()};");
            inserted = ReplaceWaitCall(inserted)
                .WithLeadingTrivia(WaitForFinalStatusSyntax.Indentation(statement))
                .WithTrailingTrivia(WaitForFinalStatusSyntax.EndOfLine(statement));

            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
            foreach (var pair in replacements)
            {
                editor.ReplaceNode(pair.Key, pair.Value.WithTriviaFrom(pair.Key));
            }

            if (statement.Parent is GlobalStatementSyntax global)
            {
                editor.InsertAfter(global, SyntaxFactory.GlobalStatement(inserted));
            }
            else
            {
                editor.InsertAfter(statement, inserted);
            }

            // The member, found again in the edited root, is bound in its original place (see SpeculativeBody); only where
            // that cannot be done is the edited document compiled.
            var member = statement.Ancestors().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);
            if (member != null)
            {
                editor.ReplaceNode(member, (node, _) => node.WithAdditionalAnnotations(s_memberAnnotation));
            }

            var changedRoot = editor.GetChangedRoot();
            var candidate = document.WithSyntaxRoot(changedRoot);
            var editedMember = changedRoot.GetAnnotatedNodes(s_memberAnnotation).FirstOrDefault();
            if (member != null && editedMember != null
                && SpeculativeBody.TryBind(model, member, editedMember, cancellationToken, out var speculative, out bool hasErrors))
            {
                var waitCall = editedMember.GetAnnotatedNodes(s_waitAnnotation).OfType<InvocationExpressionSyntax>().FirstOrDefault();
                if (!hasErrors && waitCall != null && IsShippedWait(speculative!.GetSymbolInfo(waitCall, cancellationToken).Symbol))
                {
                    return (candidate, "Wait for the final status");
                }
            }
            else if (await CompilesAsync(candidate, cancellationToken).ConfigureAwait(false))
            {
                return (candidate, "Wait for the final status");
            }

            var importedRoot = ContractsImport.Add(changedRoot);
            if (importedRoot != null)
            {
                var imported = document.WithSyntaxRoot(importedRoot);
                if (await CompilesAsync(imported, cancellationToken).ConfigureAwait(false))
                {
                    return (imported, "Wait for the final status");
                }
            }

            return null;
        }

        private static StatementSyntax ReplaceWaitCall(StatementSyntax statement)
        {
            // ParseStatement drops annotations: annotate the parsed call again.
            var call = statement.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .First(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WaitForFinalStatusAsync" });
            return statement.ReplaceNode(call, call.WithAdditionalAnnotations(s_waitAnnotation));
        }

        private static bool IsShippedWait(ISymbol? symbol)
            => symbol is IMethodSymbol method
               && (method.ReducedFrom ?? method).ContainingType?.ToDisplayString() == ContractRecognizer.ShippedNamespace + ".OrdersClientExtensions";

        /// <summary>The inserted call binds to the shipped <c>WaitForFinalStatusAsync</c>, and the member around it has no errors (a compilation of the edited document).</summary>
        private static async Task<bool> CompilesAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var call = root?.GetAnnotatedNodes(s_waitAnnotation).OfType<InvocationExpressionSyntax>().FirstOrDefault();
            if (call == null || model == null)
            {
                return false;
            }

            if (!IsShippedWait(model.GetSymbolInfo(call, cancellationToken).Symbol))
            {
                return false;
            }

            SyntaxNode scope = (SyntaxNode?)call.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax) ?? root!;
            return !model.GetDiagnostics(scope.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
