using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>Facts about the machine a run measured on (a shared machine makes wall times noisy; the results say so).</summary>
    internal static class MachineFacts
    {
        /// <summary>The 1/5/15-minute load averages (Linux).</summary>
        public static string LoadAverage()
        {
            try
            {
                var parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return string.Join(" ", parts.Take(3)) + $" on {Environment.ProcessorCount} cores";
            }
            catch (IOException)
            {
                return "n/a";
            }
            catch (UnauthorizedAccessException)
            {
                return "n/a";
            }
        }

        /// <summary>Total physical memory (Linux: <c>/proc/meminfo</c>; otherwise what the GC sees as available).</summary>
        public static string Memory()
        {
            try
            {
                var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
                if (line != null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long kb))
                {
                    return (kb / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " GB";
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            return (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " GB (available to the GC)";
        }

        /// <summary>
        /// Page faults the process has taken so far (Linux: minor faults from <c>/proc/self/stat</c>), or null elsewhere. A
        /// timed pass runs in a no-GC region, so every page it allocates is memory touched for the first time: one fault
        /// per page, paid by whichever code (compiler or analyzer) allocates across the page.
        /// </summary>
        public static long? PageFaults()
        {
            try
            {
                var stat = File.ReadAllText("/proc/self/stat");
                // Fields after the command name (which may hold spaces) start at its closing parenthesis: minflt is the 10th.
                var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                return long.TryParse(fields[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out long faults) ? faults : null;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// What the machine charges for memory touched for the first time: microseconds per page, from writing one byte per
        /// page of 64 MB freshly allocated outside the GC heap (median of three). On bare metal a fraction of a microsecond;
        /// in a virtual machine it can be tens of times more, and then it weighs on every allocation of a timed pass.
        /// </summary>
        public static double FreshPageMicroseconds()
        {
            const int Size = 64 << 20;
            int page = System.Environment.SystemPageSize;
            var samples = new double[3];
            for (int i = 0; i < samples.Length; i++)
            {
                unsafe
                {
                    byte* memory = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc(Size);
                    try
                    {
                        var stopwatch = Stopwatch.StartNew();
                        for (int offset = 0; offset < Size; offset += page)
                        {
                            memory[offset] = 1;
                        }

                        samples[i] = stopwatch.Elapsed.TotalMilliseconds * 1000.0 / (Size / page);
                    }
                    finally
                    {
                        System.Runtime.InteropServices.NativeMemory.Free(memory);
                    }
                }
            }

            Array.Sort(samples);
            return samples[1];
        }

        /// <summary>The repository's root: the nearest folder above the working directory or the program that holds <c>Clst.Analyzers.sln</c>.</summary>
        public static string? RepositoryRoot()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Clst.Analyzers.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            return null;
        }

        /// <summary>The commit checked out in the repository (<c>git rev-parse HEAD</c>), or null when git or the repository is not there.</summary>
        public static string? Commit(string? root)
        {
            var output = Git(root, "rev-parse HEAD");
            return output != null && output.Length >= 7 ? output : null;
        }

        /// <summary>True when the work tree has changes not committed (<c>git status --porcelain</c>), null when unknown.</summary>
        public static bool? Dirty(string? root)
        {
            var output = Git(root, "status --porcelain --untracked-files=no");
            return output == null ? null : output.Length > 0;
        }

        private static string? Git(string? root, string arguments)
        {
            if (root == null)
            {
                return null;
            }

            try
            {
                var start = new ProcessStartInfo("git", arguments)
                {
                    WorkingDirectory = root,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                using var process = Process.Start(start);
                if (process == null)
                {
                    return null;
                }

                string output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit(10_000);
                return process.ExitCode == 0 ? output : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
