using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// Where a written-out PENDING_CANCEL sits in the syntax, and so how it can be taken out of its group. Shared by the
    /// analyzer (which decides whether the fix is safe) and the fixer (which edits).
    /// </summary>
    internal static class TakeOutSyntax
    {
        /// <summary>The way to take the reference out of a test or a collection, or null when there is none.</summary>
        public static TakeOutWay? OfTestOrCollection(SyntaxNode reference)
        {
            if (OrPatternOf(reference) != null)
            {
                return TakeOutWay.OrLeaf;
            }

            if (ChainOf(reference, out _) != null)
            {
                return TakeOutWay.ChainLeaf;
            }

            if (ElementListCount(reference) >= 2)
            {
                return TakeOutWay.Element;
            }

            return null;
        }

        /// <summary>The <c>or</c> pattern of which the reference's constant pattern is one side.</summary>
        public static BinaryPatternSyntax? OrPatternOf(SyntaxNode reference)
        {
            if (reference.Parent is not ConstantPatternSyntax constant)
            {
                return null;
            }

            SyntaxNode node = constant;
            while (node.Parent is ParenthesizedPatternSyntax)
            {
                node = node.Parent;
            }

            return node.Parent is BinaryPatternSyntax binary && binary.IsKind(SyntaxKind.OrPattern) ? binary : null;
        }

        /// <summary>The <c>||</c> (for <c>==</c>) or <c>&amp;&amp;</c> (for <c>!=</c>) of which the reference's comparison is one side.</summary>
        public static BinaryExpressionSyntax? ChainOf(SyntaxNode reference, out ExpressionSyntax comparisonSide)
        {
            comparisonSide = null!;
            if (reference.Parent is not BinaryExpressionSyntax comparison
                || !(comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression)))
            {
                return null;
            }

            ExpressionSyntax side = comparison;
            while (side.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                side = parenthesized;
            }

            var expected = comparison.IsKind(SyntaxKind.EqualsExpression) ? SyntaxKind.LogicalOrExpression : SyntaxKind.LogicalAndExpression;
            if (side.Parent is BinaryExpressionSyntax chain && chain.IsKind(expected))
            {
                comparisonSide = side;
                return chain;
            }

            return null;
        }

        /// <summary>The number of elements in the list that holds the reference as an element, or 0.</summary>
        public static int ElementListCount(SyntaxNode reference)
        {
            switch (reference.Parent)
            {
                case InitializerExpressionSyntax initializer
                    when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) || initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    return initializer.Expressions.Count;
                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }:
                    return collection.Elements.Count;
                case ArgumentSyntax { Parent: ArgumentListSyntax arguments, NameColon: null, RefKindKeyword.RawKind: 0 }:
                    return arguments.Arguments.Count;
                default:
                    return 0;
            }
        }

        /// <summary>The <c>case</c> label that is the reference (or holds it as its whole pattern).</summary>
        public static SwitchLabelSyntax? CaseLabelOf(SyntaxNode reference)
        {
            switch (reference.Parent)
            {
                case CaseSwitchLabelSyntax label:
                    return label;
                case ConstantPatternSyntax { Parent: CasePatternSwitchLabelSyntax { WhenClause: null } patternLabel }:
                    return patternLabel;
                default:
                    return null;
            }
        }

        /// <summary>The switch expression arm whose whole pattern is the reference.</summary>
        public static SwitchExpressionArmSyntax? ArmOf(SyntaxNode reference)
            => reference.Parent is ConstantPatternSyntax { Parent: SwitchExpressionArmSyntax { WhenClause: null } arm } ? arm : null;
    }
}
