using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// The floor: an analyzer that registers exactly the shape of one of ours (same operation, syntax and symbol kinds,
    /// same block and symbol starts, same generated-code setting) and does nothing in its callbacks. What it costs is what
    /// any analyzer of that shape must pay for the driver to call it. It registers inside a compilation start, as ours do,
    /// but unconditionally (ours register nothing when the compilation has nothing of the contract).
    /// </summary>
    /// <remarks>Not exported: the benchmark builds it with a shape; it is never loaded by a compiler.</remarks>
#pragma warning disable RS1001 // Missing diagnostic analyzer attribute: this analyzer is constructed by the benchmark only.
    internal sealed class NoOpFloorAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        /// <summary>Never reported. An analyzer with no supported diagnostic would be skipped by the driver.</summary>
#pragma warning disable RS2008 // Release tracking: a benchmark-only descriptor, never shipped.
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "BENCH000", "No-op floor", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        private readonly RegistrationShape _shape;

        public NoOpFloorAnalyzer(string name, RegistrationShape shape)
        {
            Name = name;
            _shape = shape;
        }

        public string Name { get; }

        /// <summary>The shape it mirrors.</summary>
        public RegistrationShape Shape => _shape;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            if (_shape.ConcurrentExecution)
            {
                context.EnableConcurrentExecution();
            }

            context.ConfigureGeneratedCodeAnalysis(_shape.GeneratedCode ?? GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(Start);
        }

        private void Start(CompilationStartAnalysisContext context)
        {
            var shape = _shape;
            if (shape.OperationKinds.Count > 0)
            {
                context.RegisterOperationAction(static _ => { }, shape.OperationKinds.ToImmutableArray());
            }

            if (shape.SyntaxKinds.Count > 0)
            {
                context.RegisterSyntaxNodeAction(static _ => { }, shape.SyntaxKinds.ToImmutableArray());
            }

            if (shape.SymbolKinds.Count > 0)
            {
                context.RegisterSymbolAction(static _ => { }, shape.SymbolKinds.ToImmutableArray());
            }

            if (shape.OperationBlockStart)
            {
                var kinds = shape.BlockOperationKinds.ToImmutableArray();
                bool end = shape.BlockEnd;
                context.RegisterOperationBlockStartAction(block =>
                {
                    if (!kinds.IsEmpty)
                    {
                        block.RegisterOperationAction(static _ => { }, kinds);
                    }

                    if (end)
                    {
                        block.RegisterOperationBlockEndAction(static _ => { });
                    }
                });
            }

            if (shape.CodeBlockStart)
            {
                var kinds = shape.CodeBlockSyntaxKinds.ToImmutableArray();
                bool end = shape.CodeBlockEnd;
                context.RegisterCodeBlockStartAction<SyntaxKind>(block =>
                {
                    if (!kinds.IsEmpty)
                    {
                        block.RegisterSyntaxNodeAction(static _ => { }, kinds);
                    }

                    if (end)
                    {
                        block.RegisterCodeBlockEndAction(static _ => { });
                    }
                });
            }

            foreach (var symbolKind in shape.SymbolStartKinds)
            {
                var operations = shape.SymbolOperationKinds.ToImmutableArray();
                var syntax = shape.SymbolSyntaxKinds.ToImmutableArray();
                var blockKinds = shape.BlockOperationKinds.ToImmutableArray();
                bool end = shape.SymbolEnd, blockStart = shape.SymbolOperationBlockStart;
                context.RegisterSymbolStartAction(symbol =>
                {
                    if (!operations.IsEmpty)
                    {
                        symbol.RegisterOperationAction(static _ => { }, operations);
                    }

                    if (!syntax.IsEmpty)
                    {
                        symbol.RegisterSyntaxNodeAction(static _ => { }, syntax);
                    }

                    if (blockStart)
                    {
                        symbol.RegisterOperationBlockStartAction(block =>
                        {
                            if (!blockKinds.IsEmpty)
                            {
                                block.RegisterOperationAction(static _ => { }, blockKinds);
                            }
                        });
                    }

                    if (end)
                    {
                        symbol.RegisterSymbolEndAction(static _ => { });
                    }
                }, symbolKind);
            }

            if (shape.CompilationEnd)
            {
                context.RegisterCompilationEndAction(static _ => { });
            }

            if (shape.SemanticModel)
            {
                context.RegisterSemanticModelAction(static _ => { });
            }

            if (shape.SyntaxTree)
            {
                context.RegisterSyntaxTreeAction(static _ => { });
            }

            if (shape.CodeBlock)
            {
                context.RegisterCodeBlockAction(static _ => { });
            }

            if (shape.OperationBlock)
            {
                context.RegisterOperationBlockAction(static _ => { });
            }

            if (shape.AdditionalFile)
            {
                context.RegisterAdditionalFileAction(static _ => { });
            }
        }

        /// <summary>
        /// The shape used while none of our analyzers is present: the kinds the issues' rules need (switches and switch
        /// expressions, patterns, comparisons, invocations, property and field references, conditionals, collections and
        /// lambdas, plus an operation-block start for flow analysis). Replaced by the recorded shapes as soon as the rules exist.
        /// </summary>
        public static RegistrationShape FallbackShape()
        {
            var shape = new RegistrationShape { Source = "fallback list (none of ours found)", ConcurrentExecution = true, GeneratedCode = GeneratedCodeAnalysisFlags.None, CompilationStart = true };
            shape.OperationKinds.UnionWith(new[]
            {
                OperationKind.Switch, OperationKind.SwitchExpression, OperationKind.IsPattern, OperationKind.Binary, OperationKind.Invocation,
                OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.Conditional, OperationKind.ArrayCreation,
                OperationKind.ObjectCreation, OperationKind.AnonymousFunction, OperationKind.LocalFunction, OperationKind.Conversion,
            });
            shape.OperationBlockStart = true;
            shape.BlockOperationKinds.UnionWith(new[] { OperationKind.PropertyReference, OperationKind.Invocation });
            shape.BlockEnd = true;
            return shape;
        }
    }
}
