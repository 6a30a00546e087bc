using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.Shared;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Clst.Analyzers.CodeFixes.EnumMatch
{
    /// <summary>
    /// What both enum-match fixes need, read back from a CLST003–CLST005 diagnostic: the switch, its shape (read again with the
    /// analyzer's <see cref="EnumMatchShape"/>), the missing members grouped as the analyzer passed them in
    /// <see cref="EnumMatchDiagnosticProperties"/>, and helpers to write labels, patterns and copies. <see cref="TryCreateAsync"/> returns null
    /// when the code no longer matches the diagnostic (then no fix is offered).
    /// </summary>
    internal sealed class EnumMatchFix
    {
        private EnumMatchFix(
            Document document,
            SyntaxNode root,
            SemanticModel model,
            SyntaxNode match,
            EnumMatchShape shape,
            ImmutableArray<MemberGroup> groups,
            string? neutral,
            SyntaxTrivia endOfLine)
        {
            Document = document;
            Root = root;
            Model = model;
            Match = match;
            Shape = shape;
            Groups = groups;
            Neutral = neutral;
            EndOfLine = endOfLine;
        }

        public Document Document { get; }

        public SyntaxNode Root { get; }

        public SemanticModel Model { get; }

        /// <summary>The <see cref="SwitchStatementSyntax"/> or <see cref="SwitchExpressionSyntax"/>.</summary>
        public SyntaxNode Match { get; }

        public EnumMatchShape Shape { get; }

        public ImmutableArray<MemberGroup> Groups { get; }

        /// <summary>The neutral value of a switch expression's result type (<c>false</c>, <c>null</c>), when it has one.</summary>
        public string? Neutral { get; }

        public SyntaxTrivia EndOfLine { get; }

        /// <summary>One level of indentation: four spaces, or a tab where the file indents with tabs.</summary>
        public string IndentUnit => FixLayout.IndentationOf(Match.GetFirstToken()).Contains("\t") ? "\t" : "    ";

        public static async Task<EnumMatchFix?> TryCreateAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            // An if-chain has no fix: its diagnostic is not read further.
            if (EnumMatchDiagnosticProperties.TryRead(diagnostic) is not { } properties
                || properties.Form is not (MatchForm.SwitchStatement or MatchForm.SwitchExpression))
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return null;
            }

            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            if (!token.IsKind(SyntaxKind.SwitchKeyword) || token.Parent is not (SwitchStatementSyntax or SwitchExpressionSyntax))
            {
                return null;
            }

            var match = token.Parent;

            // A directive inside the match (#if, #region, #pragma…) is trivia the new sections or arms would land beside: the fix
            // could move it, or add members an inactive region already names. Not offered there (docs/rules/CLST003.md). A directive
            // just before the switch (in its first token's leading trivia) is kept as it is: the fix does not touch it.
            if (Directives.Inside(match))
            {
                return null;
            }
            if (model.GetOperation(match, cancellationToken) is not { } operation
                || EnumMatchShape.TryRead(operation, cancellationToken) is not { } shape
                || shape.Fallback != properties.Fallback
                || shape.Form != properties.Form)
            {
                return null;
            }

            // The code must not have changed since the analysis: every member the diagnostic names is still one no case handles.
            var groups = properties.Missing;
            var unhandled = new HashSet<string>(EnumMatchJudge.GetUnhandledMembers(shape).Select(f => f.Name));
            if (groups.Any(g => g.MemberNames.Any(n => !unhandled.Remove(n))))
            {
                return null;
            }

            var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (endOfLine == default)
            {
                endOfLine = SyntaxFactory.CarriageReturnLineFeed;
            }

            return new EnumMatchFix(document, root, model, match, shape, groups, properties.Neutral, endOfLine);
        }

        /// <summary>The document with <paramref name="newMatch"/> in place of the switch.</summary>
        public Document Replace(SyntaxNode newMatch) => Document.WithSyntaxRoot(Root.ReplaceNode(Match, newMatch));

        /// <summary>
        /// <c>EnumType.Member</c>, the type written as the file's usings allow at the match. The type's name is worked out once
        /// per fix (not one simplification per member): the fix costs the same for each member it adds.
        /// </summary>
        public ExpressionSyntax MemberAccess(string memberName)
            => SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                EnumTypeName,
                FixLayout.Token(SyntaxKind.DotToken),
                SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(SyntaxFactory.TriviaList(), memberName, SyntaxFactory.TriviaList())));

        private ExpressionSyntax? _enumTypeName;

        /// <summary>The enum's name as written at the match: the minimal name that binds there, else the fully qualified one.</summary>
        private ExpressionSyntax EnumTypeName => _enumTypeName ??= MinimalTypeName();

        private ExpressionSyntax MinimalTypeName()
        {
            var minimal = SyntaxFactory.ParseTypeName(Shape.EnumType.ToMinimalDisplayString(Model, Match.SpanStart));
            var bound = Model.GetSpeculativeTypeInfo(Match.SpanStart, minimal, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
            return SymbolEqualityComparer.Default.Equals(bound, Shape.EnumType)
                ? minimal
                : SyntaxFactory.ParseTypeName(Shape.EnumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }

        /// <summary>
        /// The leading trivia of a group's first line at <paramref name="indentation"/>: the group's comment on a line of its own
        /// (when it has one), then the indentation.
        /// </summary>
        public SyntaxTriviaList FirstLineTrivia(MemberGroup group, string indentation)
            => group.Comment.Length == 0
                ? FixLayout.Whitespace(indentation)
                : FixLayout.Whitespace(indentation)
                    .Add(SyntaxFactory.Comment("// " + group.Comment))
                    .Add(EndOfLine)
                    .AddRange(FixLayout.Whitespace(indentation));

        /// <summary>
        /// A copy of <paramref name="nodes"/> that means the same where the fix puts it, inside the switch: null when a copy could
        /// declare a name twice (locals, labels, pattern variables) or mention a name declared inside the switch.
        /// </summary>
        public IReadOnlyList<T>? CopyInsideSwitch<T>(IReadOnlyList<T> nodes)
            where T : SyntaxNode
        {
            var declaredInside = new HashSet<string>();
            foreach (var node in Match.DescendantNodes())
            {
                switch (node)
                {
                    case SingleVariableDesignationSyntax designation:
                        declaredInside.Add(designation.Identifier.ValueText);
                        break;
                    case VariableDeclaratorSyntax declarator:
                        declaredInside.Add(declarator.Identifier.ValueText);
                        break;
                    case LocalFunctionStatementSyntax function:
                        declaredInside.Add(function.Identifier.ValueText);
                        break;
                }
            }

            var copies = new List<T>();
            foreach (var node in nodes)
            {
                foreach (var inner in node.DescendantNodesAndSelf())
                {
                    if (inner is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax or LabeledStatementSyntax
                            or SingleVariableDesignationSyntax or DeclarationExpressionSyntax
                        || (inner is IdentifierNameSyntax name && declaredInside.Contains(name.Identifier.ValueText)))
                    {
                        return null;
                    }
                }

                copies.Add(node.WithoutTrivia());
            }

            return copies;
        }

        /// <summary>
        /// Inserts arms at <paramref name="index"/>, each on its own line, keeping the list's trailing comma (or its absence).
        /// The arms are told apart by position, not searched for: the cost follows the number of arms, once.
        /// </summary>
        public SeparatedSyntaxList<SwitchExpressionArmSyntax> InsertArms(
            SeparatedSyntaxList<SwitchExpressionArmSyntax> arms,
            int index,
            IReadOnlyList<SwitchExpressionArmSyntax> newArms)
        {
            bool trailingComma = arms.SeparatorCount == arms.Count && arms.Count > 0;
            int total = arms.Count + newArms.Count;
            var items = new List<SyntaxNodeOrToken>(2 * total);
            for (int i = 0; i < total; i++)
            {
                bool isNew = i >= index && i < index + newArms.Count;
                int original = i < index ? i : i - newArms.Count;
                var arm = isNew ? newArms[i - index] : arms[original];
                if (i == total - 1 && !trailingComma)
                {
                    items.Add(isNew ? arm.WithTrailingTrivia(EndOfLine) : arm);
                    break;
                }

                if (!isNew && original < arms.SeparatorCount)
                {
                    items.Add(arm);
                    items.Add(arms.GetSeparator(original));
                    continue;
                }

                // A new arm, or the old last arm that had no comma: the comma takes the trivia after the arm (its line break).
                var trailing = arm.GetTrailingTrivia();
                items.Add(arm.WithoutTrailingTrivia());
                items.Add(FixLayout.Token(
                    SyntaxKind.CommaToken,
                    default,
                    trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ? trailing : SyntaxFactory.TriviaList(EndOfLine)));
            }

            return SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(items);
        }
    }
}
