using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// The Inline fixes of CLST002, computed from one diagnostic: <c>?.</c> where the result may be null (the value that
    /// receives it accepts null), and <c>?? value</c> with a neutral value the user chooses explicitly (the action's title
    /// says what a missing field will count as; a price is never turned into 0 without that choice). Where no such
    /// value exists (a timestamp, an enum, an argument) the action is not offered.
    /// </summary>
    internal static class NullableFieldInline
    {
        /// <summary>One replacement: <see cref="Node"/> becomes <see cref="Replacement"/>.</summary>
        internal sealed class Edit
        {
            public Edit(SyntaxNode node, ExpressionSyntax replacement, string title)
            {
                Node = node;
                Replacement = replacement;
                Title = title;
            }

            public SyntaxNode Node { get; }

            public ExpressionSyntax Replacement { get; }

            public string Title { get; }
        }

        public static async Task<Document> ApplyAsync(Document document, Edit edit, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            // Syntax only: no semantic model of the edited document (see CoalesceParentheses).
            var replacement = edit.Replacement.WithTriviaFrom(edit.Node).WithAdditionalAnnotations(Formatter.Annotation);
            var changed = document.WithSyntaxRoot(CoalesceParentheses.Reduce(root.ReplaceNode(edit.Node, replacement)));
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>order.Symbol.Trim()</c> → <c>order.Symbol?.Trim()</c>, where what receives the result accepts null.</summary>
        public static Edit? Conditional(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
            => KeepsDirectives(ConditionalEdit(root, model, diagnostic, cancellationToken));

        /// <summary>
        /// <c>order.AverageFillPrice.Value</c> → <c>order.AverageFillPrice ?? 0m</c>, <c>order.Symbol.Length</c> →
        /// <c>order.Symbol?.Length ?? 0</c>, <c>foreach (var d in order.Details)</c> → <c>order.Details ?? Array.Empty&lt;string&gt;()</c>.
        /// </summary>
        public static Edit? Coalesce(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
            => KeepsDirectives(CoalesceEdit(root, model, diagnostic, cancellationToken));

        /// <summary>
        /// The edit, unless the code it rewrites holds a preprocessor directive (and so maybe inactive code) inside it: the
        /// rewrite is made from the node's text and would drop, move or copy it. Directives before or after the node stay
        /// where they are (the replacement takes the node's outer trivia).
        /// </summary>
        private static Edit? KeepsDirectives(Edit? edit) => edit == null || NullableFieldSite.HasDirectivesInside(edit.Node) ? null : edit;

        private static Edit? ConditionalEdit(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var site = NullableFieldSite.Find(root, diagnostic);
            if (site == null || AccessChain(site) is not { } chain)
            {
                return null;
            }

            var (top, conditional) = chain;
            var type = model.GetTypeInfo(top, cancellationToken).Type;
            var consumer = SkipParentheses(top);
            bool discarded = consumer.Parent is ExpressionStatementSyntax && top is InvocationExpressionSyntax;
            bool sameType = type != null && (type.IsReferenceType || IsNullableValueType(type));
            if (!discarded && !(sameType && AcceptsNull(consumer, model, cancellationToken)))
            {
                return null;
            }

            return new Edit(top, conditional, "Use '?.': the result is null when '" + site.WireName + "' is");
        }

        private static Edit? CoalesceEdit(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var site = NullableFieldSite.Find(root, diagnostic);
            if (site == null)
            {
                return null;
            }

            var valueType = model.GetTypeInfo(site.Value, cancellationToken).Type;
            if (IsNullableValueType(valueType))
            {
                return CoalesceUnwrapped(site, (INamedTypeSymbol)valueType!, model, cancellationToken);
            }

            if (site.Form == NullableUseForm.Enumeration)
            {
                return CoalesceEnumeration(site, valueType, model);
            }

            ExpressionSyntax left;
            SyntaxNode replaced;
            ITypeSymbol? resultType;
            if (AccessChain(site) is { } chain)
            {
                if (SkipParentheses(chain.Top).Parent is ExpressionStatementSyntax)
                {
                    return null;
                }

                left = chain.Conditional;
                replaced = chain.Top;
                resultType = model.GetTypeInfo(chain.Top, cancellationToken).Type;
            }
            else if (site.Form == NullableUseForm.Suppression)
            {
                left = site.Value.WithoutTrivia();
                replaced = site.Node;
                resultType = valueType;
            }
            else
            {
                return null;
            }

            if (NeutralValue(resultType) is not { } neutral)
            {
                return null;
            }

            return new Edit(replaced, Coalesced(left, neutral), CoalesceTitle(neutral, site.WireName));
        }

        /// <summary>The forms that unwrap a <c>T?</c>: <c>.Value</c>, <c>GetValueOrDefault()</c>, casts, and <c>!</c> before them.</summary>
        private static Edit? CoalesceUnwrapped(NullableFieldSite site, INamedTypeSymbol valueType, SemanticModel model, CancellationToken cancellationToken)
        {
            var underlying = valueType.TypeArguments[0];
            if (NeutralValue(underlying) is not { } neutral)
            {
                return null;
            }

            var node = site.Form == NullableUseForm.Suppression ? SkipParentheses(site.Node).Parent : site.Node;
            if (site.Form == NullableUseForm.Suppression && node is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } member
                && member.Name.Identifier.ValueText == "GetValueOrDefault")
            {
                node = call;
            }

            var coalesced = Coalesced(site.Value.WithoutTrivia(), neutral);
            var title = CoalesceTitle(neutral, site.WireName);
            switch (node)
            {
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" }:
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetValueOrDefault" } }:
                    return new Edit(node, coalesced, title);
                case CastExpressionSyntax cast:
                    var target = model.GetTypeInfo(cast.Type, cancellationToken).Type;
                    if (target == null || IsNullableValueType(target) || !target.IsValueType)
                    {
                        return null;
                    }

                    return SymbolEqualityComparer.Default.Equals(target, underlying)
                        ? new Edit(cast, coalesced, title)
                        : new Edit(cast, cast.WithExpression(coalesced).WithoutTrivia(), title);
                default:
                    return null;
            }
        }

        private static Edit? CoalesceEnumeration(NullableFieldSite site, ITypeSymbol? collectionType, SemanticModel model)
        {
            if (collectionType is not INamedTypeSymbol { TypeArguments.Length: 1 } named)
            {
                return null;
            }

            int position = site.Value.SpanStart;
            var element = named.TypeArguments[0].ToMinimalDisplayString(model, position);
            string? empty = named.OriginalDefinition.SpecialType switch
            {
                SpecialType.System_Collections_Generic_IEnumerable_T
                    or SpecialType.System_Collections_Generic_IReadOnlyList_T
                    or SpecialType.System_Collections_Generic_IReadOnlyCollection_T
                    or SpecialType.System_Collections_Generic_ICollection_T
                    or SpecialType.System_Collections_Generic_IList_T
                    => model.Compilation.GetSpecialType(SpecialType.System_Array).ToMinimalDisplayString(model, position) + ".Empty<" + element + ">()",
                _ when named.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>"
                    => "new " + named.ToMinimalDisplayString(model, position) + "()",
                _ => null,
            };

            if (empty == null)
            {
                return null;
            }

            var replacement = SyntaxFactory.ParseExpression(site.Value.WithoutTrivia().ToFullString() + " ?? " + empty);
            if (replacement.ContainsDiagnostics)
            {
                return null;
            }

            return new Edit(site.Node, replacement, "Use '?? empty': a missing '" + site.WireName + "' counts as empty");
        }

        /// <summary>
        /// For a value that is dereferenced (<c>x.M</c>, <c>x[i]</c>, <c>x!.M</c>, an extension call <c>x.Any()</c>): the whole
        /// access chain and the same chain with <c>?.</c> after the value. Null when the value is not the receiver of an access.
        /// </summary>
        private static (ExpressionSyntax Top, ExpressionSyntax Conditional)? AccessChain(NullableFieldSite site)
        {
            if (site.Form is not (NullableUseForm.Dereference or NullableUseForm.Suppression or NullableUseForm.Argument))
            {
                return null;
            }

            var receiver = SkipParentheses(site.Node);
            bool isReceiver = receiver.Parent switch
            {
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => access.Expression == receiver,
                ElementAccessExpressionSyntax element => element.Expression == receiver,
                _ => false,
            };

            if (!isReceiver)
            {
                return null;
            }

            ExpressionSyntax top = (ExpressionSyntax)receiver.Parent!;
            while (true)
            {
                switch (top.Parent)
                {
                    case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access when access.Expression == top:
                        top = access;
                        continue;
                    case InvocationExpressionSyntax invocation when invocation.Expression == top:
                        top = invocation;
                        continue;
                    case ElementAccessExpressionSyntax element when element.Expression == top:
                        top = element;
                        continue;
                }

                break;
            }

            if (IsWrittenTo(SkipParentheses(top)))
            {
                return null;
            }

            var text = top.WithoutTrivia().ToFullString();
            int end = receiver.Span.End - top.SpanStart;
            text = site.Form == NullableUseForm.Suppression && text[end - 1] == '!'
                ? text.Substring(0, end - 1) + "?" + text.Substring(end)
                : text.Substring(0, end) + "?" + text.Substring(end);
            var conditional = SyntaxFactory.ParseExpression(text);
            if (conditional.ContainsDiagnostics || conditional is not ConditionalAccessExpressionSyntax)
            {
                return null;
            }

            return (top, conditional);
        }

        private static bool IsWrittenTo(ExpressionSyntax expression) => expression.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == expression,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => !expression.Parent.IsKind(SyntaxKind.SuppressNullableWarningExpression),
            RefExpressionSyntax => true,
            _ => false,
        };

        /// <summary>
        /// True when what receives the expression surely accepts null: a discarded or compared value, a local (the rule then
        /// follows it), an interpolation, a string concatenation, an argument or a return declared nullable.
        /// </summary>
        private static bool AcceptsNull(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            bool warnings = model.GetNullableContext(expression.SpanStart).WarningsEnabled();
            switch (expression.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }
                    when declaration.Parent is LocalDeclarationStatementSyntax { IsConst: false } local && local.UsingKeyword.IsKind(SyntaxKind.None):
                    return !warnings || declaration.Type.IsVar || declaration.Type is NullableTypeSyntax;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == expression:
                    return model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is ILocalSymbol assigned
                           && (!warnings || assigned.NullableAnnotation == NullableAnnotation.Annotated || IsNullableValueType(assigned.Type));
                case InterpolationSyntax:
                case IsPatternExpressionSyntax:
                    return true;
                case BinaryExpressionSyntax binary:
                    return binary.Kind() switch
                    {
                        SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression => true,
                        SyntaxKind.CoalesceExpression => binary.Left == expression,
                        SyntaxKind.AddExpression => model.GetTypeInfo(binary, cancellationToken).Type?.SpecialType == SpecialType.System_String,
                        _ => false,
                    };
                case ArgumentSyntax argument:
                    return model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter }
                           && parameter.RefKind == RefKind.None
                           && (IsNullableValueType(parameter.Type) || parameter.NullableAnnotation == NullableAnnotation.Annotated);
                case ReturnStatementSyntax:
                case ArrowExpressionClauseSyntax:
                    return model.GetEnclosingSymbol(expression.SpanStart, cancellationToken) is IMethodSymbol method
                           && (IsNullableValueType(method.ReturnType) || method.ReturnNullableAnnotation == NullableAnnotation.Annotated);
                default:
                    return false;
            }
        }

        private static ExpressionSyntax SkipParentheses(ExpressionSyntax expression)
        {
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized;
            }

            return expression;
        }

        private static bool IsNullableValueType(ITypeSymbol? type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        /// <summary>The value a missing number, flag or text may fairly count as (the user confirms it); none for timestamps and enums.</summary>
        private static string? NeutralValue(ITypeSymbol? type) => type?.SpecialType switch
        {
            SpecialType.System_Decimal => "0m",
            SpecialType.System_Double => "0d",
            SpecialType.System_Single => "0f",
            SpecialType.System_Int32 => "0",
            SpecialType.System_Int64 => "0L",
            SpecialType.System_UInt32 => "0u",
            SpecialType.System_UInt64 => "0ul",
            SpecialType.System_Boolean => "false",
            SpecialType.System_String => "\"\"",
            _ => null,
        };

        private static ExpressionSyntax Coalesced(ExpressionSyntax left, string neutral)
            => SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, left.WithoutTrivia(), SyntaxFactory.ParseExpression(neutral)))
                .WithAdditionalAnnotations(CoalesceParentheses.Annotation);

        private static string CoalesceTitle(string neutral, string wireName)
            => "Use '?? " + neutral + "': a missing '" + wireName + "' counts as " + neutral;
    }
}
