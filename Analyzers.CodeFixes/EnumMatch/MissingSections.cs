using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.CodeFixes.EnumMatch
{
    /// <summary>
    /// "Add the missing members" on a <c>switch</c> statement: a section per group of missing members, each doing what the code
    /// did for them before (<c>break;</c> where they skipped the switch; a copy of the fallback's throw, or of the throw after
    /// the switch), placed before the fallback. Where the fallback cannot be copied, its section gets the labels instead.
    /// </summary>
    internal static class MissingSections
    {
        public static SyntaxNode? Build(EnumMatchFix fix, SwitchStatementSyntax statement)
        {
            IReadOnlyList<StatementSyntax>? body;
            SwitchSectionSyntax? fallbackSection = null;
            switch (fix.Shape.Fallback)
            {
                case FallbackKind.None:
                    body = new StatementSyntax[] { Break() };
                    break;
                case FallbackKind.ThrowsAfter when fix.Shape.FallbackNode is StatementSyntax after:
                    // The members fell out of the switch into this throw: throw the same here, or fall out as before.
                    // A throw helper's call is followed by 'break;' (the compiler does not know that it never returns).
                    body = fix.CopyInsideSwitch(new[] { after }) is { } copy
                        ? (after is ThrowStatementSyntax ? copy : copy.Concat(new[] { Break() }).ToList())
                        : new StatementSyntax[] { Break() };
                    break;
                case FallbackKind.Throws when fix.Shape.FallbackNode is SwitchSectionSyntax section:
                    fallbackSection = section;
                    body = fix.CopyInsideSwitch(section.Statements);
                    break;
                default:
                    return null;
            }

            // New unguarded labels must come after any 'case X when ...:' of theirs, or that case becomes unreachable.
            int fallbackIndex = fallbackSection != null ? statement.Sections.IndexOf(fallbackSection) : statement.Sections.Count;
            bool guardedAfterFallback = statement.Sections.Skip(fallbackIndex + 1)
                .Any(section => section.Labels.Any(l => l is CasePatternSwitchLabelSyntax { WhenClause: not null }));

            // Written out line by line at the sections' indentation (see FixLayout): no formatter pass.
            string indentation = SectionIndentation(fix, statement);
            if (fallbackSection != null && body == null)
            {
                if (guardedAfterFallback)
                {
                    return null;
                }

                // A section with several labels cannot use a pattern variable of one of them ('case var other:'): no fix.
                if (fallbackSection.Labels.Any(l => l.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Any()))
                {
                    return null;
                }

                // The fallback cannot be copied (it declares locals, say): give its section the labels instead.
                var first = fallbackSection.GetFirstToken();
                var labels = fix.Groups.SelectMany(g => Labels(fix, g, indentation)).ToList();
                var previous = first.GetPreviousToken();
                var opened = statement.ReplaceTokens(
                    new[] { previous, first },
                    (original, _) => original == previous
                        ? FixLayout.EndingLine(original, fix.EndOfLine)
                        : FixLayout.StartingLine(original, FixLayout.StartsLine(original), indentation));
                var section = opened.Sections[fallbackIndex];
                return opened.WithSections(opened.Sections.Replace(section, section.WithLabels(SyntaxFactory.List(labels.Concat(section.Labels)))));
            }

            var statements = body!.Select(s => s.WithLeadingTrivia(FixLayout.Whitespace(indentation + fix.IndentUnit)).WithTrailingTrivia(fix.EndOfLine)).ToList();
            var sections = fix.Groups
                .Select(g => SyntaxFactory.SwitchSection(SyntaxFactory.List(Labels(fix, g, indentation)), SyntaxFactory.List(statements)))
                .ToList();
            int index = guardedAfterFallback ? statement.Sections.Count : fallbackIndex;

            // The line before the new sections must end, and what follows them (a section, or the closing brace) start a new line.
            var before = index == 0 ? statement.OpenBraceToken : statement.Sections[index - 1].GetLastToken();
            var next = index < statement.Sections.Count ? statement.Sections[index].GetFirstToken() : statement.CloseBraceToken;
            string afterIndentation = index < statement.Sections.Count ? indentation : FixLayout.IndentationOf(statement.OpenBraceToken);
            var laidOut = statement.ReplaceTokens(
                new[] { before, next },
                (original, _) => original == before
                    ? FixLayout.EndingLine(original, fix.EndOfLine)
                    : FixLayout.StartingLine(original, FixLayout.StartsLine(original), afterIndentation));
            return laidOut.WithSections(SyntaxFactory.List(laidOut.Sections.Take(index).Concat(sections).Concat(laidOut.Sections.Skip(index))));
        }

        /// <summary>
        /// Where the sections start their lines: as the first section does, else one level under the line of the opening brace.
        /// </summary>
        private static string SectionIndentation(EnumMatchFix fix, SwitchStatementSyntax statement)
            => statement.Sections.Count > 0 && FixLayout.StartsLine(statement.Sections[0].GetFirstToken())
                ? FixLayout.IndentationOf(statement.Sections[0].GetFirstToken())
                : FixLayout.IndentationOf(statement.OpenBraceToken) + fix.IndentUnit;

        /// <summary>'break;' without elastic trivia.</summary>
        private static StatementSyntax Break()
            => SyntaxFactory.BreakStatement(default, FixLayout.Token(SyntaxKind.BreakKeyword), FixLayout.Token(SyntaxKind.SemicolonToken));

        /// <summary>'case Enum.Member:', one a line, the group's comment above the first.</summary>
        private static IEnumerable<SwitchLabelSyntax> Labels(EnumMatchFix fix, MemberGroup group, string indentation)
        {
            for (int i = 0; i < group.MemberNames.Length; i++)
            {
                var leading = i == 0 ? fix.FirstLineTrivia(group, indentation) : FixLayout.Whitespace(indentation);
                yield return SyntaxFactory.CaseSwitchLabel(
                    FixLayout.Token(SyntaxKind.CaseKeyword, leading, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                    fix.MemberAccess(group.MemberNames[i]),
                    FixLayout.Token(SyntaxKind.ColonToken, default, SyntaxFactory.TriviaList(fix.EndOfLine)));
            }
        }
    }
}
