using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clst.Analyzers.CodeFixes.EnumMatch
{
    /// <summary>
    /// The layout of what "Add the missing members" writes, spelled out token by token: explicit whitespace and line breaks,
    /// never elastic trivia, and no formatter annotation. The code action's clean-up formats every elastic trivia as a span
    /// of its own, each span costing in proportion to the switch, so a fix adding N members with elastic tokens took time
    /// in N squared (issue 21: a 1,000-member enum took a minute, 10,000 did not finish). Written out, the clean-up has
    /// nothing to format and the fix costs the same for each member it adds.
    /// </summary>
    internal static class FixLayout
    {
        /// <summary>A token with exactly the trivia given (none when omitted): never elastic.</summary>
        public static SyntaxToken Token(SyntaxKind kind, SyntaxTriviaList leading = default, SyntaxTriviaList trailing = default)
            => SyntaxFactory.Token(leading, kind, trailing);

        /// <summary>One space after the token, nothing before it.</summary>
        public static SyntaxToken TokenAndSpace(SyntaxKind kind) => Token(kind, default, SyntaxFactory.TriviaList(SyntaxFactory.Space));

        /// <summary>Whitespace trivia, or none for an empty string.</summary>
        public static SyntaxTriviaList Whitespace(string whitespace)
            => whitespace.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(whitespace));

        /// <summary>The whitespace that starts the token's line (in its own tree's text).</summary>
        public static string IndentationOf(SyntaxToken token)
        {
            var line = token.SyntaxTree?.GetText().Lines.GetLineFromPosition(token.SpanStart);
            if (line == null)
            {
                return string.Empty;
            }

            var text = line.Value.ToString();
            int length = 0;
            while (length < text.Length && (text[length] == ' ' || text[length] == '\t'))
            {
                length++;
            }

            return text.Substring(0, length);
        }

        /// <summary>Whether only whitespace stands before the token on its line.</summary>
        public static bool StartsLine(SyntaxToken token)
        {
            var text = token.SyntaxTree?.GetText();
            if (text == null)
            {
                return false;
            }

            var line = text.Lines.GetLineFromPosition(token.SpanStart);
            for (int i = line.Start; i < token.SpanStart; i++)
            {
                if (text[i] != ' ' && text[i] != '\t')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the token's line ends right after it (its trailing trivia holds the line break).</summary>
        public static bool EndsLine(SyntaxToken token) => token.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

        /// <summary>The token made to end its line: trailing spaces dropped, a line break added. Unchanged when it already ends one.</summary>
        public static SyntaxToken EndingLine(SyntaxToken token, SyntaxTrivia endOfLine)
        {
            if (EndsLine(token))
            {
                return token;
            }

            var trailing = token.TrailingTrivia.ToList();
            while (trailing.Count > 0 && trailing[trailing.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                trailing.RemoveAt(trailing.Count - 1);
            }

            trailing.Add(endOfLine);
            return token.WithTrailingTrivia(trailing);
        }

        /// <summary>
        /// The token made to start its own line at <paramref name="indentation"/> (after new lines that end with a line break):
        /// its leading whitespace replaced, its comments kept. Unchanged when <paramref name="startedLine"/>.
        /// </summary>
        public static SyntaxToken StartingLine(SyntaxToken token, bool startedLine, string indentation)
            => startedLine
                ? token
                : token.WithLeadingTrivia(Whitespace(indentation).AddRange(token.LeadingTrivia.Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia))));
    }
}
