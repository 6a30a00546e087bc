using System;
using System.Linq;
using System.Text.RegularExpressions;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Conventions of the CLST003–CLST005 tests.
    /// <para>
    /// CS8509 (a switch expression that is not exhaustive) and CS8524 (exhaustive over the named members only) are compiler
    /// <em>warnings</em>, which the testing library ignores by default. Every test whose source has a switch expression with no
    /// catch-all arm runs <see cref="WithCompilerWarnings{TAnalyzer, TCodeFix}"/> and marks the compiler's warning beside ours
    /// (<c>{|CS8509:{|CLST003:switch|}|}</c>), so the tests show where both report and where only one does. One test turns
    /// CS8509 off in <c>.editorconfig</c> to show that our rule does not depend on it.
    /// </para>
    /// </summary>
    internal static class EnumMatchTest
    {
        /// <summary>Compares the compiler's warnings too (not only its errors): the source must mark each one.</summary>
        public static ClstTest<TAnalyzer, TCodeFix> WithCompilerWarnings<TAnalyzer, TCodeFix>(this ClstTest<TAnalyzer, TCodeFix> test)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new()
        {
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test;
        }

        /// <summary>Adds a second document to a fix test, before and after (call after <c>FixesTo</c>).</summary>
        public static ClstTest<TAnalyzer, TCodeFix> WithFixedSource<TAnalyzer, TCodeFix>(this ClstTest<TAnalyzer, TCodeFix> test, string before, string after)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new()
        {
            test.TestState.Sources.Add(before);
            test.FixedState.Sources.Add(after);
            return test;
        }

        /// <summary>
        /// Expects the fix's action under its key for the rule the source marks (<c>CLSTnnn.Action</c>, made by
        /// <paramref name="keyFor"/>). A source that marks two rules has no single key: each action's key must be that of one of
        /// them, and Fix All, which fixes the diagnostics of one ID at a time, takes one pass per rule.
        /// </summary>
        public static ClstTest<TAnalyzer, TCodeFix> WithCodeActionOf<TAnalyzer, TCodeFix>(this ClstTest<TAnalyzer, TCodeFix> test, string source, Func<string, string> keyFor)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new()
        {
            var ids = Regex.Matches(source, @"\{\|(CLST\d{3}):").Cast<Match>().Select(m => m.Groups[1].Value).Distinct().ToList();
            if (ids.Count == 1)
            {
                return test.WithCodeAction(keyFor(ids[0]));
            }

            if (ids.Count > 1)
            {
                var keys = ids.Select(keyFor).ToList();
                test.CodeActionVerifier = (action, verifier) => verifier.True(keys.Contains(action.EquivalenceKey ?? string.Empty), $"unexpected equivalence key {action.EquivalenceKey}");
                test.NumberOfFixAllIterations = keys.Distinct().Count();
            }

            return test;
        }

        /// <summary>An analyzer-only test of the enum-match rules.</summary>
        public static ClstTest<IncompleteEnumMatchAnalyzer, EmptyCodeFixProvider> Analyze(string source)
            => Rule<IncompleteEnumMatchAnalyzer>.On(source);
    }
}
