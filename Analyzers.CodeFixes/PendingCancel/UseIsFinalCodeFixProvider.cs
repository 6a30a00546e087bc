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

namespace Clst.Analyzers.CodeFixes.PendingCancel
{
    /// <summary>
    /// CLST001 fix: a hand-made set of exactly the final statuses and PENDING_CANCEL (an <c>or</c> pattern, a <c>||</c>
    /// chain, <c>new[] { … }.Contains(s)</c>, or their negations) becomes the shipped <c>s.IsFinal()</c>. Offered only when the
    /// call binds to <c>Clst.Contracts.OrderStatusExtensions.IsFinal</c> (importing <c>Clst.Contracts</c> if needed).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseIsFinalCodeFixProvider))]
    [Shared]
    public sealed class UseIsFinalCodeFixProvider : PendingCancelFixProvider
    {
        private static readonly SyntaxAnnotation s_callAnnotation = new SyntaxAnnotation("Clst.CLST001.IsFinal");

        protected override string EquivalenceKey => PendingCancelDiagnosticProperties.UseIsFinalEquivalenceKey;

        private protected override bool Applies(ImmutableDictionary<string, string?> properties)
            => PendingCancelDiagnosticProperties.TryReadUseIsFinal(properties, out _);

        private protected override async Task<(Document Document, string Title)?> FixAsync(Document document, FixTarget target, CancellationToken cancellationToken)
        {
            if (target.AdditionalAt(PendingCancelDiagnosticProperties.ConstructLocation) is not ExpressionSyntax test
                || !PendingCancelDiagnosticProperties.TryReadUseIsFinal(target.Properties, out var replacement))
            {
                return null;
            }

            // The whole test becomes one call: a directive inside it (and the code it delimits) would be dropped.
            if (Directives.Inside(test))
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (model == null || root == null)
            {
                return null;
            }

            var subject = SubjectOf(test, model, cancellationToken);
            if (subject == null)
            {
                return null;
            }

            ExpressionSyntax receiver = subject.WithoutTrivia();
            if (receiver is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                or ParenthesizedExpressionSyntax or ThisExpressionSyntax))
            {
                receiver = SyntaxFactory.ParenthesizedExpression(receiver);
            }

            var invocation = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("IsFinal")))
                .WithAdditionalAnnotations(s_callAnnotation);
            ExpressionSyntax call = invocation;
            if (replacement == IsFinalReplacement.NotIsFinal)
            {
                call = SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call);
            }

            call = call.WithTriviaFrom(test);
            var newRoot = root.ReplaceNode(test, call);
            var candidate = document.WithSyntaxRoot(newRoot);

            // The call bound where the test stands, in the document as it is: no compilation of the edited document (a
            // new one per document would make Fix All over a project grow with the square of its files).
            var bound = model.GetSpeculativeSymbolInfo(test.SpanStart, invocation, SpeculativeBindingOption.BindAsExpression);
            if (IsShippedIsFinal(bound.Symbol))
            {
                return (candidate, "Use IsFinal()");
            }

            // The extension is not in scope: import its namespace, and check again.
            var importedRoot = ContractsImport.Add(newRoot);
            if (importedRoot != null)
            {
                var imported = candidate.WithSyntaxRoot(importedRoot);
                if (await BindsToShippedIsFinalAsync(imported, cancellationToken).ConfigureAwait(false))
                {
                    return (imported, "Use IsFinal()");
                }
            }

            return null;
        }

        /// <summary>The value the test is about: <c>s</c> in <c>s is A or B</c>, <c>s == A || s == B</c>, <c>new[] { A, B }.Contains(s)</c>.</summary>
        private static ExpressionSyntax? SubjectOf(ExpressionSyntax test, SemanticModel model, CancellationToken cancellationToken)
        {
            while (test is ParenthesizedExpressionSyntax parenthesized)
            {
                test = parenthesized.Expression;
            }

            switch (test)
            {
                case IsPatternExpressionSyntax isPattern:
                    return isPattern.Expression;
                case InvocationExpressionSyntax invocation when invocation.ArgumentList.Arguments.Count > 0:
                    return invocation.ArgumentList.Arguments.Last().Expression;
                case BinaryExpressionSyntax binary:
                    while (binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.LogicalAndExpression))
                    {
                        var left = binary.Left;
                        while (left is ParenthesizedExpressionSyntax inner)
                        {
                            left = inner.Expression;
                        }

                        if (left is not BinaryExpressionSyntax next)
                        {
                            return null;
                        }

                        binary = next;
                    }

                    if (!binary.IsKind(SyntaxKind.EqualsExpression) && !binary.IsKind(SyntaxKind.NotEqualsExpression))
                    {
                        return null;
                    }

                    return IsEnumMember(binary.Right, model, cancellationToken) ? binary.Left
                        : IsEnumMember(binary.Left, model, cancellationToken) ? binary.Right
                        : null;
                default:
                    return null;
            }
        }

        private static bool IsEnumMember(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
            => model.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum };

        private static bool IsShippedIsFinal(ISymbol? symbol)
            => symbol is IMethodSymbol method && (method.ReducedFrom ?? method) is { Name: "IsFinal" } definition
               && definition.ContainingType?.ToDisplayString() == ContractRecognizer.ShippedNamespace + ".OrderStatusExtensions";

        /// <summary>The annotated call of the edited document binds to the shipped <c>IsFinal</c> without errors (a compilation of that document).</summary>
        private static async Task<bool> BindsToShippedIsFinalAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var call = root?.GetAnnotatedNodes(s_callAnnotation).OfType<InvocationExpressionSyntax>().FirstOrDefault();
            if (call == null || model == null)
            {
                return false;
            }

            if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return false;
            }

            if (!IsShippedIsFinal(method))
            {
                return false;
            }

            return !model.GetDiagnostics(call.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
