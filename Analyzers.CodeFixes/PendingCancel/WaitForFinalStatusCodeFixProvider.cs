using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
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
        private const string BaseName = "finalOrder";
        private static readonly SyntaxAnnotation s_waitAnnotation = new SyntaxAnnotation("Clst.CLST001.Wait");

        protected override string EquivalenceKey => PendingCancelFacts.WaitEquivalenceKey;

        private protected override bool Applies(ImmutableDictionary<string, string?> properties)
            => properties.ContainsKey(PendingCancelFacts.WaitKey);

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
            ExpressionSyntax? account = ArgumentFor(invocation, cancel, 0), order = ArgumentFor(invocation, cancel, 1), token = ArgumentFor(invocation, cancel, 2);
            var client = callee.Expression;
            if (account == null || order == null || !IsPlainRead(account) || !IsPlainRead(order) || !IsPlainRead(client))
            {
                return null;
            }

            // Where the answer goes: discarded, or into a local (the answer, or its order).
            var awaited = AwaitOf(invocation, out bool configureAwaitFalse);
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
                && IsShippedOrder(dataProperty.Type))
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

            if (!IsInAsyncCode(statement, model, cancellationToken))
            {
                return null;
            }

            token ??= MethodToken(statement, model, cancellationToken);
            if (token != null && !IsPlainRead(token))
            {
                return null;
            }

            // The statements that follow, in the same block (or the top-level statements that follow).
            var following = Following(statement);
            if (following == null)
            {
                return null;
            }

            var name = UniqueName(statement);
            if (name == null)
            {
                return null;
            }

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            if (holder != null && !CollectReplacements(following, holder, holdsOrder, name, model, replacements, cancellationToken))
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
                .WithLeadingTrivia(Indentation(statement))
                .WithTrailingTrivia(EndOfLine(statement));

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

            var candidate = document.WithSyntaxRoot(editor.GetChangedRoot());
            if (await CompilesAsync(candidate, cancellationToken).ConfigureAwait(false))
            {
                return (candidate, "Wait for the final status");
            }

            var importedRoot = ContractsImport.Add(editor.GetChangedRoot());
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

        private static ExpressionSyntax? ArgumentFor(InvocationExpressionSyntax invocation, IMethodSymbol method, int ordinal)
        {
            var parameter = method.Parameters[ordinal];
            var arguments = invocation.ArgumentList.Arguments;
            for (int i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                if (argument.NameColon != null)
                {
                    if (argument.NameColon.Name.Identifier.ValueText == parameter.Name)
                    {
                        return argument.Expression;
                    }
                }
                else if (i == ordinal)
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        /// <summary>A value that can be read a second time with the same result and no effect: names, member reads, literals.</summary>
        private static bool IsPlainRead(ExpressionSyntax expression)
            => expression switch
            {
                IdentifierNameSyntax or LiteralExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax => true,
                MemberAccessExpressionSyntax member => member.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsPlainRead(member.Expression),
                ParenthesizedExpressionSyntax parenthesized => IsPlainRead(parenthesized.Expression),
                _ => false,
            };

        /// <summary>The <c>await</c> of the call (through <c>.ConfigureAwait(…)</c>).</summary>
        private static AwaitExpressionSyntax? AwaitOf(InvocationExpressionSyntax invocation, out bool configureAwaitFalse)
        {
            configureAwaitFalse = false;
            SyntaxNode current = invocation;
            if (current.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } member
                && member.Parent is InvocationExpressionSyntax configure)
            {
                configureAwaitFalse = configure.ArgumentList.Arguments.Count == 1
                                      && configure.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.FalseLiteralExpression);
                current = configure;
            }

            return current.Parent as AwaitExpressionSyntax;
        }

        private static bool IsShippedOrder(ITypeSymbol type)
            => type.Name == "Order" && type.ContainingNamespace?.ToDisplayString() == ContractsImport.Namespace;

        private static bool IsInAsyncCode(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax lambda:
                        return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                    case LocalFunctionStatementSyntax local:
                        return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case MethodDeclarationSyntax method:
                        return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case GlobalStatementSyntax:
                        return true;
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>The enclosing function's one <c>CancellationToken</c> parameter, as a name to pass on.</summary>
        private static ExpressionSyntax? MethodToken(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var ancestor in node.Ancestors())
            {
                ISymbol? function = ancestor switch
                {
                    AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax => model.GetDeclaredSymbol(ancestor, cancellationToken)
                                                                                                                       ?? model.GetSymbolInfo(ancestor, cancellationToken).Symbol,
                    _ => null,
                };

                if (function is IMethodSymbol method)
                {
                    var tokens = method.Parameters.Where(p => p.Type.Name == "CancellationToken"
                                                              && p.Type.ContainingNamespace?.ToDisplayString() == "System.Threading").ToList();
                    return tokens.Count == 1 ? SyntaxFactory.IdentifierName(tokens[0].Name) : null;
                }

                if (ancestor is MemberDeclarationSyntax)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The statements after this one in its block, or the top-level statements after it; null elsewhere.</summary>
        private static IReadOnlyList<SyntaxNode>? Following(StatementSyntax statement)
        {
            switch (statement.Parent)
            {
                case BlockSyntax block:
                    return block.Statements.Skip(block.Statements.IndexOf(statement) + 1).ToList();
                case GlobalStatementSyntax global when global.Parent is CompilationUnitSyntax unit:
                    return unit.Members.Skip(unit.Members.IndexOf(global) + 1).ToList();
                default:
                    return null;
            }
        }

        /// <summary><c>finalOrder</c>, or <c>finalOrder2</c>… when the name is taken anywhere in the member (or the top-level code).</summary>
        private static string? UniqueName(StatementSyntax statement)
        {
            SyntaxNode scope = (SyntaxNode?)statement.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax)
                               ?? statement.SyntaxTree.GetRoot();
            var taken = new HashSet<string>(scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
            for (int i = 1; i < 10; i++)
            {
                var name = i == 1 ? BaseName : BaseName + i;
                if (!taken.Contains(name))
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>
        /// What follows reads the final order: <c>answer.Data</c> becomes <c>finalOrder</c> (the local holds the answer), or the
        /// local itself does (it holds the order). False when the local is written again, so that the reads cannot be moved.
        /// </summary>
        private static bool CollectReplacements(IReadOnlyList<SyntaxNode> following, ILocalSymbol holder, bool holdsOrder, string name,
            SemanticModel model, Dictionary<SyntaxNode, SyntaxNode> replacements, CancellationToken cancellationToken)
        {
            foreach (var node in following)
            {
                foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (identifier.Identifier.ValueText != holder.Name
                        || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, holder))
                    {
                        continue;
                    }

                    if (IsWritten(identifier))
                    {
                        return false;
                    }

                    if (holdsOrder)
                    {
                        replacements[identifier] = SyntaxFactory.IdentifierName(name);
                    }
                    else if (identifier.Parent is MemberAccessExpressionSyntax member && member.Expression == identifier
                             && member.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                             && model.GetSymbolInfo(member, cancellationToken).Symbol is IPropertySymbol property && IsShippedOrder(property.Type))
                    {
                        replacements[member] = SyntaxFactory.IdentifierName(name);
                    }
                }
            }

            return true;
        }

        private static bool IsWritten(IdentifierNameSyntax identifier)
        {
            var parent = identifier.Parent;
            return parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == identifier,
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                _ => false,
            };
        }

        private static SyntaxTriviaList Indentation(StatementSyntax statement)
        {
            var leading = statement.GetLeadingTrivia();
            var last = leading.LastOrDefault();
            return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
        }

        private static SyntaxTriviaList EndOfLine(StatementSyntax statement)
        {
            var endOfLine = statement.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? SyntaxFactory.TriviaList(endOfLine) : SyntaxFactory.TriviaList(SyntaxFactory.CarriageReturnLineFeed);
        }

        /// <summary>The inserted call binds to the shipped <c>WaitForFinalStatusAsync</c>, and the member around it has no errors.</summary>
        private static async Task<bool> CompilesAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var call = root?.GetAnnotatedNodes(s_waitAnnotation).OfType<InvocationExpressionSyntax>().FirstOrDefault();
            if (call == null || model == null)
            {
                return false;
            }

            if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
                || (method.ReducedFrom ?? method).ContainingType?.ToDisplayString() != ContractsImport.Namespace + ".OrdersClientExtensions")
            {
                return false;
            }

            SyntaxNode scope = (SyntaxNode?)call.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax) ?? root!;
            return !model.GetDiagnostics(scope.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
