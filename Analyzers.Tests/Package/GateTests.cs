using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// The package used the way a user's pipeline uses it: the samples, copied outside the repository, restore
    /// Clst.Analyzers from a folder feed and are built with the .NET CLI (<c>-warnaserror</c>, SARIF, .editorconfig,
    /// <c>dotnet format</c>). The samples' <c>// expect:</c> markers say what must be reported where; they are enforced for
    /// every rule whose analyzer exists (<see cref="RuleInventory"/>), and the rest are listed as pending in the output.
    /// </summary>
    [Collection(PackageGateCollection.Name)]
    public sealed class GateTests
    {
        private static readonly string[] FormattedRules = { "CLST001", "CLST002", "CLST003", "CLST004" };

        private readonly PackageGate _gate;
        private readonly ITestOutputHelper _output;

        public GateTests(PackageGate gate, ITestOutputHelper output)
        {
            _gate = gate;
            _output = output;
        }

        [Fact]
        public async Task CorrectSampleBuildsCleanWithWarningsAsErrorsAndRunsOnThePackagedModel()
        {
            var run = await _gate.BuildAsync(PackageGate.Correct, warningsAsErrors: true);
            Report(run);
            AssertAnalyzersRanCleanly(run);

            Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
            Assert.DoesNotContain(run.Console, d => d.Level is "error" or "warning");
            // Silent at every level, suggestions (CLST005) included.
            Assert.DoesNotContain(run.RequireSarif().Results, r => r.IsClst);
            Assert.Empty(Expectations.Read(run.ProjectDirectory));

            // The model the program runs on came from the package's lib/ folder, not from the repository.
            var assets = File.ReadAllText(Path.Combine(run.ProjectDirectory, "obj", "project.assets.json"));
            Assert.Contains("lib/net8.0/Clst.Contracts.dll", assets, StringComparison.Ordinal);
            Assert.DoesNotContain("\"type\": \"project\"", assets, StringComparison.Ordinal);

            var program = Path.Combine(run.ProjectDirectory, "bin", "Debug", "net10.0", "CancelClient.Correct.dll");
            var execution = await _gate.RunAsync("run CancelClient.Correct", run.ProjectDirectory, new[] { program });
            Assert.True(execution.ExitCode == 0, execution.Describe());
            Assert.Contains("Open orders left: 0", execution.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task FaultySampleFailsWithWarningsAsErrorsWithEachExpectedDiagnosticAtItsFileAndLine()
        {
            var run = await _gate.FaultyWithWarningsAsErrors;
            Report(run);
            AssertAnalyzersRanCleanly(run);
            var expected = Active(Expectations.Read(run.ProjectDirectory).Where(e => !e.Unconfigured));

            // What the CI log shows: "File.cs(line,col): error CLSTnnn: ..." for each expectation, nothing else.
            DiagnosticAssert.SameLocations(
                expected.Select(e => (e.File, e.Line, e.RuleId)),
                run.Console.Where(d => d.IsClst).Select(d => (d.File, d.Line, d.RuleId)),
                "CancelClient.Faulty built with -warnaserror: " + run.Result.Describe(20));
            Assert.All(run.Console.Where(d => d.IsClst), d => Assert.Equal("error", d.Level));
            Assert.DoesNotContain(run.Console, d => !d.IsClst);
            if (expected.Count > 0)
            {
                Assert.True(run.Result.ExitCode != 0, "the faulty sample must fail the gate: " + run.Result.Describe());
            }
            else
            {
                Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
            }
        }

        [Fact]
        public async Task SarifLogCarriesRuleIdsLocationsAndHelpLinks()
        {
            var run = await _gate.FaultyWithWarningsAsErrors;
            var sarif = run.RequireSarif();
            Assert.Equal("2.1.0", sarif.Version);

            // Every rule of the package is described, with its help link, whether reported or not: its analyzer loaded.
            foreach (var id in RuleInventory.Implemented)
            {
                Assert.True(sarif.Rules.ContainsKey(id), $"the SARIF log describes no rule {id}: the package's analyzer did not run");
            }

            var results = sarif.Results.Where(r => r.IsClst && !r.Suppressed).ToList();
            foreach (var id in results.Select(r => r.RuleId).Concat(RuleInventory.Implemented).Distinct())
            {
                Assert.True(sarif.Rules.TryGetValue(id, out var rule), $"the SARIF log has no rule descriptor for {id}");
                Assert.Equal(Rules.HelpLink(id), rule!.HelpUri);
                Assert.EndsWith($"/docs/rules/{id}.md", rule.HelpUri, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(PackageGate.RepoRoot, "docs", "rules", id + ".md")), $"{rule.HelpUri}: docs/rules/{id}.md does not exist");
            }

            var expected = Active(Expectations.Read(run.ProjectDirectory).Where(e => !e.Unconfigured));
            DiagnosticAssert.SameLocations(
                expected.Select(e => (e.File, e.Line, e.RuleId)),
                results.Select(r => (r.File ?? "(no location)", r.Line, r.RuleId)),
                "SARIF results of CancelClient.Faulty: " + run.SarifPath);

            foreach (var result in results)
            {
                Assert.True(File.Exists(Path.Combine(run.ProjectDirectory, result.File!)), $"{result}: no such file");
                Assert.False(string.IsNullOrWhiteSpace(result.Message), $"{result}: no message");
            }
        }

        [Theory]
        [InlineData(PackageGate.FaultySeverityA, "CLST003", "CLST004")]
        [InlineData(PackageGate.FaultySeverityB, "CLST004", "CLST003")]
        public async Task EditorConfigSeverityTurnsARuleOffOrIntoAnError(string copy, string silenced, string madeError)
        {
            // The copy's .editorconfig: dotnet_diagnostic.<silenced>.severity = none, dotnet_diagnostic.<madeError>.severity = error.
            var editorConfig = File.ReadAllText(Path.Combine(_gate.ProjectDirectory(copy), ".editorconfig"));
            Assert.Contains($"dotnet_diagnostic.{silenced}.severity = none", editorConfig, StringComparison.Ordinal);
            Assert.Contains($"dotnet_diagnostic.{madeError}.severity = error", editorConfig, StringComparison.Ordinal);

            var run = await _gate.BuildAsync(copy, warningsAsErrors: false);
            Report(run);
            AssertAnalyzersRanCleanly(run);
            var expected = Active(Expectations.Read(run.ProjectDirectory).Where(e => !e.Unconfigured && e.RuleId != silenced));
            var results = run.RequireSarif().Results.Where(r => r.IsClst && !r.Suppressed).ToList();

            DiagnosticAssert.SameLocations(
                expected.Select(e => (e.File, e.Line, e.RuleId)),
                results.Select(r => (r.File ?? "(no location)", r.Line, r.RuleId)),
                $"{copy} ({silenced} = none, {madeError} = error)");
            Assert.All(results, r => Assert.Equal(r.RuleId == madeError ? "error" : "warning", r.Level));
            Assert.All(run.Console.Where(d => d.IsClst), d => Assert.Equal(d.RuleId == madeError ? "error" : "warning", d.Level));
            Assert.DoesNotContain(run.Console, d => d.RuleId == silenced);

            bool anError = expected.Any(e => e.RuleId == madeError);
            Assert.True((run.Result.ExitCode != 0) == anError, run.Result.Describe());
        }

        [Fact]
        public async Task ReadmeCiRecipeMakesTheClstRulesErrorsAndLeavesOtherWarningsAlone()
        {
            // The README's <WarningsAsErrors> line, as a user pastes it into Directory.Build.props.
            var recipe = File.ReadAllLines(Path.Combine(PackageGate.RepoRoot, "README.md"))
                .Single(l => l.TrimStart().StartsWith("<WarningsAsErrors>", StringComparison.Ordinal)).Trim();
            foreach (var id in RuleInventory.AllRules)
            {
                Assert.Contains(id, recipe, StringComparison.Ordinal);
            }

            var directory = _gate.ProjectDirectory(PackageGate.FaultyCiRecipe);
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), $"<Project>\n  <PropertyGroup>\n    {recipe}\n  </PropertyGroup>\n</Project>\n");
            // A warning of the compiler's own, which the recipe must leave a warning.
            File.WriteAllText(Path.Combine(directory, "NotAClstRule.cs"), "#warning CS1030 stays a warning under the gate\n");

            var run = await _gate.BuildAsync(PackageGate.FaultyCiRecipe, warningsAsErrors: false);
            Report(run);
            AssertAnalyzersRanCleanly(run);
            var expected = Active(Expectations.Read(directory).Where(e => !e.Unconfigured));

            DiagnosticAssert.SameLocations(
                expected.Select(e => (e.File, e.Line, e.RuleId)),
                run.Console.Where(d => d.IsClst && d.Level == "error").Select(d => (d.File, d.Line, d.RuleId)),
                "CLST errors under the README's WarningsAsErrors recipe: " + run.Result.Describe(20));
            Assert.DoesNotContain(run.Console, d => d.IsClst && d.Level != "error");
            Assert.Contains(run.Console, d => d.RuleId == "CS1030" && d.Level == "warning");
            Assert.True((run.Result.ExitCode != 0) == (expected.Count > 0), run.Result.Describe());
        }

        [Fact]
        public async Task ConfiguredSampleHonoursEveryOptionOfItsEditorConfig()
        {
            var run = await _gate.BuildAsync(PackageGate.Configured, warningsAsErrors: false);
            Report(run);
            AssertAnalyzersRanCleanly(run);
            var expected = Active(Expectations.Read(run.ProjectDirectory).Where(e => !e.Unconfigured));

            Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
            DiagnosticAssert.SameLocations(
                expected.Select(e => (e.File, e.Line, e.RuleId)),
                run.RequireSarif().Results.Where(r => r.IsClst && !r.Suppressed).Select(r => (r.File ?? "(no location)", r.Line, r.RuleId)),
                "CancelClient.Configured with its .editorconfig");
            // dotnet_diagnostic.CLST005.severity = warning: the suggestion shows in the build like the others.
            DiagnosticAssert.SameLocations(
                expected.Select(e => (e.File, e.Line, e.RuleId)),
                run.Console.Where(d => d.IsClst && d.Level == "warning").Select(d => (d.File, d.Line, d.RuleId)),
                "CancelClient.Configured console warnings");
        }

        [Fact]
        public async Task ConfiguredSampleWithoutItsEditorConfigGetsTheDefaults()
        {
            Assert.False(File.Exists(Path.Combine(_gate.ProjectDirectory(PackageGate.ConfiguredUnconfigured), ".editorconfig")));

            var run = await _gate.BuildAsync(PackageGate.ConfiguredUnconfigured, warningsAsErrors: false);
            Report(run);
            AssertAnalyzersRanCleanly(run);
            var expected = Active(Expectations.Read(run.ProjectDirectory).Where(e => e.Unconfigured));

            Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
            DiagnosticAssert.SameLocations(
                expected.Select(e => (e.File, e.Line, e.RuleId)),
                run.RequireSarif().Results.Where(r => r.IsClst && !r.Suppressed).Select(r => (r.File ?? "(no location)", r.Line, r.RuleId)),
                "CancelClient.Configured without its .editorconfig (every option at its default)");
        }

        [Fact]
        public async Task DotnetFormatAppliesTheFixesAndTheFixedSampleCompiles()
        {
            var directory = _gate.ProjectDirectory(PackageGate.FaultyFormat);
            var shared = Path.Combine(_gate.Work, "Shared");
            var before = Snapshot(directory, shared);

            var reportDirectory = Path.Combine(_gate.Root, "format-report");
            Directory.CreateDirectory(reportDirectory);
            var arguments = new List<string> { "format", "analyzers", _gate.ProjectFile(PackageGate.FaultyFormat), "--diagnostics" };
            arguments.AddRange(FormattedRules);
            arguments.AddRange(new[] { "--severity", "warn", "--no-restore", "--report", reportDirectory, "--verbosity", "detailed" });
            var format = await _gate.RunAsync("dotnet format analyzers", _gate.Work, arguments);
            _output.WriteLine(format.Describe(40));
            Assert.True(format.ExitCode == 0, format.Describe());

            var after = Snapshot(directory, shared);
            var changed = before.Keys.Where(k => !after.TryGetValue(k, out var text) || text != before[k])
                .Concat(after.Keys.Where(k => !before.ContainsKey(k)))
                .Distinct().OrderBy(k => k, StringComparer.Ordinal).ToList();
            _output.WriteLine("changed by dotnet format: " + (changed.Count == 0 ? "(nothing)" : string.Join(", ", changed)));

            // The fixed code compiles.
            var run = await _gate.BuildAsync(PackageGate.FaultyFormat, warningsAsErrors: false, label: "-formatted");
            Report(run);
            AssertAnalyzersRanCleanly(run);
            Assert.True(run.Result.ExitCode == 0, "the sample does not compile after dotnet format: " + run.Result.Describe());
            Assert.DoesNotContain(run.Console, d => d.Level == "error");

            // The diagnostics with an automatic fix are gone; only "(manual)" ones may be left (lines may have moved).
            var expected = Active(Expectations.Read(directory).Where(e => !e.Unconfigured && FormattedRules.Contains(e.RuleId)));
            var fixable = expected.Where(e => RuleInventory.Fixable.Contains(e.RuleId) && !e.Manual).ToList();
            var left = run.RequireSarif().Results.Where(r => r.IsClst && !r.Suppressed).ToList();
            foreach (var group in left.GroupBy(r => (r.File, r.RuleId)))
            {
                int allowed = expected.Count(e => e.File == group.Key.File && e.RuleId == group.Key.RuleId)
                              - fixable.Count(e => e.File == group.Key.File && e.RuleId == group.Key.RuleId);
                Assert.True(group.Count() <= allowed,
                    $"{group.Key.File}: {group.Count()} x {group.Key.RuleId} left after dotnet format, at most {Math.Max(0, allowed)} expected (no automatic fix):\n  "
                    + string.Join("\n  ", group));
            }

            // Exactly the files with a fixable diagnostic changed.
            Assert.Equal(
                fixable.Select(e => e.File).Distinct().OrderBy(f => f, StringComparer.Ordinal),
                changed);
            if (fixable.Count == 0)
            {
                _output.WriteLine("not yet verifiable: no rule of " + string.Join(", ", FormattedRules) + " has both an analyzer and a code fix; dotnet format ran and changed nothing.");
            }
        }

        private IReadOnlyList<Expectation> Active(IEnumerable<Expectation> expectations)
        {
            var all = expectations.ToList();
            var pending = all.Where(e => !RuleInventory.Implemented.Contains(e.RuleId)).ToList();
            if (pending.Count > 0)
            {
                _output.WriteLine($"not yet verifiable (no analyzer for {string.Join(", ", pending.Select(e => e.RuleId).Distinct())} in Clst.Analyzers yet): "
                                  + string.Join("; ", pending));
            }

            return all.Where(e => RuleInventory.Implemented.Contains(e.RuleId)).ToList();
        }

        /// <summary>
        /// No analyzer threw (AD0001: a bug, and the diagnostics it would have reported are lost) and every analyzer
        /// loaded (CS8032/CS8033), in the console and in the SARIF log.
        /// </summary>
        private static void AssertAnalyzersRanCleanly(BuildRun run)
        {
            var broken = new HashSet<string>(StringComparer.Ordinal) { "AD0001", "CS8032", "CS8033" };
            Assert.True(
                !run.Console.Any(d => broken.Contains(d.RuleId)) && !(run.Sarif?.Results.Any(r => broken.Contains(r.RuleId)) ?? false),
                "an analyzer failed:\n  " + string.Join("\n  ", run.Console.Where(d => broken.Contains(d.RuleId))));
        }

        private void Report(BuildRun run)
        {
            _output.WriteLine($"{run.Result.CommandLine}\n  exit {run.Result.ExitCode} in {run.Result.Elapsed.TotalSeconds:0.0} s");
            foreach (var diagnostic in run.Console)
            {
                _output.WriteLine("  " + diagnostic);
            }

            _output.WriteLine("gate timings so far: " + string.Join("; ", _gate.Timings));
        }

        /// <summary>The C# files of the project folder (bin/ and obj/ left out) and of the shared folder, by path relative to the project.</summary>
        private static Dictionary<string, string> Snapshot(string projectDirectory, string sharedDirectory)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var root in new[] { projectDirectory, sharedDirectory })
            {
                foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
                {
                    var relative = Paths.Relative(projectDirectory, path);
                    if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    result[relative] = File.ReadAllText(path);
                }
            }

            return result;
        }
    }
}
