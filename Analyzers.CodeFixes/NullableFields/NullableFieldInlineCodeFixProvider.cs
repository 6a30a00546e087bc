using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// CLST002's Inline fixes, two separate actions: <c>?.</c> where the result may be null, and <c>?? value</c> with the
    /// neutral value named in the title (the user chooses it; a missing price is never silently 0).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullableFieldInlineCodeFixProvider))]
    [Shared]
    public sealed class NullableFieldInlineCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NullableOptionalField);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            var document = context.Document;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (NullableFieldInline.Conditional(root, model, diagnostic, context.CancellationToken) is { } conditional)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(conditional.Title, ct => NullableFieldInline.ApplyAsync(document, conditional, ct), NullableFieldFixes.Conditional),
                        diagnostic);
                }

                if (NullableFieldInline.Coalesce(root, model, diagnostic, context.CancellationToken) is { } coalesce)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(coalesce.Title, ct => NullableFieldInline.ApplyAsync(document, coalesce, ct), NullableFieldFixes.Coalesce),
                        diagnostic);
                }
            }
        }
    }
}
