using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.EnumMatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Clst.Analyzers.CodeFixes.EnumMatch
{
    /// <summary>
    /// CLST003–CLST005, "Handle the rest explicitly": where the match has no fallback at all, adds one that does not throw —
    /// <c>default: break;</c> for a switch statement whose unhandled members were silently ignored (behaviour unchanged, the
    /// choice now visible), <c>_ =&gt; false</c> / <c>_ =&gt; null</c> for a switch expression whose result type has that obvious
    /// neutral value (<c>bool</c>; a nullable value type; an annotated reference type). Never rewrites an existing fallback, and
    /// is not offered when the result type has no obvious neutral value, when a throw follows the switch, or on if-chains.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandleRestExplicitlyCodeFixProvider))]
    [Shared]
    public sealed class HandleRestExplicitlyCodeFixProvider : CodeFixProvider
    {
        /// <summary>The action's name in its equivalence key, <c>CLSTnnn.HandleRestExplicitly</c>.</summary>
        public const string ActionName = "HandleRestExplicitly";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.IncompleteOrderStatusMatch, RuleIds.IncompleteTimeInForceMatch, RuleIds.IncompleteContractEnumMatch);

        /// <summary>The equivalence key of the action on a diagnostic of <paramref name="diagnosticId"/>: Fix All fixes one rule at a time.</summary>
        public static string EquivalenceKeyFor(string diagnosticId) => EquivalenceKey;

        /// <summary>
        /// One key for the three enum rules (CLST003–CLST005 share this fixer): `dotnet format` and Fix All apply the
        /// fixes of one equivalence key, and per-rule keys left CLST004 and CLST005 unfixed beside CLST003.
        /// </summary>
        public const string EquivalenceKey = "CLST003-CLST005." + ActionName;

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var fix = await EnumMatchFix.TryCreateAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (fix == null)
                {
                    continue;
                }

                var (newMatch, title) = Build(fix, context.CancellationToken);
                if (newMatch == null)
                {
                    continue;
                }

                var document = fix.Replace(newMatch);
                context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(document), EquivalenceKeyFor(diagnostic.Id)), diagnostic);
            }
        }

        private static (SyntaxNode? Match, string Title) Build(EnumMatchFix fix, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (fix.Match)
            {
                case SwitchStatementSyntax statement when fix.Shape.Fallback == FallbackKind.None:
                {
                    var section = SyntaxFactory.SwitchSection(
                            SyntaxFactory.SingletonList<SwitchLabelSyntax>(SyntaxFactory.DefaultSwitchLabel()
                                .WithColonToken(SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(fix.EndOfLine))),
                            SyntaxFactory.SingletonList<StatementSyntax>(SyntaxFactory.BreakStatement().WithTrailingTrivia(fix.EndOfLine)))
                        .WithAdditionalAnnotations(Formatter.Annotation);
                    return (statement.AddSections(section), "Handle the rest explicitly: 'default: break;'");
                }

                case SwitchExpressionSyntax expression when fix.Shape.Fallback == FallbackKind.Implicit && fix.Neutral is "false" or "null":
                {
                    var value = fix.Neutral == "false"
                        ? SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression)
                        : SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression);
                    var arm = SyntaxFactory.SwitchExpressionArm(SyntaxFactory.DiscardPattern(), value).WithAdditionalAnnotations(Formatter.Annotation);
                    var arms = fix.InsertArms(expression.Arms, expression.Arms.Count, new[] { arm });
                    return (expression.WithArms(arms), "Handle the rest explicitly: '_ => " + fix.Neutral + "'");
                }

                default:
                    return (null, string.Empty);
            }
        }
    }
}
