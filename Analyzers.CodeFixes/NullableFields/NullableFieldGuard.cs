using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// The Guard fix of CLST002: wraps the statement that uses the value in
    /// <c>if (order.AverageFillPrice is { } averageFillPrice) { ... }</c> and uses the pattern variable in it. One rewrite
    /// serves the single fix and Fix All: several values used in one statement share one <c>if</c> (joined with
    /// <c>&amp;&amp;</c>), and every new variable gets a name no other variable of the member has. The fix is offered only
    /// where the result surely compiles and the non-null case behaves as before.
    /// </summary>
    internal static class NullableFieldGuard
    {
        /// <summary>The name the guard of a single site gets (for the action's title).</summary>
        public static string ProposedName(NullableFieldGuardSite site, SemanticModel model)
        {
            var taken = new HashSet<string>(
                site.Container.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText),
                StringComparer.Ordinal);
            return FreeName(site.BaseName, taken, model, site.Statement.SpanStart);
        }

        /// <summary>Applies the guards of <paramref name="diagnostics"/> (those that can be applied) to the document.</summary>
        public static async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var sites = new List<NullableFieldGuardSite>();
            foreach (var diagnostic in diagnostics)
            {
                if (NullableFieldGuardSite.TryCreate(root, model, diagnostic, cancellationToken) is { } site)
                {
                    sites.Add(site);
                }
            }

            var newRoot = Rewrite(root, model, sites, cancellationToken);
            if (newRoot == null)
            {
                return document;
            }

            var changed = document.WithSyntaxRoot(newRoot);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        private sealed class Guard
        {
            public Guard(NullableFieldGuardSite site, string name)
            {
                Site = site;
                Name = name;
            }

            public NullableFieldGuardSite Site { get; }

            public string Name { get; }
        }

        private static SyntaxNode? Rewrite(SyntaxNode root, SemanticModel model, List<NullableFieldGuardSite> sites, CancellationToken cancellationToken)
        {
            // One guard per value per statement; a value already guarded by an enclosing statement needs none.
            var byStatement = new Dictionary<StatementSyntax, List<NullableFieldGuardSite>>();
            var order = new List<StatementSyntax>();
            foreach (var site in sites.OrderBy(s => s.Statement.SpanStart).ThenBy(s => s.Value.SpanStart))
            {
                bool covered = false;
                foreach (var other in sites)
                {
                    if (other.Statement != site.Statement && other.Statement.Span.Contains(site.Statement.Span)
                        && NullableFieldSite.SamePath(other.Path, site.Path))
                    {
                        covered = true;
                        break;
                    }
                }

                if (covered)
                {
                    continue;
                }

                if (!byStatement.TryGetValue(site.Statement, out var list))
                {
                    byStatement[site.Statement] = list = new List<NullableFieldGuardSite>();
                    order.Add(site.Statement);
                }

                if (!list.Any(s => NullableFieldSite.SamePath(s.Path, site.Path)))
                {
                    list.Add(site);
                }
            }

            if (order.Count == 0)
            {
                return null;
            }

            // Names: unique in the member, across every guard of this rewrite.
            var taken = new Dictionary<SyntaxNode, HashSet<string>>();
            var guards = new Dictionary<StatementSyntax, List<Guard>>();
            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var statement in order)
            {
                var statementGuards = new List<Guard>();
                foreach (var site in byStatement[statement])
                {
                    if (!taken.TryGetValue(site.Container, out var names))
                    {
                        taken[site.Container] = names = new HashSet<string>(
                            site.Container.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText),
                            StringComparer.Ordinal);
                    }

                    var name = FreeName(site.BaseName, names, model, statement.SpanStart);
                    names.Add(name);
                    var guard = new Guard(site, name);
                    statementGuards.Add(guard);
                    foreach (var (node, replacement) in Replacements(guard, model, cancellationToken))
                    {
                        if (replacements.Keys.Any(existing => existing.Span.IntersectsWith(node.Span)))
                        {
                            return null; // overlapping rewrites: too clever to be sure of, offer nothing
                        }

                        replacements[node] = replacement;
                    }
                }

                guards[statement] = statementGuards;
            }

            var tracked = root.TrackNodes(replacements.Keys.Concat(order));
            var byTrackedNode = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var pair in replacements)
            {
                if (tracked.GetCurrentNode(pair.Key) is not { } trackedNode)
                {
                    return null;
                }

                byTrackedNode[trackedNode] = pair.Value;
            }

            tracked = tracked.ReplaceNodes(byTrackedNode.Keys, (original, current) => byTrackedNode[original].WithTriviaFrom(current));

            // Innermost statements first, so that an enclosing guard wraps the already guarded inner statement.
            foreach (var statement in order.OrderByDescending(s => s.SpanStart).ThenBy(s => s.Span.Length))
            {
                var current = tracked.GetCurrentNode(statement);
                if (current == null)
                {
                    return null;
                }

                tracked = tracked.ReplaceNode(current, Wrap(current, guards[statement]));
            }

            return tracked;
        }

        private static string FreeName(string baseName, HashSet<string> taken, SemanticModel model, int position)
        {
            for (int i = 1; ; i++)
            {
                var candidate = i == 1 ? baseName : baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!taken.Contains(candidate) && model.LookupSymbols(position, name: candidate).IsEmpty)
                {
                    return candidate;
                }
            }
        }

        /// <summary>
        /// The uses of the guarded value inside the statement that the pattern variable replaces: for a <c>T?</c>, the forms
        /// that unwrap it (<c>.Value</c>, a cast to <c>T</c>, <c>GetValueOrDefault(...)</c>, <c>!</c>); for a reference, every read.
        /// </summary>
        private static IEnumerable<(SyntaxNode Node, SyntaxNode Replacement)> Replacements(Guard guard, SemanticModel model, CancellationToken cancellationToken)
        {
            var site = guard.Site;
            var identifier = SyntaxFactory.IdentifierName(guard.Name);
            foreach (var occurrence in NullableFieldSite.Occurrences(site.Statement, site.Value, site.Path, model, cancellationToken))
            {
                if (NullableFieldSite.InNameOf(occurrence) || IsWritten(occurrence))
                {
                    continue;
                }

                // x, (x), x! and (x)! all read the same value.
                ExpressionSyntax use = occurrence;
                while (use.Parent is ParenthesizedExpressionSyntax || use.Parent.IsKind(SyntaxKind.SuppressNullableWarningExpression))
                {
                    use = (ExpressionSyntax)use.Parent!;
                }

                if (!site.ValueType)
                {
                    yield return (use, identifier);
                    continue;
                }

                switch (use.Parent)
                {
                    case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } access when access.Expression == use:
                        yield return (access, identifier);
                        break;
                    case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetValueOrDefault", Parent: InvocationExpressionSyntax invocation } access
                        when access.Expression == use && invocation.Expression == access:
                        yield return (invocation, identifier);
                        break;
                    case CastExpressionSyntax cast:
                        var target = model.GetTypeInfo(cast.Type, cancellationToken).Type;
                        var underlying = (model.GetTypeInfo(site.Value, cancellationToken).Type as INamedTypeSymbol)?.TypeArguments.FirstOrDefault();
                        if (SymbolEqualityComparer.Default.Equals(target, underlying))
                        {
                            yield return (cast, identifier);
                        }
                        else if (target is { IsValueType: true } && target.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
                        {
                            yield return (use, identifier);
                        }

                        break;
                }
            }
        }

        private static bool IsWritten(ExpressionSyntax occurrence)
        {
            var node = occurrence;
            while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized;
            }

            return node.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == node,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => !node.Parent.IsKind(SyntaxKind.SuppressNullableWarningExpression)
                    && node.Parent.RawKind is (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression
                        or (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression,
                _ => false,
            };
        }

        private static StatementSyntax Wrap(StatementSyntax statement, List<Guard> guards)
        {
            ExpressionSyntax? condition = null;
            foreach (var guard in guards)
            {
                var test = SyntaxFactory.ParseExpression(guard.Site.Value.WithoutTrivia().ToFullString() + " is { } " + guard.Name);
                condition = condition == null ? test : SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, condition, test);
            }

            // Comments before the statement go before the if; a comment at the end of its line stays with it.
            var inner = statement.WithoutLeadingTrivia();
            var trailing = statement.GetTrailingTrivia();
            if (trailing.Count == 0 || !trailing[trailing.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                inner = inner.WithTrailingTrivia(trailing.Add(SyntaxFactory.ElasticCarriageReturnLineFeed));
            }

            return SyntaxFactory.IfStatement(condition!, SyntaxFactory.Block(inner))
                .WithLeadingTrivia(statement.GetLeadingTrivia())
                .WithTrailingTrivia(trailing.Count > 0 && trailing[trailing.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia)
                    ? SyntaxFactory.TriviaList(trailing[trailing.Count - 1])
                    : SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
