using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Clst.Analyzers.NullableFields;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// Where a CLST002 diagnostic is, in the terms the fixes need: the form of the use (from the diagnostic's properties,
    /// set by the analyzer), the node the diagnostic covers, and the value that may be null (<c>order.AverageFillPrice</c>
    /// in <c>order.AverageFillPrice.Value</c>).
    /// </summary>
    internal sealed class NullableFieldSite
    {
        private NullableFieldSite(NullableUseForm form, string wireName, ExpressionSyntax node, ExpressionSyntax value)
        {
            Form = form;
            WireName = wireName;
            Node = node;
            Value = value;
        }

        public NullableUseForm Form { get; }

        public string WireName { get; }

        /// <summary>The node the diagnostic covers (<c>x.Value</c>, <c>(decimal)x</c>, <c>x!</c>, <c>x.GetValueOrDefault()</c>, or the value).</summary>
        public ExpressionSyntax Node { get; }

        /// <summary>The value that may be null, without parentheses.</summary>
        public ExpressionSyntax Value { get; }

        public static NullableFieldSite? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!NullableFieldDiagnosticProperties.TryRead(diagnostic, out var form, out var wireName)
                || !diagnostic.Location.IsInSource
                || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                return null;
            }

            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node
                || node.Span != diagnostic.Location.SourceSpan)
            {
                return null;
            }

            ExpressionSyntax? value = form switch
            {
                NullableUseForm.Value => (node as MemberAccessExpressionSyntax)?.Expression,
                NullableUseForm.Cast => (node as CastExpressionSyntax)?.Expression,
                NullableUseForm.Suppression => (node as PostfixUnaryExpressionSyntax)?.Operand,
                NullableUseForm.GetValueOrDefault => ((node as InvocationExpressionSyntax)?.Expression as MemberAccessExpressionSyntax)?.Expression,
                _ => node,
            };

            return value == null ? null : new NullableFieldSite(form, wireName, node, WithoutParentheses(value));
        }

        public static ExpressionSyntax WithoutParentheses(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        /// <summary>
        /// The symbols of a stable access path (<c>order.Data.AverageFillPrice</c>, <c>this._order.Symbol</c>, <c>px</c>): locals,
        /// parameters, fields and non-indexer properties reached through simple member access only. Default when the expression
        /// is anything else (a call, an indexer, <c>?.</c>...): the fixes that read the value again do not apply there.
        /// </summary>
        public static ImmutableArray<ISymbol> StablePath(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            var builder = ImmutableArray.CreateBuilder<ISymbol>();
            return AddPath(WithoutParentheses(expression), model, builder, cancellationToken) ? builder.ToImmutable() : default;
        }

        private static bool AddPath(ExpressionSyntax expression, SemanticModel model, ImmutableArray<ISymbol>.Builder path, CancellationToken cancellationToken)
        {
            switch (expression)
            {
                case IdentifierNameSyntax identifier:
                    var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
                    if (!IsPathSymbol(symbol, allowVariable: true))
                    {
                        return false;
                    }

                    path.Add(symbol!);
                    return true;
                case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access:
                    var member = model.GetSymbolInfo(access.Name, cancellationToken).Symbol;
                    if (!IsPathSymbol(member, allowVariable: false))
                    {
                        return false;
                    }

                    if (access.Expression is not (ThisExpressionSyntax or BaseExpressionSyntax)
                        && !AddPath(WithoutParentheses(access.Expression), model, path, cancellationToken))
                    {
                        return false;
                    }

                    path.Add(member!);
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsPathSymbol(ISymbol? symbol, bool allowVariable) => symbol switch
        {
            ILocalSymbol { IsRef: false } => allowVariable,
            IParameterSymbol { RefKind: RefKind.None } => allowVariable,
            IFieldSymbol => true,
            IPropertySymbol { IsIndexer: false, Parameters.IsEmpty: true } => true,
            _ => false,
        };

        /// <summary>True when two paths are the same (same symbols in the same order).</summary>
        public static bool SamePath(ImmutableArray<ISymbol> a, ImmutableArray<ISymbol> b)
        {
            if (a.IsDefault || b.IsDefault || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The occurrences of the path <paramref name="path"/> (spelled <paramref name="value"/>) inside <paramref name="scope"/>.</summary>
        public static List<ExpressionSyntax> Occurrences(
            SyntaxNode scope, ExpressionSyntax value, ImmutableArray<ISymbol> path, SemanticModel model, CancellationToken cancellationToken)
        {
            var result = new List<ExpressionSyntax>();
            foreach (var node in scope.DescendantNodes())
            {
                if (node is ExpressionSyntax expression
                    && expression.RawKind == value.RawKind
                    && SyntaxFactory.AreEquivalent(expression, value)
                    && SamePath(StablePath(expression, model, cancellationToken), path))
                {
                    result.Add(expression);
                }
            }

            return result;
        }

        /// <summary>True inside <c>nameof(...)</c>.</summary>
        public static bool InNameOf(SyntaxNode node)
        {
            for (var current = node.Parent; current != null && current is not StatementSyntax; current = current.Parent)
            {
                if (current is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a preprocessor directive lies inside the node: between its first and its last token, where a rewrite of
        /// the node would drop, move or copy it (and the inactive code it delimits). Directives in the trivia before the first
        /// token or after the last one are not inside.
        /// </summary>
        public static bool HasDirectivesInside(SyntaxNode node)
            => node.ContainsDirectives && node.WithoutLeadingTrivia().WithoutTrailingTrivia().ContainsDirectives;
    }
}
