using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// A rule test that reads like prose:
    /// <code>
    /// await Rule&lt;MyAnalyzer&gt;.On(source).WithNullable(false).ReportsAsync();          // markup marks the diagnostics
    /// await Rule&lt;MyAnalyzer, MyFix&gt;.On(before).FixesTo(after).WithCodeFix(1).VerifyAsync();
    /// </code>
    /// Diagnostics are marked in the source with markup: <c>{|CLST001:span|}</c> or <c>[|span|]</c> (the only rule of the analyzer).
    /// By default the test compiles against .NET 8 reference assemblies and C# 12 (.NET 10's and C# 14 in
    /// Analyzers.Tests.Net10: <see cref="TestFrameworks"/>) plus the shipped model (<c>Clst.Contracts</c>), as a class
    /// library with the nullable context enabled. Fix tests check the fix, Fix All in document, project and
    /// solution (the testing library runs each scope), and that the fixed code compiles.
    /// </summary>
    public sealed class ClstTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        private NullableContextOptions _nullable = NullableContextOptions.Enable;
#if NET10_PROJECT
        private bool _implicitUsings = true;
#endif

        public ClstTest(string source)
        {
            TestCode = source;
            ReferenceAssemblies = TestFrameworks.Default;
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Clst.Contracts.Order).Assembly.Location));
            SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var options = (CSharpCompilationOptions)project.CompilationOptions!;
                options = options.WithNullableContextOptions(_nullable);
                return solution.WithProjectCompilationOptions(projectId, options);
            });
        }

        /// <summary>Compiles with the nullable context enabled (<c>true</c>, the default) or disabled.</summary>
        public ClstTest<TAnalyzer, TCodeFix> WithNullable(bool enabled)
        {
            _nullable = enabled ? NullableContextOptions.Enable : NullableContextOptions.Disable;
            return this;
        }

        /// <summary>Leaves the shipped model out: the source brings its own look-alike model.</summary>
        public ClstTest<TAnalyzer, TCodeFix> WithoutShippedModel()
        {
            TestState.AdditionalReferences.Clear();
            return this;
        }

        /// <summary>Compiles as a program (top-level statements allowed).</summary>
        public ClstTest<TAnalyzer, TCodeFix> AsProgram()
        {
            TestState.OutputKind = OutputKind.ConsoleApplication;
            return this;
        }

        /// <summary>Adds another source file (a look-alike model, a partial part).</summary>
        public ClstTest<TAnalyzer, TCodeFix> WithSource(string source)
        {
            TestState.Sources.Add(source);
            return this;
        }

        /// <summary>Adds <c>.editorconfig</c> lines to the <c>[*.cs]</c> section, e.g. <c>clst.lookalike_models = false</c>.</summary>
        public ClstTest<TAnalyzer, TCodeFix> WithEditorConfig(params string[] lines)
        {
            TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n"));
            return this;
        }

        /// <summary>Expects the fix to turn the source into <paramref name="fixedSource"/> (markup may mark diagnostics left).</summary>
        public ClstTest<TAnalyzer, TCodeFix> FixesTo(string fixedSource)
        {
            FixedCode = fixedSource;
            return this;
        }

        /// <summary>Uses the code action with this equivalence key (when a diagnostic offers several fixes).</summary>
        public ClstTest<TAnalyzer, TCodeFix> WithCodeAction(string equivalenceKey)
        {
            CodeActionEquivalenceKey = equivalenceKey;
            return this;
        }

        /// <summary>Tolerates compiler errors in the source (code that does not compile yet); the markup still holds exactly.</summary>
        public ClstTest<TAnalyzer, TCodeFix> AllowingCompilerErrors()
        {
            CompilerDiagnostics = CompilerDiagnostics.None;
            return this;
        }

        /// <summary>Adds an expected diagnostic that markup cannot express.</summary>
        public ClstTest<TAnalyzer, TCodeFix> Expecting(params DiagnosticResult[] diagnostics)
        {
            ExpectedDiagnostics.AddRange(diagnostics);
            return this;
        }

        /// <summary>Runs the test: exactly the marked diagnostics, and the fix when one is expected.</summary>
        public Task VerifyAsync(CancellationToken cancellationToken = default) => RunAsync(cancellationToken);

        /// <summary>
        /// Compiles without the SDK's implicit global usings (a project with <c>ImplicitUsings</c> off), where a test is about
        /// what is in scope. Only Analyzers.Tests.Net10 adds them (<see cref="TestFrameworks"/>).
        /// </summary>
        public ClstTest<TAnalyzer, TCodeFix> WithoutImplicitUsings()
        {
#if NET10_PROJECT
            _implicitUsings = false;
#endif
            return this;
        }

#if NET10_PROJECT
        /// <summary>As a new project on the .NET 10 SDK: the global usings the SDK generates, in every state the test compares.</summary>
        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            if (!_implicitUsings)
            {
                return base.RunImplAsync(cancellationToken);
            }

            // The SDK writes them under obj/ as generated code, which the rules do not analyse.
            var globalUsings = ("/0/obj/Test.GlobalUsings.g.cs", TestFrameworks.ImplicitUsings);
            TestState.Sources.Add(globalUsings);
            if (FixedState.Sources.Count > 0)
            {
                FixedState.Sources.Add(globalUsings);
            }

            if (BatchFixedState.Sources.Count > 0)
            {
                BatchFixedState.Sources.Add(globalUsings);
            }

            return base.RunImplAsync(cancellationToken);
        }
#endif

        protected override CompilationOptions CreateCompilationOptions()
        {
            var options = (CSharpCompilationOptions)base.CreateCompilationOptions();
            return options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItems(
                ImmutableDictionary<string, ReportDiagnostic>.Empty
                    // CS1591 and friends are not what a rule test is about.
                    .Add("CS1591", ReportDiagnostic.Suppress)
                    // The SDK's own default NoWarn: the shipped model, built for net8.0, referenced from a net10.0 project.
                    .Add("CS1701", ReportDiagnostic.Suppress)
                    .Add("CS1702", ReportDiagnostic.Suppress)));
        }

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(TestFrameworks.Language);
    }

    /// <summary>Entry points: <c>Rule&lt;TAnalyzer&gt;.On(source)</c> for analyzer tests.</summary>
    public static class Rule<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static ClstTest<TAnalyzer, EmptyCodeFixProvider> On(string source) => new ClstTest<TAnalyzer, EmptyCodeFixProvider>(source);

        /// <summary>The source must raise exactly the diagnostics its markup marks (none when it has no markup).</summary>
        public static Task VerifyAsync(string source) => On(source).VerifyAsync();
    }

    /// <summary>Entry points: <c>Rule&lt;TAnalyzer, TCodeFix&gt;.On(before).FixesTo(after)</c> for fix tests.</summary>
    public static class Rule<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static ClstTest<TAnalyzer, TCodeFix> On(string source) => new ClstTest<TAnalyzer, TCodeFix>(source);
    }
}
