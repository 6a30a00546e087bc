using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// What an analyzer registers: the operation, syntax and symbol kinds of its actions and the kinds of its other actions,
    /// at the top level / compilation start, inside operation-block and code-block starts, and inside symbol starts.
    /// The no-op floor registers the same shape and does nothing in it.
    /// </summary>
    internal sealed class RegistrationShape
    {
        public string Source { get; set; } = string.Empty;

        public bool ConcurrentExecution { get; set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; set; }

        public bool CompilationStart { get; set; }

        public bool CompilationEnd { get; set; }

        public bool Compilation { get; set; }

        public bool SemanticModel { get; set; }

        public bool SyntaxTree { get; set; }

        public bool AdditionalFile { get; set; }

        public bool CodeBlock { get; set; }

        public bool OperationBlock { get; set; }

        public SortedSet<OperationKind> OperationKinds { get; } = new SortedSet<OperationKind>();

        public SortedSet<SyntaxKind> SyntaxKinds { get; } = new SortedSet<SyntaxKind>();

        public SortedSet<SymbolKind> SymbolKinds { get; } = new SortedSet<SymbolKind>();

        /// <summary>Operation-block starts: the kinds registered inside them (found by driving them on sample blocks).</summary>
        public bool OperationBlockStart { get; set; }

        public SortedSet<OperationKind> BlockOperationKinds { get; } = new SortedSet<OperationKind>();

        public bool BlockEnd { get; set; }

        /// <summary>Code-block starts (C# syntax kinds).</summary>
        public bool CodeBlockStart { get; set; }

        public SortedSet<SyntaxKind> CodeBlockSyntaxKinds { get; } = new SortedSet<SyntaxKind>();

        public bool CodeBlockEnd { get; set; }

        /// <summary>Symbol starts: their symbol kinds and what is registered inside them.</summary>
        public SortedSet<SymbolKind> SymbolStartKinds { get; } = new SortedSet<SymbolKind>();

        public SortedSet<OperationKind> SymbolOperationKinds { get; } = new SortedSet<OperationKind>();

        public SortedSet<SyntaxKind> SymbolSyntaxKinds { get; } = new SortedSet<SyntaxKind>();

        public bool SymbolEnd { get; set; }

        public bool SymbolOperationBlockStart { get; set; }

        /// <summary>What could not be recorded exactly (e.g. a start action that threw when driven outside the driver).</summary>
        public List<string> Notes { get; } = new List<string>();

        public bool IsEmpty =>
            !Compilation && !CompilationEnd && !SemanticModel && !SyntaxTree && !AdditionalFile && !CodeBlock && !OperationBlock
            && OperationKinds.Count == 0 && SyntaxKinds.Count == 0 && SymbolKinds.Count == 0 && !OperationBlockStart && !CodeBlockStart
            && SymbolStartKinds.Count == 0;

        public void UnionWith(RegistrationShape other)
        {
            ConcurrentExecution |= other.ConcurrentExecution;
            GeneratedCode ??= other.GeneratedCode;
            CompilationStart |= other.CompilationStart;
            CompilationEnd |= other.CompilationEnd;
            Compilation |= other.Compilation;
            SemanticModel |= other.SemanticModel;
            SyntaxTree |= other.SyntaxTree;
            AdditionalFile |= other.AdditionalFile;
            CodeBlock |= other.CodeBlock;
            OperationBlock |= other.OperationBlock;
            OperationKinds.UnionWith(other.OperationKinds);
            SyntaxKinds.UnionWith(other.SyntaxKinds);
            SymbolKinds.UnionWith(other.SymbolKinds);
            OperationBlockStart |= other.OperationBlockStart;
            BlockOperationKinds.UnionWith(other.BlockOperationKinds);
            BlockEnd |= other.BlockEnd;
            CodeBlockStart |= other.CodeBlockStart;
            CodeBlockSyntaxKinds.UnionWith(other.CodeBlockSyntaxKinds);
            CodeBlockEnd |= other.CodeBlockEnd;
            SymbolStartKinds.UnionWith(other.SymbolStartKinds);
            SymbolOperationKinds.UnionWith(other.SymbolOperationKinds);
            SymbolSyntaxKinds.UnionWith(other.SymbolSyntaxKinds);
            SymbolEnd |= other.SymbolEnd;
            SymbolOperationBlockStart |= other.SymbolOperationBlockStart;
            Notes.AddRange(other.Notes);
        }

        /// <summary>One line per registration, for the report.</summary>
        public IEnumerable<string> Describe()
        {
            if (OperationKinds.Count > 0)
            {
                yield return "operations: " + string.Join(", ", OperationKinds);
            }

            if (SyntaxKinds.Count > 0)
            {
                yield return "syntax nodes: " + string.Join(", ", SyntaxKinds);
            }

            if (SymbolKinds.Count > 0)
            {
                yield return "symbols: " + string.Join(", ", SymbolKinds);
            }

            if (OperationBlockStart)
            {
                yield return "operation-block start -> operations: " + (BlockOperationKinds.Count > 0 ? string.Join(", ", BlockOperationKinds) : "(none seen)")
                             + (BlockEnd ? "; block end" : string.Empty);
            }

            if (CodeBlockStart)
            {
                yield return "code-block start -> syntax nodes: " + (CodeBlockSyntaxKinds.Count > 0 ? string.Join(", ", CodeBlockSyntaxKinds) : "(none seen)")
                             + (CodeBlockEnd ? "; block end" : string.Empty);
            }

            if (SymbolStartKinds.Count > 0)
            {
                yield return "symbol start (" + string.Join(", ", SymbolStartKinds) + ") -> operations: " + string.Join(", ", SymbolOperationKinds)
                             + "; syntax nodes: " + string.Join(", ", SymbolSyntaxKinds) + (SymbolEnd ? "; symbol end" : string.Empty);
            }

            var others = new[]
            {
                (CompilationEnd, "compilation end"), (Compilation, "compilation"), (SemanticModel, "semantic model"), (SyntaxTree, "syntax tree"),
                (AdditionalFile, "additional file"), (CodeBlock, "code block"), (OperationBlock, "operation block"),
            }.Where(p => p.Item1).Select(p => p.Item2).ToList();
            if (others.Count > 0)
            {
                yield return "also: " + string.Join(", ", others);
            }
        }
    }
}
