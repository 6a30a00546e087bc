using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// A project's diagnostics, computed once, per document as an IDE's diagnostic service gives them to Fix All. Shared by
    /// the <c>--fix-all-project</c> benchmark and <c>FixAllProjectTests</c> (linked there, like <see cref="FixAllProject"/>).
    /// </summary>
    internal sealed class ProjectDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _all;
        private readonly ILookup<string, Diagnostic> _byFile;

        public ProjectDiagnostics(ImmutableArray<Diagnostic> diagnostics)
        {
            _all = diagnostics;
            _byFile = diagnostics.ToLookup(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal);
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(_all);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(_byFile[document.FilePath ?? string.Empty]);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }
}
