using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

// The block and symbol start contexts' public constructors are obsolete ("use CompilationWithAnalyzers"): the recorder
// needs them to drive start actions outside the driver, only to see what they register.
#pragma warning disable CS0618

namespace Clst.Analyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Finds what an analyzer registers by running its <c>Initialize</c> against recording contexts: compilation-start
    /// actions run on a sample compilation (the corpus), operation-block, code-block and symbol starts on the sample's
    /// method bodies and types, so that kinds registered only where the contract is in use are seen too.
    /// </summary>
    internal static class ShapeRecorder
    {
        private const int MaxSampleBlocks = 400;

        public static RegistrationShape Record(DiagnosticAnalyzer analyzer, Compilation sample, AnalyzerOptions options)
        {
            var shape = new RegistrationShape { Source = analyzer.GetType().FullName ?? analyzer.GetType().Name };
            var pending = new Pending();
            try
            {
                analyzer.Initialize(new RecordingAnalysisContext(shape, pending));
            }
            catch (Exception ex)
            {
                shape.Notes.Add("Initialize threw " + ex.GetType().Name + ": " + ex.Message);
                return shape;
            }

            foreach (var start in pending.CompilationStarts)
            {
                try
                {
                    start(new RecordingCompilationStartContext(sample, options, shape, pending));
                }
                catch (Exception ex)
                {
                    shape.Notes.Add("a compilation-start action threw " + ex.GetType().Name + " on the sample compilation: " + ex.Message);
                }
            }

            if (pending.OperationBlockStarts.Count > 0 || pending.CodeBlockStarts.Count > 0 || pending.SymbolStarts.Count > 0)
            {
                var blocks = SampleBlocks(sample);
                DriveBlockStarts(shape, pending.OperationBlockStarts, pending.CodeBlockStarts, blocks, sample, options, shape.BlockOperationKinds, inSymbol: false);
                foreach (var (action, kind) in pending.SymbolStarts)
                {
                    var inner = new Pending();
                    foreach (var symbol in SampleSymbols(sample, kind))
                    {
                        try
                        {
                            action(new RecordingSymbolStartContext(symbol, sample, options, shape, inner));
                        }
                        catch (Exception ex)
                        {
                            shape.Notes.Add($"a symbol-start action ({kind}) threw {ex.GetType().Name}: {ex.Message}");
                            break;
                        }
                    }

                    DriveBlockStarts(shape, inner.OperationBlockStarts, inner.CodeBlockStarts, blocks, sample, options, shape.BlockOperationKinds, inSymbol: true);
                }
            }

            return shape;
        }

        private static void DriveBlockStarts(
            RegistrationShape shape,
            List<Action<OperationBlockStartAnalysisContext>> operationBlockStarts,
            List<Action<CodeBlockStartAnalysisContext<SyntaxKind>>> codeBlockStarts,
            IReadOnlyList<(SyntaxNode Declaration, ISymbol Owner, IOperation? Operation, SemanticModel Model)> blocks,
            Compilation sample,
            AnalyzerOptions options,
            SortedSet<OperationKind> into,
            bool inSymbol)
        {
            if (operationBlockStarts.Count > 0)
            {
                if (inSymbol)
                {
                    shape.SymbolOperationBlockStart = true;
                }
                else
                {
                    shape.OperationBlockStart = true;
                }
            }

            foreach (var start in operationBlockStarts)
            {
                foreach (var block in blocks)
                {
                    if (block.Operation == null)
                    {
                        continue;
                    }

                    try
                    {
                        start(new RecordingOperationBlockStartContext(ImmutableArray.Create(block.Operation), block.Owner, sample, options, shape, into));
                    }
                    catch (Exception ex)
                    {
                        shape.Notes.Add("an operation-block-start action threw " + ex.GetType().Name + " when driven on a sample block: " + ex.Message);
                        break;
                    }
                }
            }

            if (codeBlockStarts.Count > 0)
            {
                shape.CodeBlockStart = true;
            }

            foreach (var start in codeBlockStarts)
            {
                foreach (var block in blocks)
                {
                    try
                    {
                        start(new RecordingCodeBlockStartContext(block.Declaration, block.Owner, block.Model, options, shape));
                    }
                    catch (Exception ex)
                    {
                        shape.Notes.Add("a code-block-start action threw " + ex.GetType().Name + " when driven on a sample block: " + ex.Message);
                        break;
                    }
                }
            }
        }

        /// <summary>Method bodies of the sample, those of files using the contract first (that is where rules register more).</summary>
        private static IReadOnlyList<(SyntaxNode Declaration, ISymbol Owner, IOperation? Operation, SemanticModel Model)> SampleBlocks(Compilation sample)
        {
            var result = new List<(SyntaxNode, ISymbol, IOperation?, SemanticModel)>();
            var trees = sample.SyntaxTrees.OrderBy(t => t.FilePath.Contains("/Trading/", StringComparison.Ordinal) ? 0 : 1).ToList();
            foreach (var tree in trees)
            {
                var model = sample.GetSemanticModel(tree);
                foreach (var member in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
                {
                    if (model.GetDeclaredSymbol(member) is { } owner)
                    {
                        result.Add((member, owner, model.GetOperation(member), model));
                        if (result.Count >= MaxSampleBlocks)
                        {
                            return result;
                        }
                    }
                }
            }

            return result;
        }

        private static IEnumerable<ISymbol> SampleSymbols(Compilation sample, SymbolKind kind)
        {
            int count = 0;
            foreach (var tree in sample.SyntaxTrees)
            {
                var model = sample.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
                {
                    if (model.GetDeclaredSymbol(node) is { } symbol && symbol.Kind == kind)
                    {
                        yield return symbol;
                        if (++count >= MaxSampleBlocks)
                        {
                            yield break;
                        }
                    }
                }
            }
        }

        private static void AddSyntaxKinds<TLanguageKindEnum>(SortedSet<SyntaxKind> into, ImmutableArray<TLanguageKindEnum> kinds, RegistrationShape shape)
            where TLanguageKindEnum : struct
        {
            if (typeof(TLanguageKindEnum) != typeof(SyntaxKind))
            {
                shape.Notes.Add("syntax-node action on " + typeof(TLanguageKindEnum).Name + " kinds (not C#) ignored");
                return;
            }

            foreach (var kind in kinds)
            {
                into.Add((SyntaxKind)(object)kind);
            }
        }

        private sealed class Pending
        {
            public List<Action<CompilationStartAnalysisContext>> CompilationStarts { get; } = new();

            public List<Action<OperationBlockStartAnalysisContext>> OperationBlockStarts { get; } = new();

            public List<Action<CodeBlockStartAnalysisContext<SyntaxKind>>> CodeBlockStarts { get; } = new();

            public List<(Action<SymbolStartAnalysisContext> Action, SymbolKind Kind)> SymbolStarts { get; } = new();

            public void AddCodeBlockStart<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action, RegistrationShape shape)
                where TLanguageKindEnum : struct
            {
                shape.CodeBlockStart = true;
                if (action is Action<CodeBlockStartAnalysisContext<SyntaxKind>> csharp)
                {
                    CodeBlockStarts.Add(csharp);
                }
                else
                {
                    shape.Notes.Add("code-block start on " + typeof(TLanguageKindEnum).Name + " kinds (not C#) not driven");
                }
            }
        }

        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            private readonly RegistrationShape _shape;
            private readonly Pending _pending;

            public RecordingAnalysisContext(RegistrationShape shape, Pending pending)
            {
                _shape = shape;
                _pending = pending;
            }

            public override void EnableConcurrentExecution() => _shape.ConcurrentExecution = true;

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _shape.GeneratedCode = analysisMode;

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            {
                _shape.CompilationStart = true;
                _pending.CompilationStarts.Add(action);
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _shape.Compilation = true;

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _shape.SemanticModel = true;

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
                => _shape.SymbolKinds.UnionWith(symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                _shape.SymbolStartKinds.Add(symbolKind);
                _pending.SymbolStarts.Add((action, symbolKind));
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
                => _pending.AddCodeBlockStart(action, _shape);

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _shape.CodeBlock = true;

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _shape.SyntaxTree = true;

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _shape.AdditionalFile = true;

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
                => AddSyntaxKinds(_shape.SyntaxKinds, syntaxKinds, _shape);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                _shape.OperationBlockStart = true;
                _pending.OperationBlockStarts.Add(action);
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _shape.OperationBlock = true;

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
                => _shape.OperationKinds.UnionWith(operationKinds);
        }

        private sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly RegistrationShape _shape;
            private readonly Pending _pending;

            public RecordingCompilationStartContext(Compilation compilation, AnalyzerOptions options, RegistrationShape shape, Pending pending)
                : base(compilation, options, CancellationToken.None)
            {
                _shape = shape;
                _pending = pending;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _shape.CompilationEnd = true;

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _shape.SemanticModel = true;

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
                => _shape.SymbolKinds.UnionWith(symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                _shape.SymbolStartKinds.Add(symbolKind);
                _pending.SymbolStarts.Add((action, symbolKind));
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
                => _pending.AddCodeBlockStart(action, _shape);

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _shape.CodeBlock = true;

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _shape.SyntaxTree = true;

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _shape.AdditionalFile = true;

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
                => AddSyntaxKinds(_shape.SyntaxKinds, syntaxKinds, _shape);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                _shape.OperationBlockStart = true;
                _pending.OperationBlockStarts.Add(action);
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _shape.OperationBlock = true;

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
                => _shape.OperationKinds.UnionWith(operationKinds);
        }

        private sealed class RecordingSymbolStartContext : SymbolStartAnalysisContext
        {
            private readonly RegistrationShape _shape;
            private readonly Pending _pending;

            public RecordingSymbolStartContext(ISymbol symbol, Compilation compilation, AnalyzerOptions options, RegistrationShape shape, Pending pending)
                : base(symbol, compilation, options, CancellationToken.None)
            {
                _shape = shape;
                _pending = pending;
            }

            public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => _shape.SymbolEnd = true;

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
                => _pending.AddCodeBlockStart(action, _shape);

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _shape.CodeBlock = true;

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
                => AddSyntaxKinds(_shape.SymbolSyntaxKinds, syntaxKinds, _shape);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                _shape.SymbolOperationBlockStart = true;
                if (!_pending.OperationBlockStarts.Contains(action))
                {
                    _pending.OperationBlockStarts.Add(action);
                }
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _shape.OperationBlock = true;

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
                => _shape.SymbolOperationKinds.UnionWith(operationKinds);
        }

        private sealed class RecordingOperationBlockStartContext : OperationBlockStartAnalysisContext
        {
            private readonly RegistrationShape _shape;
            private readonly SortedSet<OperationKind> _into;

            public RecordingOperationBlockStartContext(
                ImmutableArray<IOperation> blocks, ISymbol owner, Compilation compilation, AnalyzerOptions options, RegistrationShape shape, SortedSet<OperationKind> into)
                : base(blocks, owner, compilation, options, CancellationToken.None)
            {
                _shape = shape;
                _into = into;
            }

            public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) => _shape.BlockEnd = true;

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
                => _into.UnionWith(operationKinds);
        }

        private sealed class RecordingCodeBlockStartContext : CodeBlockStartAnalysisContext<SyntaxKind>
        {
            private readonly RegistrationShape _shape;

            public RecordingCodeBlockStartContext(SyntaxNode codeBlock, ISymbol owner, SemanticModel model, AnalyzerOptions options, RegistrationShape shape)
                : base(codeBlock, owner, model, options, CancellationToken.None)
            {
                _shape = shape;
            }

            public override void RegisterCodeBlockEndAction(Action<CodeBlockAnalysisContext> action) => _shape.CodeBlockEnd = true;

            public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<SyntaxKind> syntaxKinds)
                => _shape.CodeBlockSyntaxKinds.UnionWith(syntaxKinds);
        }
    }
}
