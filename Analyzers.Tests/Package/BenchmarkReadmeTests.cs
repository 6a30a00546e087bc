using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// The quick check of <c>benchmarks/README.md</c>, run exactly as written from the repository's root, as a developer runs
    /// it: the benchmark builds, runs the build and editor scenarios, and writes its results where the command says, with
    /// every planted mistake found, nothing reported in the silent twins and no analyzer exception. The page's full runs
    /// are the same program with larger sizes (7 to 35 minutes): not run here. Nothing here asserts a time.
    /// </summary>
    public sealed class BenchmarkReadmeTests
    {
        private readonly ITestOutputHelper _output;

        public BenchmarkReadmeTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task QuickCheckRunsAsWrittenAndFindsWhatItPlanted()
        {
            var block = MarkedBlocks.Read(Path.Combine(PackageGate.RepoRoot, "benchmarks", "README.md"))
                .Single(b => b.Marker == "benchmark: quick-check");
            string command = block.Content.Trim();
            Assert.DoesNotContain('\n', command);
            var arguments = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string results = arguments[Array.IndexOf(arguments, "--out") + 1];
            // Neither file may be left from an earlier run: both must be this run's. On a fresh machine their folder does not
            // exist yet (File.Delete throws for a missing folder): the benchmark makes it.
            foreach (var earlier in new[] { results, Path.ChangeExtension(results, ".md") })
            {
                if (File.Exists(earlier))
                {
                    File.Delete(earlier);
                }
            }

            var run = await DotNetCli.RunShellAsync(PackageGate.RepoRoot, command, timeout: TimeSpan.FromMinutes(20));
            _output.WriteLine(run.Describe(40));
            Assert.True(run.ExitCode == 0, run.Describe());

            var json = JsonNode.Parse(File.ReadAllText(results))!;
            var size = Assert.Single(json["sizes"]!.AsArray())!;
            Assert.Equal(100, (int)size["files"]!);
            var findings = size["findings"]!.AsArray();
            Assert.Contains(findings, f => (string?)f!["rule"] == "CLST001");
            // Our rules' rows (the IDE analyzers' rows count diagnostics only, with no planted forms to compare).
            foreach (var finding in findings.Where(f => ((string?)f!["rule"])!.Contains("CLST", StringComparison.Ordinal)))
            {
                Assert.True((string?)finding!["verdict"] == "as planted", "not as planted: " + finding.ToJsonString());
            }

            Assert.Equal(6, json["editor"]!["documents"]!.AsArray().Count);
            Assert.Empty(json["editor"]!["notes"]!.AsArray());
            var notes = json["notes"]!.AsArray().Select(n => (string?)n).ToList();
            Assert.DoesNotContain(notes, n => n != null && n.Contains("AD0001", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.ChangeExtension(results, ".md")), "no Markdown table beside " + results);
        }
    }
}
