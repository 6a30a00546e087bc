using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// The README's recipes, each run exactly as written (commands through bash, files pasted as they are) on a fresh
    /// project outside the repository (<see cref="FreshWorkspace"/>: <c>dotnet new console</c>, nullable enabled, nothing
    /// pre-created) that installed the package from a local folder feed. A recipe marked in the README
    /// (<c>&lt;!-- recipe: NAME --&gt;</c>) must be in <see cref="Covered"/>, and every name there is run here or by
    /// <see cref="DocumentationTests"/>.
    /// </summary>
    [Collection(PackageGateCollection.Name)]
    public sealed class ReadmeRecipeTests
    {
        /// <summary>Every recipe of the README, and where it is run.</summary>
        public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["add-package"] = nameof(InstallRecipeRestoresFromAnEmptyPackagesFolder),
            ["nuget-config"] = nameof(InstallRecipeRestoresFromAnEmptyPackagesFolder),
            ["pack"] = nameof(DocumentationTests.SamplesRunShPacksWithTheReadmesCommandAndCiRunsIt),
            ["editorconfig-severity"] = nameof(EditorConfigSeveritiesAreHonoured),
            ["ci-gate"] = nameof(CiGateFailsAFreshNullableProjectOnAverageFillPriceValue),
            ["warnaserror-cli"] = nameof(WarnAsErrorCommandLineFailsOnTheClstRules),
            ["sarif-folder"] = nameof(SarifCommandLineRecipeWritesTheLogWhereNoFolderExists),
            ["sarif-cli"] = nameof(SarifCommandLineRecipeWritesTheLogWhereNoFolderExists),
            ["sarif-props"] = nameof(SarifProjectFileRecipeFillsTheFolderTheUploadStepReads),
            ["sarif-upload"] = nameof(SarifProjectFileRecipeFillsTheFolderTheUploadStepReads),
            ["dotnet-format"] = nameof(DotnetFormatRecipeFixesAFreshProject),
            ["run-samples"] = nameof(DocumentationTests.SamplesRunShPacksWithTheReadmesCommandAndCiRunsIt),
            ["test"] = nameof(DocumentationTests.SamplesRunShPacksWithTheReadmesCommandAndCiRunsIt),
        };

        private readonly PackageGate _gate;
        private readonly ITestOutputHelper _output;
        private readonly IReadOnlyList<MarkedBlock> _readme = MarkedBlocks.Read(Path.Combine(PackageGate.RepoRoot, "README.md"));

        public ReadmeRecipeTests(PackageGate gate, ITestOutputHelper output)
        {
            _gate = gate;
            _output = output;
        }

        [Fact]
        public async Task InstallRecipeRestoresFromAnEmptyPackagesFolder()
        {
            var fresh = await _gate.Fresh;
            foreach (var step in fresh.InstallSteps)
            {
                _output.WriteLine(step.Describe(15));
                Assert.True(step.ExitCode == 0, step.Describe());
            }

            var project = File.ReadAllText(Path.Combine(fresh.TemplateDirectory, FreshWorkspace.Template + ".csproj"));
            Assert.Contains("<PackageReference Include=\"Clst.Analyzers\"", project, StringComparison.Ordinal);

            // A clean restore, as on a CI checkout: no obj/, an empty packages folder.
            var copy = fresh.CopyApp("Install.CleanRestore", new Dictionary<string, string>());
            var empty = Path.Combine(fresh.Root, "empty-packages");
            var restore = await _gate.RunShellAsync("clean restore", copy, $"dotnet restore --packages \"{empty}\"", fresh.Environment);
            _output.WriteLine(restore.Describe(15));
            Assert.True(restore.ExitCode == 0, restore.Describe());
            Assert.True(Directory.Exists(Path.Combine(empty, "clst.analyzers")), "the clean restore did not fetch Clst.Analyzers into " + empty);

            // The form the README warns against: --source alone records nothing, and the next clean restore fails NU1101.
            var bare = fresh.CopyApp("Install.SourceOnly", new Dictionary<string, string>());
            File.Delete(Path.Combine(bare, "NuGet.config"));
            File.WriteAllLines(Path.Combine(bare, FreshWorkspace.Template + ".csproj"), project.Split('\n').Where(l => !l.Contains("Clst.Analyzers", StringComparison.Ordinal)));
            var once = await _gate.RunShellAsync("add with --source", bare, "dotnet add package Clst.Analyzers --source ../Clst.Analyzers/artifacts/packages", fresh.Environment);
            Assert.True(once.ExitCode == 0, once.Describe());
            Directory.Delete(Path.Combine(bare, "obj"), recursive: true);
            var again = await _gate.RunShellAsync("clean restore without NuGet.config", bare, $"dotnet restore --packages \"{Path.Combine(fresh.Root, "empty-packages-2")}\"", fresh.Environment);
            _output.WriteLine(again.Describe(10));
            Assert.True(again.ExitCode != 0 && again.Output.Contains("NU1101", StringComparison.Ordinal), "expected NU1101 without the NuGet.config: " + again.Describe());
        }

        [Fact]
        public async Task CiGateFailsAFreshNullableProjectOnAverageFillPriceValue()
        {
            var fresh = await _gate.Fresh;
            int line = FreshSources.LineOf(FreshSources.NullableProgram, "AverageFillPrice.Value");
            var props = Recipe("ci-gate");

            var gated = await BuildAsync(fresh, "Nullable.Gated", "dotnet build", new()
            {
                ["Program.cs"] = FreshSources.NullableProgram,
                ["Directory.Build.props"] = props,
            });
            Assert.True(gated.Result.ExitCode != 0, "the gate let order.AverageFillPrice.Value through: " + gated.Result.Describe());
            Assert.Contains(gated.Console, d => d is { RuleId: "CS8629", Level: "error", File: "Program.cs" } && d.Line == line);
            Assert.Contains(gated.Console, d => d is { RuleId: "CS8602", Level: "error", File: "Program.cs" } && d.Line == line);

            // Without the recipe the same project builds: the nullable findings are warnings (and CLST002 defers to them).
            var ungated = await BuildAsync(fresh, "Nullable.Ungated", "dotnet build", new() { ["Program.cs"] = FreshSources.NullableProgram });
            Assert.True(ungated.Result.ExitCode == 0, ungated.Result.Describe());
            Assert.Contains(ungated.Console, d => d is { RuleId: "CS8629", Level: "warning" } && d.Line == line);
            Assert.DoesNotContain(ungated.Console, d => d.RuleId == "CLST002");

            // The recipe is exactly the CLST rules and the five nullable codes; a compiler warning outside them stays one.
            var other = await BuildAsync(fresh, "Nullable.OtherWarning", "dotnet build", new()
            {
                ["Program.cs"] = "#warning CS1030 stays a warning under the gate\nConsole.WriteLine();\n",
                ["Directory.Build.props"] = props,
            });
            Assert.True(other.Result.ExitCode == 0, other.Result.Describe());
            Assert.Contains(other.Console, d => d is { RuleId: "CS1030", Level: "warning" });
        }

        [Fact]
        public async Task WarnAsErrorCommandLineFailsOnTheClstRules()
        {
            var fresh = await _gate.Fresh;
            var run = await BuildAsync(fresh, "Cli.WarnAsError", Recipe("warnaserror-cli"), ReportSources());
            Assert.True(run.Result.ExitCode != 0, run.Result.Describe());
            AssertReported(run, "CLST003", "error", "switch (order.Status)");
            AssertReported(run, "CLST002", "error", "order.LimitPrice.Value");
            Assert.DoesNotContain(run.Console, d => d.RuleId == "CLST005"); // a suggestion: not in the build's output
        }

        [Fact]
        public async Task EditorConfigSeveritiesAreHonoured()
        {
            var fresh = await _gate.Fresh;
            var files = ReportSources();
            files[".editorconfig"] = Recipe("editorconfig-severity") + "\n";
            var run = await BuildAsync(fresh, "EditorConfig", "dotnet build", files);
            Assert.True(run.Result.ExitCode != 0, "CLST003 = error must fail the build: " + run.Result.Describe());
            AssertReported(run, "CLST003", "error", "switch (order.Status)");
            AssertReported(run, "CLST005", "warning", "side switch");
            Assert.DoesNotContain(run.Console, d => d.RuleId == "CLST002");
        }

        [Fact]
        public async Task SarifCommandLineRecipeWritesTheLogWhereNoFolderExists()
        {
            var fresh = await _gate.Fresh;
            var files = ReportSources();
            files["Directory.Build.props"] = Recipe("sarif-folder");
            var run = await BuildAsync(fresh, "Sarif.CommandLine", Recipe("sarif-cli"), files, mustNotExist: "artifacts");
            Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
            var log = BuildDiagnostics.ReadSarif(Path.Combine(run.Directory, "artifacts", "clst.sarif"), run.Directory);
            AssertSarif(log, "Report.cs");

            // The issue: without the target, the same command fails before it writes anything.
            var bare = await BuildAsync(fresh, "Sarif.NoTarget", Recipe("sarif-cli"), ReportSources(), mustNotExist: "artifacts");
            Assert.True(bare.Result.ExitCode != 0 && bare.Result.Output.Contains("CS0016", StringComparison.Ordinal), "expected CS0016 without the folder target: " + bare.Result.Describe());
        }

        [Fact]
        public async Task SarifProjectFileRecipeFillsTheFolderTheUploadStepReads()
        {
            var fresh = await _gate.Fresh;
            var workflow = Recipe("sarif-upload").Split('\n').Select(l => l.Trim()).ToList();
            var build = workflow.Single(l => l.StartsWith("- run: ", StringComparison.Ordinal)).Substring("- run: ".Length);
            var folder = workflow.Single(l => l.StartsWith("sarif_file: ", StringComparison.Ordinal)).Substring("sarif_file: ".Length);

            var files = ReportSources();
            files["Directory.Build.props"] = FreshWorkspace.MergeProps(Recipe("sarif-folder"), Recipe("sarif-props"));
            var run = await BuildAsync(fresh, "Sarif.ProjectFile", build, files, mustNotExist: "artifacts");
            Assert.True(run.Result.ExitCode == 0, run.Result.Describe());
            var logs = Directory.Exists(Path.Combine(run.Directory, folder)) ? Directory.GetFiles(Path.Combine(run.Directory, folder), "*.sarif") : Array.Empty<string>();
            Assert.True(logs.Length == 1, $"expected one SARIF log in {folder}, found {logs.Length}: " + run.Result.Describe(20));
            AssertSarif(BuildDiagnostics.ReadSarif(logs[0], run.Directory), "Report.cs");
        }

        [Fact]
        public async Task DotnetFormatRecipeFixesAFreshProject()
        {
            var fresh = await _gate.Fresh;
            var directory = fresh.CopyApp("Format", ReportSources());
            var format = await _gate.RunShellAsync("README: dotnet format", directory, Recipe("dotnet-format"), fresh.Environment);
            _output.WriteLine(format.Describe(20));
            Assert.True(format.ExitCode == 0, format.Describe());
            var fixedReport = File.ReadAllText(Path.Combine(directory, "Report.cs"));
            Assert.NotEqual(FreshSources.Report, fixedReport);
            Assert.Contains("OrderStatus.Other", fixedReport, StringComparison.Ordinal); // CLST003's fix added the missing members

            var build = await _gate.RunShellAsync("build after dotnet format", directory, "dotnet build", fresh.Environment);
            var console = BuildDiagnostics.FromConsole(build.Output, directory);
            _output.WriteLine(build.Describe(20));
            Assert.True(build.ExitCode == 0, "the fixed project does not compile: " + build.Describe());
            Assert.DoesNotContain(console, d => d.RuleId == "CLST003");
        }

        private string Recipe(string name) => MarkedBlocks.Recipe(_readme, name);

        private static Dictionary<string, string> ReportSources() => new(StringComparer.Ordinal)
        {
            ["Program.cs"] = FreshSources.ReportProgram,
            ["Report.cs"] = FreshSources.Report,
        };

        private async Task<FreshBuild> BuildAsync(FreshWorkspace fresh, string name, string commandLine, Dictionary<string, string> files, string? mustNotExist = null)
        {
            var directory = fresh.CopyApp(name, files);
            if (mustNotExist != null)
            {
                Assert.False(Directory.Exists(Path.Combine(directory, mustNotExist)), mustNotExist + " exists before the build");
            }

            var result = await _gate.RunShellAsync($"{name}: {commandLine}", directory, commandLine, fresh.Environment);
            var console = BuildDiagnostics.FromConsole(result.Output, directory);
            _output.WriteLine($"{name}: `{commandLine}` exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0} s");
            foreach (var diagnostic in console)
            {
                _output.WriteLine("  " + diagnostic);
            }

            Assert.DoesNotContain(console, d => d.RuleId is "AD0001" or "CS8032" or "CS8033");
            return new FreshBuild(directory, result, console);
        }

        private static void AssertReported(FreshBuild run, string id, string level, string lineText)
        {
            int line = FreshSources.LineOf(FreshSources.Report, lineText);
            Assert.True(
                run.Console.Any(d => d.RuleId == id && d.Level == level && d.File == "Report.cs" && d.Line == line),
                $"expected {level} {id} at Report.cs:{line}; reported:\n  " + string.Join("\n  ", run.Console));
        }

        private static void AssertSarif(SarifLog log, string file)
        {
            Assert.Equal("2.1.0", log.Version);
            int line = FreshSources.LineOf(FreshSources.Report, "switch (order.Status)");
            Assert.Contains(log.Results, r => r.RuleId == "CLST003" && r.File == file && r.Line == line);
            Assert.True(log.Rules.TryGetValue("CLST003", out var rule) && rule.HelpUri == Rules.HelpLink("CLST003"));
        }

        private sealed record FreshBuild(string Directory, CommandResult Result, IReadOnlyList<ReportedDiagnostic> Console);
    }
}
