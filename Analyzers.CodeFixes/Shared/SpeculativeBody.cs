using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.CodeFixes.Shared
{
    /// <summary>
    /// A fixed member's body bound in the place of the original one, in the document as it is (a speculative semantic
    /// model), instead of in a compilation of the edited document. A fix that asked for the edited document's model would
    /// make Roslyn build a compilation per document, and Fix All over a project grow with the square of its files (issue 21).
    /// </summary>
    internal static class SpeculativeBody
    {
        /// <summary>
        /// Binds <paramref name="edited"/> where <paramref name="original"/> stands, when both are a method, constructor,
        /// operator or accessor with a block body: <paramref name="speculative"/> is its model, and <paramref name="hasErrors"/>
        /// says whether the body's operations hold an error (an invalid operation, a conversion that does not exist, an
        /// expression of an error type). False when the member cannot be bound so (the caller then checks another way).
        /// </summary>
        public static bool TryBind(
            SemanticModel model, SyntaxNode original, SyntaxNode edited, CancellationToken cancellationToken, out SemanticModel? speculative, out bool hasErrors)
        {
            speculative = null;
            hasErrors = true;
            BlockSyntax body;
            switch (original, edited)
            {
                case (BaseMethodDeclarationSyntax { Body: { } originalBody }, BaseMethodDeclarationSyntax { Body: { } editedBody } method):
                    body = editedBody;
                    if (!model.TryGetSpeculativeSemanticModelForMethodBody(originalBody.SpanStart, method, out speculative))
                    {
                        return false;
                    }

                    break;
                case (AccessorDeclarationSyntax { Body: { } originalBody }, AccessorDeclarationSyntax { Body: { } editedBody } accessor):
                    body = editedBody;
                    if (!model.TryGetSpeculativeSemanticModelForMethodBody(originalBody.SpanStart, accessor, out speculative))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }

            if (speculative?.GetOperation(body, cancellationToken) is not { } operation)
            {
                speculative = null;
                return false;
            }

            hasErrors = operation.DescendantsAndSelf().Any(o =>
                o is IInvalidOperation
                || o is IConversionOperation { Conversion.Exists: false }
                || o.Type?.TypeKind == TypeKind.Error);
            return true;
        }
    }
}
