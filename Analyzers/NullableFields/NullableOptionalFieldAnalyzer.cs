using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// CLST002: one of the order's nineteen nullable optional fields (the recogniser says which, on the shipped model and on
    /// look-alike models) is used in a way that throws or hides its null — dereferenced, enumerated, unwrapped with
    /// <c>.Value</c>, cast, declared not null with <c>!</c>, read with <c>GetValueOrDefault()</c>, or passed where null is not
    /// accepted — while nothing before it has handled the null. With the nullable context disabled the rule does all the
    /// work with its own flow analysis; where the compiler's nullable warnings are on, it leaves to the compiler what the
    /// compiler reports (CS8602, CS8604, CS8629) and reports only the rest.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NullableOptionalFieldAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.NullableOptionalField);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                var recognizer = ContractRecognizer.TryGet(start.Compilation, start.Options);
                if (recognizer == null)
                {
                    return;
                }

                // Asked for every property read in the compilation: keyed by identity (see IdentityComparer).
                var fields = new ConcurrentDictionary<IPropertySymbol, NullableOrderField?>(IdentityComparer<IPropertySymbol>.Instance);
                Func<IPropertySymbol, NullableOrderField?> classify = recognizer.GetNullableOrderField;
                Func<IPropertySymbol, NullableOrderField?> fieldOf = property => fields.GetOrAdd(property.OriginalDefinition, classify);
                // The recogniser reads the order's members and their attributes on every call: ask it once per pair.
                var present = new ConcurrentDictionary<IPropertySymbol, ConcurrentDictionary<IFieldSymbol, ImmutableArray<IPropertySymbol>>>(SymbolEqualityComparer.Default);
                Func<IPropertySymbol, IFieldSymbol, ImmutableArray<IPropertySymbol>> presentWhen = (property, member) =>
                    present.GetOrAdd(property, _ => new ConcurrentDictionary<IFieldSymbol, ImmutableArray<IPropertySymbol>>(SymbolEqualityComparer.Default))
                        .GetOrAdd(member, m => recognizer.GetFieldsPresentWhen(property, m));
                // Most members read none of the nineteen fields in a way that can reach a use: only those that do are
                // flow-analysed. A member whose every read ends at once in something that copes with null (?., ??, a
                // comparison, HasValue...) has nothing to report, and its flow graph is not built.
                RelevantMembers.Register(
                    start,
                    s_propertyReference,
                    operation => ReadsNullableField(operation, fieldOf),
                    end => AnalyzeBlocks(end, fieldOf, presentWhen));
            });
        }

        private static readonly ImmutableArray<OperationKind> s_propertyReference = ImmutableArray.Create(OperationKind.PropertyReference);

        private static bool ReadsNullableField(IOperation operation, Func<IPropertySymbol, NullableOrderField?> fieldOf)
            // Most property reads are of ints, decimals, bools and enums: that is decided before any symbol lookup.
            => operation is IPropertyReferenceOperation { Instance: not null } reference
               && !Types.CannotBeNull(reference.Type) && fieldOf(reference.Property) != null
               && !NullSafeRead.EndsSafely(reference);

        private static void AnalyzeBlocks(
            OperationBlockAnalysisContext context,
            Func<IPropertySymbol, NullableOrderField?> fieldOf,
            Func<IPropertySymbol, IFieldSymbol, ImmutableArray<IPropertySymbol>> presentWhen)
        {
            // The blocks of a member hang under one root (a method body holds its block body); the graph is the root's.
            var seen = new System.Collections.Generic.HashSet<IOperation>();
            foreach (var block in context.OperationBlocks)
            {
                var root = block;
                while (root.Parent != null)
                {
                    root = root.Parent;
                }

                if (!seen.Add(root)
                    || root.Kind is not (OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block
                        or OperationKind.FieldInitializer or OperationKind.PropertyInitializer)
                    || root.SemanticModel is not { } model
                    || !TouchesNullableField(root, model, fieldOf, context.CancellationToken))
                {
                    continue;
                }

                var graph = context.GetControlFlowGraph(block);
                var analysis = new NullableFieldFlowAnalysis(
                    model,
                    fieldOf,
                    presentWhen,
                    finding => Report(context, model, finding),
                    context.CancellationToken);
                analysis.Run(root, graph);
            }
        }

        /// <summary>
        /// True when the block reads one of the nineteen fields, is code the analysis understands (no invalid operations,
        /// no syntax errors: code that does not compile yet is left alone), and could hold something to report: where the
        /// compiler's nullable warnings cover the whole block and every field it reads, only <c>!</c> and
        /// <c>GetValueOrDefault()</c> are CLST002's, so a block without them is skipped.
        /// </summary>
        private static bool TouchesNullableField(IOperation block, SemanticModel model, Func<IPropertySymbol, NullableOrderField?> fieldOf, CancellationToken cancellationToken)
        {
            bool touches = false;
            bool allTracked = true;
            foreach (var operation in block.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IInvalidOperation:
                    case IConversionOperation { Conversion.Exists: false }:
                        return false;
                    case IPropertyReferenceOperation property when fieldOf(property.Property) != null:
                        touches = true;
                        allTracked &= OperationHelpers.IsNullableValueType(property.Property.Type)
                                      || property.Property.NullableAnnotation == NullableAnnotation.Annotated;
                        break;
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

        private static void Report(OperationBlockAnalysisContext context, SemanticModel model, NullableFieldFinding finding)
        {
            var use = finding.Use;
            var location = use.Location;
            if (ExemptContexts.IsNotEvaluated(location, model, context.CancellationToken))
            {
                return;
            }

            if (use.Form is NullableUseForm.Suppression or NullableUseForm.GetValueOrDefault
                && ExemptContexts.IsDisplayOnly(location, model, context.CancellationToken))
            {
                return;
            }

            if (CompilerReports(finding, model))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(NullableUse.FormProperty, use.Form.ToString())
                .Add(NullableUse.WireNameProperty, finding.Field.WireName);
            string subject = finding.ThroughVariable == null
                ? "'" + finding.Field.WireName + "'"
                : "'" + finding.ThroughVariable + "', read from '" + finding.Field.WireName + "',";
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.NullableOptionalField,
                location.GetLocation(),
                properties,
                subject,
                finding.Field.Reason,
                use.Phrase));
        }

        /// <summary>
        /// True when the compiler already warns here: nullable warnings are on at the use, the compiler knows the value may
        /// be null, and the form is one it checks (a dereference, an enumeration, <c>.Value</c>, an argument, a cast from
        /// <c>T?</c> to <c>T</c>: CS8602, CS8604, CS8629). It never warns on <c>!</c> or on <c>GetValueOrDefault()</c>.
        /// </summary>
        private static bool CompilerReports(NullableFieldFinding finding, SemanticModel model)
        {
            var use = finding.Use;
            if (!finding.CompilerTracks || use.Form is NullableUseForm.Suppression or NullableUseForm.GetValueOrDefault)
            {
                return false;
            }

            return model.GetNullableContext(use.Location.SpanStart).WarningsEnabled();
        }
    }
}
