using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks.Scaling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Issue 21: Fix All over a project of 2,000 files (<see cref="FixAllProject"/>, one case per fixer in each file), once per
    /// fixer. Every document changes, the result compiles, what the fix addresses is gone in every file, no analyzer throws, and
    /// nothing else changes in the diagnostics. The time is measured by the benchmark's <c>--fix-all-project</c>, not here.
    /// </summary>
    public class FixAllProjectTests
    {
        private const int Files = 2000;

        /// <summary>The project and its diagnostics, computed once for every fixer (solutions are immutable).</summary>
        private static readonly Lazy<Task<Original>> s_original = new Lazy<Task<Original>>(Original.CreateAsync);

        private readonly ITestOutputHelper _output;

        public FixAllProjectTests(ITestOutputHelper output) => _output = output;

        private static readonly string[] s_fixerNames =
        {
            "TakeOutOfFinalCodeFixProvider",
            "UseIsFinalCodeFixProvider",
            "WaitForFinalStatusCodeFixProvider",
            "NullableFieldGuardCodeFixProvider",
            "NullableFieldInlineCodeFixProvider",
            "AddMissingEnumMembersCodeFixProvider",
            "HandleRestExplicitlyCodeFixProvider",
        };

        public static TheoryData<string> Fixers
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (var name in s_fixerNames)
                {
                    data.Add(name);
                }

                return data;
            }
        }

        [Fact]
        public void EveryShippedFixerIsCovered()
            => Assert.Equal(s_fixerNames.OrderBy(n => n, StringComparer.Ordinal), Corpus.CodeFixes.Select(f => f.GetType().Name).OrderBy(n => n, StringComparer.Ordinal));

        [Theory]
        [MemberData(nameof(Fixers))]
        public async Task FixAllOverTheProjectFixesEveryFileAndNothingElse(string fixerName)
        {
            var clock = Stopwatch.StartNew();
            var original = await s_original.Value;
            var fixer = Corpus.CodeFixes.Single(f => f.GetType().Name == fixerName);
            var solution = original.Project.Solution;
            var candidates = original.Diagnostics
                .Where(d => fixer.FixableDiagnosticIds.Contains(d.Id))
                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();

            // The equivalence key: the first action the fixer offers on the first diagnostic it fixes.
            string? key = null;
            var addressedPerFile = new Dictionary<string, int>(StringComparer.Ordinal);
            var addressedPerId = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var diagnostic in candidates)
            {
                var actions = await FixSafetyTests.ActionsFor(fixer, solution.GetDocument(diagnostic.Location.SourceTree)!, diagnostic);
                key ??= actions.FirstOrDefault()?.EquivalenceKey;
                if (key != null && actions.Any(a => a.EquivalenceKey == key))
                {
                    Increment(addressedPerFile, diagnostic.Location.SourceTree!.FilePath);
                    Increment(addressedPerId, diagnostic.Id);
                }
            }

            Assert.NotNull(key);
            Assert.Equal(Files, addressedPerFile.Count); // the generator gives every fixer something to fix in every file
            var scannedAt = clock.Elapsed;

            var fixAll = fixer.GetFixAllProvider();
            Assert.NotNull(fixAll);
            var context = new FixAllContext(
                original.Project, fixer, FixAllScope.Project, key, fixer.FixableDiagnosticIds,
                new ProjectDiagnostics(candidates), CancellationToken.None);
            var action = await fixAll.GetFixAsync(context);
            Assert.NotNull(action);
            var operations = await action!.GetOperationsAsync(CancellationToken.None);
            var fixedProject = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(original.Project.Id)!;
            var fixedAt = clock.Elapsed;

            // Every document changed.
            var unchanged = new List<string>();
            foreach (var document in original.Project.Documents)
            {
                var before = await document.GetTextAsync();
                var after = await fixedProject.GetDocument(document.Id)!.GetTextAsync();
                if (before.ContentEquals(after))
                {
                    unchanged.Add(document.Name);
                }
            }

            Assert.True(unchanged.Count == 0, $"{unchanged.Count} document(s) unchanged, e.g. {string.Join(", ", unchanged.Take(5))}");

            // It compiles.
            var compilation = (await fixedProject.GetCompilationAsync())!;
            var errors = FixSafetyTests.Errors(compilation);
            Assert.True(errors.Length == 0, $"{errors.Length} error(s), e.g.:\n{string.Join("\n", errors.Take(5))}\n\n{await TextOf(fixedProject, errors)}");

            // No analyzer throws on it.
            var rerun = await AnalyzerRunner.RunAsync(compilation, concurrent: true);
            Assert.True(rerun.Exceptions.IsEmpty, string.Join("\n", rerun.Exceptions.Take(3)));
            Assert.DoesNotContain(rerun.Diagnostics, d => d.Id == "AD0001");

            // What the fix addresses is gone: the fixer offers its action on none of the diagnostics of its ids that are left.
            var stillAddressed = new List<Diagnostic>();
            foreach (var diagnostic in rerun.Diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
            {
                var actions = await FixSafetyTests.ActionsFor(fixer, fixedProject.GetDocument(diagnostic.Location.SourceTree)!, diagnostic);
                if (actions.Any(a => a.EquivalenceKey == key))
                {
                    stillAddressed.Add(diagnostic);
                }
            }

            Assert.True(stillAddressed.Count == 0, $"{stillAddressed.Count} diagnostic(s) still fixed by '{key}', e.g.:\n{string.Join("\n", stillAddressed.Take(5).Select(AnalyzerRunner.Describe))}");

            // Nothing else changed: every id keeps its count, less exactly what the fix addressed.
            var expected = Counts(original.Diagnostics);
            foreach (var (id, count) in addressedPerId)
            {
                expected[id] -= count;
            }

            var actual = Counts(rerun.Diagnostics);
            Assert.Equal(
                expected.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal),
                actual.OrderBy(p => p.Key, StringComparer.Ordinal));

            _output.WriteLine(
                $"{fixerName} '{key}': {addressedPerId.Values.Sum()} diagnostic(s) fixed in {Files} files; shared analysis {original.Elapsed.TotalSeconds:F1} s, "
                + $"this fixer: actions on each diagnostic {scannedAt.TotalSeconds:F1} s, Fix All {(fixedAt - scannedAt).TotalSeconds:F1} s, checks {(clock.Elapsed - fixedAt).TotalSeconds:F1} s");
        }

        private static void Increment(Dictionary<string, int> counts, string key)
            => counts[key] = counts.TryGetValue(key, out int count) ? count + 1 : 1;

        private static Dictionary<string, int> Counts(IEnumerable<Diagnostic> diagnostics)
            => diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        /// <summary>The text of the first document with an error, to read in a failure message.</summary>
        private static async Task<string> TextOf(Project project, ImmutableArray<Diagnostic> errors)
        {
            var tree = errors.FirstOrDefault()?.Location.SourceTree;
            var document = tree == null ? null : project.GetDocument(tree);
            return document == null ? string.Empty : (await document.GetTextAsync()).ToString();
        }

        /// <summary>The generated project in an <see cref="AdhocWorkspace"/> (DLL, nullable disabled) and every analyzer's diagnostics on it.</summary>
        private sealed class Original
        {
            private Original(Project project, ImmutableArray<Diagnostic> diagnostics, TimeSpan elapsed)
            {
                Project = project;
                Diagnostics = diagnostics;
                Elapsed = elapsed;
            }

            public Project Project { get; }

            public ImmutableArray<Diagnostic> Diagnostics { get; }

            public TimeSpan Elapsed { get; }

            public static async Task<Original> CreateAsync()
            {
                var clock = Stopwatch.StartNew();
                var workspace = new AdhocWorkspace(); // held by the solution for the test run: the project is shared by every case
                var project = FixAllProject.AddTo(workspace, Files, AnalyzerRunner.References);
                var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
                var errors = FixSafetyTests.Errors(compilation);
                if (errors.Length > 0)
                {
                    throw new InvalidOperationException($"The generated project does not compile: {errors[0]}");
                }

                var run = await AnalyzerRunner.RunAsync(compilation, concurrent: true).ConfigureAwait(false);
                if (!run.Exceptions.IsEmpty || run.Diagnostics.Any(d => d.Id == "AD0001"))
                {
                    throw new InvalidOperationException($"An analyzer threw on the generated project: {run.Exceptions.FirstOrDefault()}");
                }

                return new Original(project, run.Diagnostics, clock.Elapsed);
            }
        }
    }
}
