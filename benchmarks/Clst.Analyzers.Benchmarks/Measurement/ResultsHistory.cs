using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>The history of full runs: each run's JSON kept under <c>benchmarks/results/</c> (see benchmarks/README.md).</summary>
    internal static class ResultsHistory
    {
        /// <summary>
        /// The run's JSON again, as <c>benchmarks/results/&lt;yyyy-MM-dd-HHmm&gt;-&lt;short commit&gt;.json</c> under the repository
        /// root: the history of full runs, to compare one machine's figures over time. Null when the repository is not found.
        /// </summary>
        public static string? Write(BenchmarkRun run, DateTime startedUtc, TextWriter output)
        {
            var root = MachineFacts.RepositoryRoot();
            if (root == null)
            {
                output.WriteLine("history: not written (no repository root above the working directory or the program)");
                return null;
            }

            string commit = run.Commit is { } c ? c.Substring(0, 7) : "nocommit";
            var folder = Path.Combine(root, "benchmarks", "results");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{startedUtc.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}-{commit}.json");
            File.WriteAllText(path, Report.Json(run).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            output.WriteLine($"history: {path}");
            return path;
        }

    }
}
