using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.CodeFixes.PendingCancel
{
    /// <summary>
    /// The shared shape of the CLST001 fixers: a fix is computed (and checked) before it is offered, and Fix All applies the
    /// fixes of a document one after the other (<see cref="SequentialFixAll"/>), so that fixes that insert declarations or
    /// imports never collide. What a fixer may do is read from <c>PendingCancelDiagnosticProperties</c>.
    /// </summary>
    public abstract class PendingCancelFixProvider : CodeFixProvider
    {
        private const string TargetAnnotationKind = "Clst.CLST001.Target";

        private readonly SequentialFixAll _fixes;

        private protected PendingCancelFixProvider()
        {
            _fixes = new SequentialFixAll(TargetAnnotationKind, d => Applies(d.Properties), FixAsync, ReparsedAsync);
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PendingCancelTreatedAsFinal);

        public sealed override FixAllProvider GetFixAllProvider() => _fixes.CreateProvider();

        /// <summary>The equivalence key of the fixer's code action.</summary>
        protected abstract string EquivalenceKey { get; }

        /// <summary>True when the diagnostic's properties allow this fix at all.</summary>
        private protected abstract bool Applies(ImmutableDictionary<string, string?> properties);

        /// <summary>The fixed document and the action's title, or null when the fix cannot be made safely.</summary>
        private protected abstract Task<(Document Document, string Title)?> FixAsync(Document document, FixTarget target, CancellationToken cancellationToken);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var result = await _fixes.FixOneAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (result is { } fixedDocument)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(fixedDocument.Title, _ => Task.FromResult(fixedDocument.Document), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>
        /// The document read back from its text: an edited tree may hold shapes the parser spells differently
        /// (<c>s is A.B</c> is a type test to the parser and a constant pattern to the binder); the text is what counts.
        /// </summary>
        private static async Task<Document> ReparsedAsync(Document document, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(SourceText.From(text.ToString(), text.Encoding, text.ChecksumAlgorithm));
        }
    }
}
