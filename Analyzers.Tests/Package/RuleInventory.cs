using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// Which rules the analyzer assembly implements and which of them the code-fix assembly fixes, found by reflection
    /// over the assemblies built from this repository. The gate holds a sample's expectations for exactly these rules:
    /// a rule whose analyzer is not written yet is listed as pending in the test output instead of failing the gate,
    /// and from the moment its analyzer exists every expectation for it is enforced.
    /// </summary>
    public static class RuleInventory
    {
        public static readonly IReadOnlyList<string> AllRules = new[]
        {
            RuleIds.PendingCancelTreatedAsFinal,
            RuleIds.NullableOptionalField,
            RuleIds.IncompleteOrderStatusMatch,
            RuleIds.IncompleteTimeInForceMatch,
            RuleIds.IncompleteContractEnumMatch,
        };

        private static readonly Lazy<ImmutableHashSet<string>> s_implemented = new(() =>
            Instances<DiagnosticAnalyzer>(typeof(RuleIds).Assembly)
                .SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id))
                .ToImmutableHashSet(StringComparer.Ordinal));

        private static readonly Lazy<ImmutableHashSet<string>> s_fixable = new(() =>
            Instances<CodeFixProvider>(Assembly.Load(new AssemblyName("Clst.Analyzers.CodeFixes")))
                .SelectMany(f => f.FixableDiagnosticIds)
                .ToImmutableHashSet(StringComparer.Ordinal));

        /// <summary>The rule IDs that some analyzer in <c>Clst.Analyzers</c> supports.</summary>
        public static ImmutableHashSet<string> Implemented => s_implemented.Value;

        /// <summary>The rule IDs that some code fix in <c>Clst.Analyzers.CodeFixes</c> fixes.</summary>
        public static ImmutableHashSet<string> Fixable => s_fixable.Value;

        /// <summary>The rules with no analyzer yet (their expectations are not checked).</summary>
        public static IReadOnlyList<string> Pending => AllRules.Where(id => !Implemented.Contains(id)).ToList();

        private static IEnumerable<T> Instances<T>(Assembly assembly)
            where T : class
        {
            foreach (var type in assembly.GetTypes())
            {
                if (type.IsAbstract || !typeof(T).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) == null)
                {
                    continue;
                }

                yield return (T)Activator.CreateInstance(type)!;
            }
        }
    }
}
