using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>Runs every analyzer of the package over a compilation and collects what escaped: exceptions and AD0001s.</summary>
    internal static class AnalyzerRunner
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(TestFrameworks.Language);

        private static readonly IReadOnlyList<MetadataReference> s_references =
            TestCompilation.FrameworkReferences.Append(TestCompilation.ModelReference).ToList();

        public static IReadOnlyList<MetadataReference> References => s_references;

        /// <summary>The look-alike models a corpus file needs beside it (it names their namespaces).</summary>
        public static IEnumerable<string> ModelsFor(string code)
        {
            if (code.Contains("Kiota.Client", StringComparison.Ordinal))
            {
                yield return Models.Kiota;
            }

            if (code.Contains("NSwag.Client", StringComparison.Ordinal))
            {
                yield return Models.NSwag;
            }

            if (code.Contains("Hand.Client", StringComparison.Ordinal))
            {
                yield return Models.HandWritten;
            }
        }

        public static CSharpCompilation Compile(IEnumerable<string> sources, bool isProgram, NullableContextOptions nullable)
        {
            var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(SourceText.From(s), ParseOptions, path: $"/robust/File{i}.cs"));
            return CSharpCompilation.Create(
                "Robustness",
                trees,
                s_references,
                new CSharpCompilationOptions(
                    isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: nullable));
        }

        public static async Task<RunResult> RunAsync(Compilation compilation, bool concurrent, CancellationToken cancellationToken = default)
        {
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(Corpus.Analyzers, options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            return new RunResult(diagnostics, exceptions.ToImmutableArray());
        }

        /// <summary>A stable text of a diagnostic, to compare runs.</summary>
        public static string Describe(Diagnostic diagnostic)
            => $"{diagnostic.Id} {diagnostic.Location.SourceTree?.FilePath}{diagnostic.Location.SourceSpan} {diagnostic.GetMessage()}";
    }

    internal sealed class RunResult
    {
        public RunResult(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> exceptions)
        {
            Diagnostics = diagnostics;
            Exceptions = exceptions;
        }

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        public ImmutableArray<string> Exceptions { get; }
    }
}
