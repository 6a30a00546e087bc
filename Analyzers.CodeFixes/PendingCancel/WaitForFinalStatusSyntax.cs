using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.CodeFixes.PendingCancel
{
    /// <summary>
    /// The syntax the wait fix reads and writes around the cancel call: its arguments, its <c>await</c>, the statements that
    /// follow, the enclosing function's token, a free name for the final order, and the indentation to keep.
    /// </summary>
    internal static class WaitForFinalStatusSyntax
    {
        private const string BaseName = "finalOrder";

        public static ExpressionSyntax? ArgumentFor(InvocationExpressionSyntax invocation, IMethodSymbol method, int ordinal)
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
        public static bool IsPlainRead(ExpressionSyntax expression)
            => expression switch
            {
                IdentifierNameSyntax or LiteralExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax => true,
                MemberAccessExpressionSyntax member => member.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsPlainRead(member.Expression),
                ParenthesizedExpressionSyntax parenthesized => IsPlainRead(parenthesized.Expression),
                _ => false,
            };

        /// <summary>The <c>await</c> of the call (through <c>.ConfigureAwait(…)</c>).</summary>
        public static AwaitExpressionSyntax? AwaitOf(InvocationExpressionSyntax invocation, out bool configureAwaitFalse)
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

        public static bool IsShippedOrder(ITypeSymbol type)
            => type.Name == "Order" && type.ContainingNamespace?.ToDisplayString() == ContractRecognizer.ShippedNamespace;

        public static bool IsInAsyncCode(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
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
        public static ExpressionSyntax? MethodToken(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
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
        public static IReadOnlyList<SyntaxNode>? Following(StatementSyntax statement)
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
        public static string? UniqueName(StatementSyntax statement)
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
        public static bool CollectReplacements(IReadOnlyList<SyntaxNode> following, ILocalSymbol holder, bool holdsOrder, string name,
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

        public static SyntaxTriviaList Indentation(StatementSyntax statement)
        {
            var leading = statement.GetLeadingTrivia();
            var last = leading.LastOrDefault();
            return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
        }

        public static SyntaxTriviaList EndOfLine(StatementSyntax statement)
        {
            var endOfLine = statement.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? SyntaxFactory.TriviaList(endOfLine) : SyntaxFactory.TriviaList(SyntaxFactory.CarriageReturnLineFeed);
        }
    }
}
