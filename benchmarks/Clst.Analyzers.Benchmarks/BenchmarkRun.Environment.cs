using System;
using System.Globalization;
using Clst.Analyzers.Benchmarks.Measurement;

namespace Clst.Analyzers.Benchmarks
{
    /// <summary>The run's environment: the machine, the runtime and its collector, the compiler, how the analysis runs.</summary>
    internal sealed partial class BenchmarkRun
    {
        private void RecordEnvironment(string frameworkDescription)
        {
            Environment["load average at start"] = MachineFacts.LoadAverage();
            Environment["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
            Environment["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription;
            Environment["processors"] = System.Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
            Environment["memory"] = MachineFacts.Memory();
            Environment["measuring process"] = MeasuringProcess.Description;
            FreshPageMicroseconds = MachineFacts.FreshPageMicroseconds();
            Environment["memory touched for the first time"] = FreshPageMicroseconds.ToString("0.00", CultureInfo.InvariantCulture)
                                                             + " µs per page (every page a timed pass allocates is one)";
            var gc = GC.GetConfigurationVariables();
            Environment["gc"] = (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")
                                + (gc.TryGetValue("ConcurrentGC", out var concurrentGc) && concurrentGc is true ? ", background" : ", no background GC")
                                + (System.Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is { } gen0 ? ", gen-0 budget " + gen0 + " (DOTNET_GCgen0size)" : ", default gen-0 budget");
            Environment["roslyn (host)"] = typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.GetName().Version?.ToString() ?? "?";
            Environment["framework references"] = frameworkDescription;
            Environment["model reference"] = typeof(Clst.Contracts.Order).Assembly.Location;
            Environment["analysis"] = (_options.Concurrent ? "concurrent (compiler and driver use the thread pool)" : "sequential (concurrentBuild and concurrentAnalysis off)")
                                      + (_options.SeparatePasses ? "; ours, floor and IDE in separate passes" : "; ours, floor and IDE in one analyzer pass, timed per analyzer");
        }

        /// <summary>The collector's line once the run is over: how many timed build passes ran without a collection.</summary>
        private void RecordGcAtEnd(int passes, int withoutCollection)
        {
            Environment["gc"] = $"workstation; each timed build pass runs in a no-GC region (GC.TryStartNoGCRegion) so that no collection pause lands in a timing; {withoutCollection} of {passes} passes ran without a collection; "
                                + (MeasuringProcess.IsMeasuringProcess
                                    ? "each editor request after a full collection, with a gen-0 budget larger than it allocates, on memory used before"
                                    : "each editor request in a no-GC region");
        }
    }
}
