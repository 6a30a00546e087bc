using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// Which members and operation blocks CLST002 flow-analyses (those that read one of the nineteen fields where the read
    /// can reach a use, compile, and could hold something the compiler does not already report), and the run of
    /// <see cref="NullableFieldFlowAnalysis"/> over each of them.
    /// </summary>
    internal static class NullableFieldBlocks
    {
        /// <summary>
        /// True for a read of one of the nineteen fields that can reach a use (a member with none is not flow-analysed): a
        /// read that ends at once in something that copes with null (<c>?.</c>, <c>??</c>, a comparison...) cannot.
        /// </summary>
        public static bool ReadsNullableField(IOperation operation, Func<IPropertySymbol, NullableOrderField?> fieldOf)
            // Most property reads are of ints, decimals, bools and enums: that is decided before any symbol lookup.
            => operation is IPropertyReferenceOperation { Instance: not null } reference
               && !Types.CannotBeNull(reference.Type) && fieldOf(reference.Property) != null
               && !NullSafeRead.EndsSafely(reference);

        /// <summary>
        /// Flow-analyses the blocks of a member that read one of the nineteen fields and reports what the analysis finds;
        /// <paramref name="reportInEnabledCode"/> (<c>clst.nullable_fields.report_in_enabled_code</c>) also reports what the
        /// compiler's nullable warnings report.
        /// </summary>
        public static void Analyze(
            OperationBlockAnalysisContext context,
            Func<IPropertySymbol, NullableOrderField?> fieldOf,
            Func<IPropertySymbol, IFieldSymbol, ImmutableArray<IPropertySymbol>> presentWhen,
            bool reportInEnabledCode)
        {
            // The blocks of a member hang under one root (a method body holds its block body); the graph is the root's.
            var seen = new HashSet<IOperation>();
            foreach (var block in context.OperationBlocks)
            {
                var root = block;
                while (root.Parent != null)
                {
                    root = root.Parent;
                }

                var straightLine = default(StraightLineRead);
                if (!seen.Add(root)
                    || root.Kind is not (OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block
                        or OperationKind.FieldInitializer or OperationKind.PropertyInitializer)
                    || root.SemanticModel is not { } model
                    || !TouchesNullableField(root, model, fieldOf, reportInEnabledCode, ref straightLine, context.CancellationToken))
                {
                    continue;
                }

                if (straightLine.Finding(fieldOf) is { } finding)
                {
                    // One read used at once, nothing before it: what the flow analysis would find, without its graph.
                    NullableFieldReporter.Report(context, model, finding, reportInEnabledCode);
                    continue;
                }

                var graph = context.GetControlFlowGraph(block);
                var analysis = new NullableFieldFlowAnalysis(
                    model,
                    fieldOf,
                    presentWhen,
                    finding => NullableFieldReporter.Report(context, model, finding, reportInEnabledCode),
                    context.CancellationToken);
                analysis.Run(root, graph); // false: past the bound, nothing reported for this member
            }
        }

        /// <summary>
        /// True when the block reads one of the nineteen fields, is code the analysis understands (no invalid operations,
        /// no syntax errors: code that does not compile yet is left alone), is within <see cref="FlowGraphBound"/>, and could hold something to report: where the
        /// compiler's nullable warnings cover the whole block and every field it reads, only <c>!</c> and
        /// <c>GetValueOrDefault()</c> are CLST002's, so a block without them is skipped (unless
        /// <paramref name="reportInEnabledCode"/>: then every use is CLST002's there too).
        /// </summary>
        private static bool TouchesNullableField(
            IOperation block, SemanticModel model, Func<IPropertySymbol, NullableOrderField?> fieldOf, bool reportInEnabledCode, ref StraightLineRead straightLine, CancellationToken cancellationToken)
        {
            bool touches = false;
            bool allTracked = true;
            int statements = 0;
            using (var walk = new OperationWalk(block))
            {
                while (walk.Next(out var operation))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (FlowGraphBound.IsStatement(operation) && ++statements > FlowGraphBound.MaxStatements)
                    {
                        // Too long a member for the flow graph (see FlowGraphBound): silent on it, never a guess.
                        return false;
                    }

                    bool isFieldRead = false;
                    switch (operation)
                    {
                        case IInvalidOperation:
                        case IConversionOperation { Conversion.Exists: false }:
                            return false;
                        case IPropertyReferenceOperation property when fieldOf(property.Property) != null:
                            touches = true;
                            isFieldRead = true;
                            allTracked &= Types.IsDeclaredNullable(property.Property);
                            break;
                    }

                    straightLine.Observe(operation, block, isFieldRead);
                }
            }

            if (!touches)
            {
                return false;
            }

            var syntax = block.Syntax;
            if (syntax.ContainsDiagnostics)
            {
                foreach (var diagnostic in syntax.GetDiagnostics())
                {
                    if (diagnostic.Severity == DiagnosticSeverity.Error)
                    {
                        return false;
                    }
                }
            }

            if (allTracked
                && !reportInEnabledCode
                && !syntax.ContainsDirectives
                && model.GetNullableContext(syntax.SpanStart).WarningsEnabled()
                && model.GetNullableContext(syntax.Span.End).WarningsEnabled())
            {
                foreach (var node in syntax.DescendantNodes())
                {
                    if (node.IsKind(SyntaxKind.SuppressNullableWarningExpression)
                        || (node is IdentifierNameSyntax { Identifier.ValueText: "GetValueOrDefault" }))
                    {
                        return true;
                    }
                }

                return false;
            }

            return true;
        }
    }
}
