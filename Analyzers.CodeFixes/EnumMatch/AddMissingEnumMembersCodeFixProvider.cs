using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        /// <summary>The action's name in its equivalence key, <c>CLSTnnn.AddMissingMembers</c>.</summary>
        public const string ActionName = "AddMissingMembers";

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
                var newMatch = fix == null ? null : Build(fix, context.CancellationToken);
                if (fix == null || newMatch == null)
                {
                    continue;
                }

                var document = fix.Replace(newMatch);
                context.RegisterCodeFix(
                    CodeAction.Create("Add the missing members", _ => Task.FromResult(document), EquivalenceKeyFor(diagnostic.Id)),
                    diagnostic);
            }
        }

        private static SyntaxNode? Build(EnumMatchFix fix, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return fix.Match switch
            {
                SwitchStatementSyntax statement => MissingSections.Build(fix, statement),
                SwitchExpressionSyntax expression => MissingArms.Build(fix, expression),
                _ => null,
            };
        }
    }
}
