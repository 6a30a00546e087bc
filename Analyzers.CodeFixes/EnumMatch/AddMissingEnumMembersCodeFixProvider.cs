using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Clst.Analyzers.CodeFixes.EnumMatch
{
    /// <summary>
    /// CLST003–CLST005, "Add the missing members": lists every unhandled member, each doing what the code did for it before
    /// (nothing for a switch statement with no default; the fallback's throw otherwise), placed before the fallback in
    /// declaration order; the order status's members grouped by lifecycle group under a one-line comment. Not offered on
    /// if/else-if chains, nor where a faithful copy of the fallback cannot be made.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingEnumMembersCodeFixProvider))]
    [Shared]
    public sealed class AddMissingEnumMembersCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "Clst.EnumMatch.AddMissingMembers";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.IncompleteOrderStatusMatch, RuleIds.IncompleteTimeInForceMatch, RuleIds.IncompleteContractEnumMatch);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var fix = await EnumMatchFix.TryCreateAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                var newMatch = fix == null ? null : Build(fix, context.CancellationToken);
                if (fix == null || newMatch == null)
                {
                    continue;
                }

                var document = fix.Replace(newMatch);
                context.RegisterCodeFix(
                    CodeAction.Create("Add the missing members", _ => Task.FromResult(document), EquivalenceKey),
                    diagnostic);
            }
        }

        private static SyntaxNode? Build(EnumMatchFix fix, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return fix.Match switch
            {
                SwitchStatementSyntax statement => BuildStatement(fix, statement),
                SwitchExpressionSyntax expression => BuildExpression(fix, expression),
                _ => null,
            };
        }

        // ------------------------------------------------------------------ switch statement

        private static SyntaxNode? BuildStatement(EnumMatchFix fix, SwitchStatementSyntax statement)
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
                var labels = fix.Groups.SelectMany(g => Labels(fix, g)).ToList();
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
                    .WithColonToken(SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(fix.EndOfLine))
                    .WithAdditionalAnnotations(Formatter.Annotation);
                yield return i == 0 ? label.WithLeadingTrivia(fix.CommentTrivia(group)) : label;
            }
        }

        // ------------------------------------------------------------------ switch expression

        private static SyntaxNode? BuildExpression(EnumMatchFix fix, SwitchExpressionSyntax expression)
        {
            ExpressionSyntax? thrown;
            int index;
            switch (fix.Shape.Fallback)
            {
                case FallbackKind.Implicit:
                    thrown = CompilerThrow(fix);
                    index = expression.Arms.Count;
                    break;
                case FallbackKind.Throws when fix.Shape.FallbackNode is SwitchExpressionArmSyntax fallbackArm:
                    thrown = fix.CopyInsideSwitch(new[] { fallbackArm.Expression })?[0];
                    index = expression.Arms.IndexOf(fallbackArm);
                    break;
                default:
                    return null;
            }

            if (thrown == null || index < 0)
            {
                return null;
            }

            var newArms = fix.Groups.Select(g => Arm(fix, g, thrown)).ToList();
            return expression.WithArms(InsertArms(fix, expression.Arms, index, newArms));
        }

        /// <summary>What the compiler's code throws for an unmatched value: <c>SwitchExpressionException(value)</c> where it exists.</summary>
        private static ExpressionSyntax CompilerThrow(EnumMatchFix fix)
        {
            var generator = SyntaxGenerator.GetGenerator(fix.Document);
            var exceptionType = fix.Model.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.SwitchExpressionException");
            SyntaxNode creation;
            if (exceptionType == null)
            {
                // No SwitchExpressionException (netstandard2.0, .NET Framework): the compiler throws InvalidOperationException.
                var invalid = fix.Model.Compilation.GetTypeByMetadataName("System.InvalidOperationException");
                creation = generator.ObjectCreationExpression(invalid == null ? SyntaxFactory.ParseTypeName("System.InvalidOperationException") : generator.TypeExpression(invalid));
            }
            else
            {
                var value = fix.Shape.Value;
                while (value is Microsoft.CodeAnalysis.Operations.IConversionOperation { IsImplicit: true } conversion)
                {
                    value = conversion.Operand;
                }

                var type = generator.TypeExpression(exceptionType).WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
                creation = EnumMatchShape.IsStableReference(value) && value.Syntax is ExpressionSyntax valueSyntax
                    ? generator.ObjectCreationExpression(type, valueSyntax.WithoutTrivia())
                    : generator.ObjectCreationExpression(type);
            }

            return SyntaxFactory.ThrowExpression((ExpressionSyntax)creation).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        private static SwitchExpressionArmSyntax Arm(EnumMatchFix fix, MemberGroup group, ExpressionSyntax thrown)
        {
            // One member a line: 'A' then 'or B' lines one level under the arm (the formatter moves the lines with the arm).
            var continuation = SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(fix.IndentUnit));
            PatternSyntax? pattern = null;
            foreach (var name in group.MemberNames)
            {
                var constant = SyntaxFactory.ConstantPattern(fix.MemberAccess(name));
                pattern = pattern == null
                    ? constant
                    : SyntaxFactory.BinaryPattern(
                        SyntaxKind.OrPattern,
                        pattern.WithTrailingTrivia(fix.EndOfLine),
                        SyntaxFactory.Token(continuation, SyntaxKind.OrKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                        constant);
            }

            return SyntaxFactory.SwitchExpressionArm(pattern!, thrown)
                .WithLeadingTrivia(fix.CommentTrivia(group))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>Inserts arms at <paramref name="index"/>, each on its own line, keeping the list's trailing comma (or its absence).</summary>
        internal static SeparatedSyntaxList<SwitchExpressionArmSyntax> InsertArms(
            EnumMatchFix fix,
            SeparatedSyntaxList<SwitchExpressionArmSyntax> arms,
            int index,
            IReadOnlyList<SwitchExpressionArmSyntax> newArms)
        {
            var nodes = arms.ToList();
            bool trailingComma = arms.SeparatorCount == arms.Count && arms.Count > 0;
            var items = new List<SyntaxNodeOrToken>();
            var all = nodes.Take(index).Concat(newArms).Concat(nodes.Skip(index)).ToList();
            for (int i = 0; i < all.Count; i++)
            {
                var arm = all[i];
                bool last = i == all.Count - 1;
                if (last && !trailingComma)
                {
                    items.Add(nodes.Contains(arm) ? arm : arm.WithTrailingTrivia(fix.EndOfLine));
                    break;
                }

                // An arm that had trivia after it (its line break) hands it to the comma that now follows it.
                var trailing = arm.GetTrailingTrivia();
                var comma = SyntaxFactory.Token(SyntaxKind.CommaToken);
                int original = nodes.IndexOf(arm);
                if (original >= 0 && original < arms.SeparatorCount)
                {
                    comma = arms.GetSeparator(original);
                }
                else
                {
                    comma = comma.WithTrailingTrivia(trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ? trailing : SyntaxFactory.TriviaList(fix.EndOfLine));
                    arm = arm.WithoutTrailingTrivia();
                }

                items.Add(arm);
                items.Add(comma);
            }

            return SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(items);
        }
    }
}
