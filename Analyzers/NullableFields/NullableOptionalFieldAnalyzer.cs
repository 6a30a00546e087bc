using System;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// CLST002: one of the order's nineteen nullable optional fields (the recogniser says which, on the shipped model and on
    /// look-alike models) is used in a way that throws or hides its null — dereferenced, enumerated, unwrapped with
    /// <c>.Value</c>, cast, declared not null with <c>!</c>, read with <c>GetValueOrDefault()</c>, or passed where null is not
    /// accepted — while nothing before it has handled the null. With the nullable context disabled the rule does all the
    /// work with its own flow analysis; where the compiler's nullable warnings are on, it leaves to the compiler what the
    /// compiler reports (CS8602, CS8604, CS8629) and reports only the rest — unless
    /// <c>clst.nullable_fields.report_in_enabled_code</c> asks it to report those too.
    /// <para>
    /// This type only wires the rule up. Reading: <see cref="NullableUse"/> (how a value is used) and
    /// <see cref="NullableFieldBlocks"/> (which members are analysed); judging: <see cref="NullableFieldFlowAnalysis"/> and
    /// <see cref="NullableFieldReporter"/>; what the fixers are told: <see cref="NullableFieldDiagnosticProperties"/>.
    /// </para>
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

                // Asked for every property read in the compilation that can be null: keyed by identity (see IdentityCache).
                var fields = new IdentityCache<IPropertySymbol, NullableOrderField?>(recognizer.GetNullableOrderField, capacity: 512);
                Func<IPropertySymbol, NullableOrderField?> fieldOf = property => fields.Get(property.OriginalDefinition);
                // The recogniser reads the order's members and their attributes on every call: ask it once per pair.
                // Keyed by identity (see IdentityCache): a symbol-equality dictionary hashed both symbols on every lookup.
                var present = new IdentityCache<IPropertySymbol, IdentityCache<IFieldSymbol, ImmutableArray<IPropertySymbol>>>(
                    property => new IdentityCache<IFieldSymbol, ImmutableArray<IPropertySymbol>>(member => recognizer.GetFieldsPresentWhen(property, member), capacity: 16),
                    capacity: 16);
                Func<IPropertySymbol, IFieldSymbol, ImmutableArray<IPropertySymbol>> presentWhen = (property, member) => present.Get(property).Get(member);
                // Off by default: where the compiler's nullable warnings are on, what it reports is left to it.
                bool reportInEnabledCode = recognizer.Options.NullableFieldsReportInEnabledCode;
                // Most members read none of the nineteen fields in a way that can reach a use: only those that do are
                // flow-analysed. A member whose every read ends at once in something that copes with null (?., ??, a
                // comparison, HasValue...) has nothing to report, and its flow graph is not built.
                RelevantMembers.Register(
                    start,
                    s_propertyReference,
                    operation => NullableFieldBlocks.ReadsNullableField(operation, fieldOf),
                    end => NullableFieldBlocks.Analyze(end, fieldOf, presentWhen, reportInEnabledCode));
            });
        }

        private static readonly ImmutableArray<OperationKind> s_propertyReference = ImmutableArray.Create(OperationKind.PropertyReference);
    }
}
