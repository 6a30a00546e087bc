using System;
using System.Collections.Generic;
using System.Linq;
using Clst.Analyzers.Benchmarks.Measurement;

namespace Clst.Analyzers.Benchmarks.Editor
{
    /// <summary>The analyzer groups the editor scenario times, each in its own <c>CompilationWithAnalyzers</c>.</summary>
    internal static class EditorGroups
    {
        public const string Ours = "ours";
        public const string Floor = "no-op floor";
        public const string Ide = "IDE0010+IDE0072";
    }

    /// <summary>One group's figures on one document, over the measured edits.</summary>
    internal sealed class EditorGroupResult
    {
        /// <summary>Wall time of the document's analyzer diagnostics (syntax and semantic), binding of the document included.</summary>
        public Series WallMs { get; } = new Series();

        /// <summary>The analyzers' own logged execution time in that request (<c>logAnalyzerExecutionTime</c>).</summary>
        public Series AnalyzerMs { get; } = new Series();

        public Series AllocatedMegabytes { get; } = new Series();

        /// <summary>Diagnostics the group reported on the document (last edit), by ID.</summary>
        public SortedDictionary<string, int> Diagnostics { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>One document of the editor scenario and each group's figures on it.</summary>
    internal sealed class EditorDocumentResult
    {
        public string Kind { get; init; } = string.Empty;

        public string Size { get; init; } = string.Empty;

        public string Path { get; init; } = string.Empty;

        public int Lines { get; init; }

        public int CompilerErrors { get; set; }

        public Dictionary<string, EditorGroupResult> Groups { get; } = new(StringComparer.Ordinal);

        public EditorGroupResult? Group(string name) => Groups.TryGetValue(name, out var group) ? group : null;

        /// <summary>p95 of <paramref name="numerator"/> over p95 of <paramref name="denominator"/> (wall time), or NaN.</summary>
        public double P95Ratio(string numerator, string denominator)
        {
            var n = Group(numerator)?.WallMs.P95 ?? double.NaN;
            var d = Group(denominator)?.WallMs.P95 ?? double.NaN;
            return d > 0 ? n / d : double.NaN;
        }
    }

    /// <summary>Everything the editor scenario measured.</summary>
    internal sealed class EditorResult
    {
        public int CorpusFiles { get; init; }

        /// <summary>The generated clients' sources in the project, besides its <see cref="CorpusFiles"/>.</summary>
        public int GeneratedClientSources { get; init; }

        public int CorpusLines { get; init; }

        public int Edits { get; init; }

        public int Warmup { get; init; }

        public double SecondsTaken { get; set; }

        public List<EditorDocumentResult> Documents { get; } = new();

        public List<string> Notes { get; } = new();

        public bool HasGroup(string name) => Documents.Any(d => d.Groups.ContainsKey(name));
    }
}
