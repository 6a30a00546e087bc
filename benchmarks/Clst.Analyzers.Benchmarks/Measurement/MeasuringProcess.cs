using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// The benchmark measures in a process of its own whose runtime is set for steady-state timings: the program starts
    /// itself again with <see cref="Settings"/> in its environment (the runtime reads them only at start: the gen-0
    /// budget has no runtimeconfig.json name that it honours) and waits for it. <c>--fresh-memory</c> measures in the first
    /// process instead, as runs before this did.
    /// </summary>
    /// <remarks>
    /// Why: the editor scenario's requests each ran in a no-GC region, and every second request got freshly mapped memory
    /// (about 4,100 page faults against 1,000 on the 10,000-line client document, for every analyzer group alike). A fault
    /// costs 10–13 µs on the 2-core virtual machine, so a request's wall time moved by about 50 ms from one edit to the
    /// next, and an analyzer's own time by 13 ms per 3.4 MB it allocated: the p95s compared faults, not analyzers. An IDE
    /// is a long-running process that allocates into memory it has used before. With a gen-0 budget larger than a request
    /// allocates, a request runs without a collection and on memory already mapped; the JIT's call counting starts at
    /// once, so that a method called often is at its final tier after the warm-up edits rather than some edits later.
    /// The build scenario's passes allocate more than any gen-0 budget the runtime grants (it caps it near 130 MB), so
    /// they keep their no-GC regions.
    /// </remarks>
    internal static class MeasuringProcess
    {
        /// <summary>Set in the measuring process's environment: the process that reads it measures and does not start another.</summary>
        public const string MarkerVariable = "CLST_BENCHMARK_MEASURING_PROCESS";

        public const string FreshMemoryOption = "--fresh-memory";

        /// <summary>The runtime settings of the measuring process (environment variables the runtime reads at start).</summary>
        public static readonly IReadOnlyList<(string Name, string Value)> Settings = new[]
        {
            // The gen-0 budget: larger than any editor request allocates (about 45 MB on the 10,000-line documents), so a
            // request after a full collection runs without one. The runtime caps it below what is asked (near 130 MB).
            ("DOTNET_GCgen0size", "0x20000000"),
            // Memory freed by a collection stays mapped: the next request allocates into pages touched before.
            ("DOTNET_GCRetainVM", "1"),
            // Call counting from the first call, not after 100 ms without new tier-0 code: steady state after the warm-up.
            ("DOTNET_TC_CallCountingDelayMs", "0"),
        };

        /// <summary>True in the measuring process (started with <see cref="Settings"/>).</summary>
        public static bool IsMeasuringProcess => Environment.GetEnvironmentVariable(MarkerVariable) == "1";

        /// <summary>
        /// Starts the measuring process with the same arguments and waits for it: its exit code, or null when this process
        /// is to measure (it is the measuring process, or <c>--fresh-memory</c> or <c>--help</c> was given).
        /// </summary>
        public static async Task<int?> RunAsync(string[] args)
        {
            if (IsMeasuringProcess || args.Contains(FreshMemoryOption) || args.Contains("--help"))
            {
                return null;
            }

            var host = Environment.ProcessPath;
            var entry = Assembly.GetEntryAssembly()?.Location;
            if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(entry))
            {
                Console.Error.WriteLine($"could not start the measuring process (host '{host}', program '{entry}'): measuring here, as with {FreshMemoryOption}");
                return null;
            }

            var start = new ProcessStartInfo(host) { UseShellExecute = false };
            // Under the dotnet host (dotnet Clst.Analyzers.Benchmarks.dll) the program is the host's first argument; under
            // the apphost (dotnet run) the host is the program.
            if (string.Equals(Path.GetFileName(host), "dotnet", StringComparison.OrdinalIgnoreCase)
                || string.Equals(Path.GetFileName(host), "dotnet.exe", StringComparison.OrdinalIgnoreCase))
            {
                start.ArgumentList.Add(entry);
            }

            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var (name, value) in Settings)
            {
                start.Environment[name] = value;
            }

            start.Environment[MarkerVariable] = "1";
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {host}");
            await process.WaitForExitAsync().ConfigureAwait(false);
            return process.ExitCode;
        }

        /// <summary>What the environment section says of the process that measured.</summary>
        public static string Description => IsMeasuringProcess
            ? "a process of its own, started with " + string.Join(", ", Settings.Select(s => s.Name + "=" + s.Value))
            : "the first process, runtime defaults (" + FreshMemoryOption + ")";
    }
}
