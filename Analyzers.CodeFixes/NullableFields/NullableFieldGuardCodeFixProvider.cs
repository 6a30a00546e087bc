using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// CLST002's Guard fix: <c>if (order.AverageFillPrice is { } averageFillPrice) { ... averageFillPrice ... }</c> around
    /// the statement. Fix All (document, project, solution) joins the values of one statement in one <c>if</c> and keeps
    /// the new names apart.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullableFieldGuardCodeFixProvider))]
    [Shared]
    public sealed class NullableFieldGuardCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NullableOptionalField);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
            async (fixAllContext, document, diagnostics) => await NullableFieldGuard.ApplyAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (NullableFieldGuardSite.TryCreate(root, model, diagnostic, context.CancellationToken) is not { } site)
                {
                    continue;
                }

                var title = "Guard with 'if (" + site.Value.WithoutTrivia() + " is { } " + NullableFieldGuard.ProposedName(site, model) + ")'";
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => NullableFieldGuard.ApplyAsync(document, new[] { diagnostic }, cancellationToken),
                        NullableFieldFixes.Guard),
                    diagnostic);
            }
        }
    }
}
