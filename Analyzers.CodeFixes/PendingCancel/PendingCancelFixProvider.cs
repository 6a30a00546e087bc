using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.CodeFixes.PendingCancel
{
    /// <summary>The nodes a CLST001 diagnostic points at, found again in a document that earlier fixes may have changed.</summary>
    internal sealed class FixTarget
    {
        public FixTarget(SyntaxNode node, ImmutableArray<SyntaxNode?> additional, ImmutableDictionary<string, string?> properties)
        {
            Node = node;
            Additional = additional;
            Properties = properties;
        }

        /// <summary>The diagnostic's own node (a PENDING_CANCEL reference, a cancel call).</summary>
        public SyntaxNode Node { get; }

        /// <summary>The additional locations' nodes (the construct, the pending branch), null when not found.</summary>
        public ImmutableArray<SyntaxNode?> Additional { get; }

        public ImmutableDictionary<string, string?> Properties { get; }
    }

    /// <summary>
    /// The shared shape of the CLST001 fixers: a fix is computed (and checked) before it is offered, and Fix All applies the
    /// fixes of a document one after the other, each on the document the previous one left, so that fixes that insert
    /// declarations or imports never collide.
    /// </summary>
    public abstract class PendingCancelFixProvider : CodeFixProvider
    {
        private const string TargetAnnotationKind = "Clst.CLST001.Target";

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PendingCancelTreatedAsFinal);

        public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        /// <summary>The equivalence key of the fixer's code action.</summary>
        protected abstract string EquivalenceKey { get; }

        /// <summary>True when the diagnostic's facts allow this fix at all.</summary>
        private protected abstract bool Applies(ImmutableDictionary<string, string?> properties);

        /// <summary>The fixed document and the action's title, or null when the fix cannot be made safely.</summary>
        private protected abstract Task<(Document Document, string Title)?> FixAsync(Document document, FixTarget target, CancellationToken cancellationToken);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!Applies(diagnostic.Properties))
                {
                    continue;
                }

                var annotated = await AnnotateAsync(context.Document, new[] { diagnostic }, context.CancellationToken).ConfigureAwait(false);
                if (annotated == null)
                {
                    continue;
                }

                var target = await FindAsync(annotated, 0, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (target == null)
                {
                    continue;
                }

                var fixedDocument = await FixAsync(annotated, target, context.CancellationToken).ConfigureAwait(false);
                if (fixedDocument is { } result)
                {
                    var reparsed = await ReparsedAsync(result.Document, context.CancellationToken).ConfigureAwait(false);
                    context.RegisterCodeFix(
                        CodeAction.Create(result.Title, _ => Task.FromResult(reparsed), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var applicable = diagnostics.Where(d => Applies(d.Properties)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
            if (applicable.Count == 0)
            {
                return null;
            }

            var current = await AnnotateAsync(document, applicable, context.CancellationToken).ConfigureAwait(false);
            if (current == null)
            {
                return null;
            }

            for (int i = 0; i < applicable.Count; i++)
            {
                var target = await FindAsync(current, i, applicable[i], context.CancellationToken).ConfigureAwait(false);
                if (target == null)
                {
                    continue;
                }

                var result = await FixAsync(current, target, context.CancellationToken).ConfigureAwait(false);
                if (result is { } fixedDocument)
                {
                    current = fixedDocument.Document;
                }
            }

            return await ReparsedAsync(current, context.CancellationToken).ConfigureAwait(false);
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

        /// <summary>Marks each diagnostic's node and additional nodes so that they can be found after other edits.</summary>
        private static async Task<Document?> AnnotateAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return null;
            }

            var marks = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
            void Mark(SyntaxNode node, string data)
            {
                if (!marks.TryGetValue(node, out var list))
                {
                    list = new List<SyntaxAnnotation>();
                    marks.Add(node, list);
                }

                list.Add(new SyntaxAnnotation(TargetAnnotationKind, data));
            }

            for (int i = 0; i < diagnostics.Count; i++)
            {
                var diagnostic = diagnostics[i];
                if (diagnostic.Location.SourceTree != root.SyntaxTree)
                {
                    continue;
                }

                Mark(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), i + ":main");
                for (int j = 0; j < diagnostic.AdditionalLocations.Count; j++)
                {
                    var location = diagnostic.AdditionalLocations[j];
                    if (location.SourceTree == root.SyntaxTree)
                    {
                        Mark(root.FindNode(location.SourceSpan, getInnermostNodeForTie: true), i + ":" + j);
                    }
                }
            }

            var annotated = root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original]));
            return document.WithSyntaxRoot(annotated);
        }

        private static async Task<FixTarget?> FindAsync(Document document, int index, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return null;
            }

            SyntaxNode? Find(string data)
            {
                foreach (var node in root.GetAnnotatedNodes(TargetAnnotationKind))
                {
                    foreach (var annotation in node.GetAnnotations(TargetAnnotationKind))
                    {
                        if (annotation.Data == data)
                        {
                            return node;
                        }
                    }
                }

                return null;
            }

            var main = Find(index + ":main");
            if (main == null)
            {
                return null;
            }

            var additional = ImmutableArray.CreateBuilder<SyntaxNode?>();
            for (int j = 0; j < diagnostic.AdditionalLocations.Count; j++)
            {
                additional.Add(Find(index + ":" + j));
            }

            return new FixTarget(main, additional.ToImmutable(), diagnostic.Properties);
        }
    }
}
