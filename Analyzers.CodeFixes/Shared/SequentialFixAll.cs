using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Clst.Analyzers.CodeFixes.Shared
{
    /// <summary>
    /// Fix All done one way for every fixer: the document's diagnostics are applied one after the other, each on the
    /// document the previous fix left, their nodes found again by annotation; a fix that can no longer be made is skipped.
    /// A document with one diagnostic (and the single fix) is fixed as it is, its nodes found by their spans.
    /// Fixes that insert declarations or imports therefore never collide, and the single fix takes the same path.
    /// </summary>
    /// <remarks>
    /// A fixer supplies which diagnostics it fixes and the fix itself: a function from a document and a
    /// <see cref="FixTarget"/> to the fixed document and the action's title, or null when the fix cannot be made safely.
    /// </remarks>
    internal sealed class SequentialFixAll
    {
        private readonly string _annotationKind;
        private readonly Func<Diagnostic, bool> _applies;
        private readonly Func<Document, FixTarget, CancellationToken, Task<(Document Document, string Title)?>> _fix;
        private readonly Func<Document, CancellationToken, Task<Document>>? _finish;

        /// <param name="annotationKind">The annotation kind that marks the targets: one per fixer family, e.g. <c>Clst.CLST001.Target</c>.</param>
        /// <param name="applies">True when a diagnostic's facts allow the fix at all.</param>
        /// <param name="fix">The fix of one target in a document.</param>
        /// <param name="finish">What is done to the document once all its fixes are applied (none when null).</param>
        public SequentialFixAll(
            string annotationKind,
            Func<Diagnostic, bool> applies,
            Func<Document, FixTarget, CancellationToken, Task<(Document Document, string Title)?>> fix,
            Func<Document, CancellationToken, Task<Document>>? finish = null)
        {
            _annotationKind = annotationKind;
            _applies = applies;
            _fix = fix;
            _finish = finish;
        }

        /// <summary>The Fix All provider: every applicable diagnostic of each document, one after the other.</summary>
        public FixAllProvider CreateProvider() => FixAllProvider.Create(FixDocumentAsync);

        /// <summary>One diagnostic's fix, on the document as it is: the fixed document (finished) and its title, or null.</summary>
        public async Task<(Document Document, string Title)?> FixOneAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!_applies(diagnostic))
            {
                return null;
            }

            var target = await TargetInAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            if (target == null)
            {
                return null;
            }

            var result = await _fix(document, target, cancellationToken).ConfigureAwait(false);
            if (result is not { } fixedDocument)
            {
                return null;
            }

            return (await FinishAsync(fixedDocument.Document, cancellationToken).ConfigureAwait(false), fixedDocument.Title);
        }

        private async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var applicable = diagnostics.Where(_applies).OrderBy(d => d.Location.SourceSpan.Start).ToList();
            if (applicable.Count == 0)
            {
                return null;
            }

            if (applicable.Count == 1)
            {
                // The usual case over a project: the fix works on the document as it is, whose semantic model the
                // compilation of the solution already holds; an annotated copy would need a compilation of its own.
                var single = await FixOneAsync(document, applicable[0], context.CancellationToken).ConfigureAwait(false);
                return single?.Document;
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

                var result = await _fix(current, target, context.CancellationToken).ConfigureAwait(false);
                if (result is { } fixedDocument)
                {
                    current = fixedDocument.Document;
                }
            }

            return await FinishAsync(current, context.CancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The nodes of one diagnostic in the document as it is, found by their spans (no annotation: the fix then works on
        /// the document itself, and the semantic model it asks for is the one the solution's compilation already has).
        /// </summary>
        private static async Task<FixTarget?> TargetInAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            var additional = ImmutableArray.CreateBuilder<SyntaxNode?>();
            foreach (var location in diagnostic.AdditionalLocations)
            {
                additional.Add(location.SourceTree == root.SyntaxTree ? root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) : null);
            }

            return new FixTarget(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), additional.ToImmutable(), diagnostic.Properties);
        }

        private Task<Document> FinishAsync(Document document, CancellationToken cancellationToken)
            => _finish == null ? Task.FromResult(document) : _finish(document, cancellationToken);

        /// <summary>Marks each diagnostic's node and additional nodes (<c>index:main</c>, <c>index:j</c>) so that they can be found after other edits.</summary>
        private async Task<Document?> AnnotateAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
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

                list.Add(new SyntaxAnnotation(_annotationKind, data));
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

        private async Task<FixTarget?> FindAsync(Document document, int index, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return null;
            }

            SyntaxNode? Find(string data)
            {
                foreach (var node in root.GetAnnotatedNodes(_annotationKind))
                {
                    foreach (var annotation in node.GetAnnotations(_annotationKind))
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
