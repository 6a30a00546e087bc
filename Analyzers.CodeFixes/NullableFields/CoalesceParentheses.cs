using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// The parentheses the inline fix puts around the <c>x ?? neutral</c> it writes, kept only where the code around needs
    /// them. Decided from the syntax alone: asking the simplifier would bind the edited document, a new compilation per
    /// document, which made Fix All over a project grow with the square of its files (issue 21).
    /// </summary>
    internal static class CoalesceParentheses
    {
        /// <summary>Marks the parentheses the fix added (the user's own are never touched).</summary>
        public static readonly SyntaxAnnotation Annotation = new SyntaxAnnotation("Clst.CLST002.CoalesceParentheses");

        /// <summary>Removes the marked parentheses where <c>a ?? b</c> without them means the same.</summary>
        public static SyntaxNode Reduce(SyntaxNode root)
        {
            var needless = root.GetAnnotatedNodes(Annotation).OfType<ParenthesizedExpressionSyntax>().Where(CanRemove).ToList();
            return needless.Count == 0
                ? root
                : root.ReplaceNodes(needless, (original, rewritten) => ((ParenthesizedExpressionSyntax)rewritten).Expression.WithTriviaFrom(rewritten));
        }

        /// <summary>
        /// True where the parenthesised coalescing is a whole value: an argument, an initialiser, the right side of an
        /// assignment or of another <c>??</c>, a returned or yielded value, an arrow or lambda body, a branch of <c>?:</c>,
        /// an element of an initialiser or a switch expression arm. Everywhere else (an operand, a receiver, a cast) they stay.
        /// </summary>
        private static bool CanRemove(ParenthesizedExpressionSyntax parentheses)
        {
            if (!parentheses.Expression.IsKind(SyntaxKind.CoalesceExpression))
            {
                return false;
            }

            return parentheses.Parent switch
            {
                ArgumentSyntax => true,
                EqualsValueClauseSyntax => true,
                AssignmentExpressionSyntax assignment => assignment.Right == parentheses,
                BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.CoalesceExpression) && binary.Right == parentheses,
                ReturnStatementSyntax => true,
                YieldStatementSyntax => true,
                ArrowExpressionClauseSyntax => true,
                LambdaExpressionSyntax lambda => lambda.Body == parentheses,
                ParenthesizedExpressionSyntax => true,
                ConditionalExpressionSyntax conditional => conditional.WhenTrue == parentheses || conditional.WhenFalse == parentheses,
                InitializerExpressionSyntax => true,
                SwitchExpressionArmSyntax arm => arm.Expression == parentheses,
                _ => false,
            };
        }
    }
}
