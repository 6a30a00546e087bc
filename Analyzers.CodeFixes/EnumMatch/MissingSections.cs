using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

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
                    body = new StatementSyntax[] { SyntaxFactory.BreakStatement() };
                    break;
                case FallbackKind.ThrowsAfter when fix.Shape.FallbackNode is StatementSyntax after:
                    // The members fell out of the switch into this throw: throw the same here, or fall out as before.
                    // A throw helper's call is followed by 'break;' (the compiler does not know that it never returns).
                    body = fix.CopyInsideSwitch(new[] { after }) is { } copy
                        ? (after is ThrowStatementSyntax ? copy : copy.Concat(new[] { SyntaxFactory.BreakStatement() }).ToList())
                        : new StatementSyntax[] { SyntaxFactory.BreakStatement() };
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
                // The labels are formatted with their section (one span for the formatter, not one per label).
            var labels = fix.Groups.SelectMany(g => Labels(fix, g)).Select(l => l.WithAdditionalAnnotations(Formatter.Annotation)).ToList();
                var newSection = fallbackSection.WithLabels(SyntaxFactory.List(labels.Concat(fallbackSection.Labels)));
                return statement.ReplaceNode(fallbackSection, newSection);
            }

            var statements = body!.Select(s => s.WithTrailingTrivia(fix.EndOfLine)).ToList();
            var sections = fix.Groups
                .Select(g => SyntaxFactory.SwitchSection(SyntaxFactory.List(Labels(fix, g)), SyntaxFactory.List(statements))
                    .WithAdditionalAnnotations(Formatter.Annotation))
                .ToList();
            int index = guardedAfterFallback ? statement.Sections.Count : fallbackIndex;
            return statement.WithSections(SyntaxFactory.List(statement.Sections.Take(index).Concat(sections).Concat(statement.Sections.Skip(index))));
        }

        private static IEnumerable<SwitchLabelSyntax> Labels(EnumMatchFix fix, MemberGroup group)
        {
            for (int i = 0; i < group.MemberNames.Length; i++)
            {
                var label = SyntaxFactory.CaseSwitchLabel(fix.MemberAccess(group.MemberNames[i]))
                    .WithColonToken(SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(fix.EndOfLine));
                yield return i == 0 ? label.WithLeadingTrivia(fix.CommentTrivia(group)) : label;
            }
        }
    }
}
