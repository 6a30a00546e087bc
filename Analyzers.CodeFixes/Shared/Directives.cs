using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.CodeFixes.Shared
{
    /// <summary>
    /// Where a fix would touch a preprocessor directive (issue 21): a fix never deletes, moves or duplicates one, nor the
    /// inactive code it delimits; where the text it removes or rewrites holds one, it is not offered.
    /// </summary>
    internal static class Directives
    {
        /// <summary>True when a directive (<c>#if</c>, <c>#region</c>, <c>#pragma</c>…) or inactive text overlaps <paramref name="span"/>.</summary>
        public static bool In(SyntaxNode node, TextSpan span)
        {
            if (span.IsEmpty || !node.ContainsDirectives)
            {
                return false;
            }

            foreach (var trivia in node.DescendantTrivia(span))
            {
                if ((trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia)) && trivia.FullSpan.OverlapsWith(span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a directive lies between the node's first and last token (not in the trivia around it).</summary>
        public static bool Inside(SyntaxNode node) => In(node, node.Span);

        /// <summary>The text an element of a comma-separated list takes with it when removed: itself and its separator.</summary>
        public static TextSpan WithSeparator(SyntaxNode element)
        {
            var next = element.GetLastToken().GetNextToken();
            if (next.IsKind(SyntaxKind.CommaToken))
            {
                return TextSpan.FromBounds(element.FullSpan.Start, next.FullSpan.End);
            }

            var previous = element.GetFirstToken().GetPreviousToken();
            return previous.IsKind(SyntaxKind.CommaToken) ? TextSpan.FromBounds(previous.FullSpan.Start, element.FullSpan.End) : element.FullSpan;
        }
    }
}
