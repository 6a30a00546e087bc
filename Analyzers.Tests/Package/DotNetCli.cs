using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>What one <c>dotnet</c> command did.</summary>
    public sealed class CommandResult
    {
        public CommandResult(string commandLine, int exitCode, string output, TimeSpan elapsed)
        {
            CommandLine = commandLine;
            ExitCode = exitCode;
            Output = output;
            Elapsed = elapsed;
        }

        public string CommandLine { get; }

        public int ExitCode { get; }

        /// <summary>Standard output and standard error, interleaved as they came.</summary>
        public string Output { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>The command, its exit code, its time and the end of its output: for assertion messages.</summary>
        public string Describe(int tailLines = 60)
        {
            var lines = Output.Split('\n');
            var tail = string.Join("\n", lines.Skip(Math.Max(0, lines.Length - tailLines)));
            return $"`{CommandLine}` exited {ExitCode} after {Elapsed.TotalSeconds:0.0} s; output (last {tailLines} lines):\n{tail}";
        }
    }

    /// <summary>
    /// Runs the .NET CLI the way a user's shell or CI step does. The child gets a clean MSBuild environment (the test host
    /// runs under <c>dotnet test</c>, whose MSBuild variables must not leak into a separate build), no node reuse (no MSBuild
    /// process outlives the command), and is ended with its whole process tree if it outlives its timeout.
    /// </summary>
    public static class DotNetCli
    {
        private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

        /// <summary>The <c>dotnet</c> host: the one running these tests' build when the SDK says so, else the one on PATH.</summary>
        public static string HostPath
        {
            get
            {
                var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
                return !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk : "dotnet";
            }
        }

        public static Task<CommandResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
            => RunProcessAsync(HostPath, "dotnet", workingDirectory, arguments, timeout, environment);

        /// <summary>
        /// Runs one command line exactly as a user types it into a shell (<c>bash -c</c>), with the same clean environment
        /// as <see cref="RunAsync"/> and this test run's <c>dotnet</c> first on PATH.
        /// </summary>
        public static Task<CommandResult> RunShellAsync(string workingDirectory, string commandLine, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
        {
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            var hostDirectory = Path.GetDirectoryName(HostPath);
            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            if (environment != null)
            {
                foreach (var pair in environment)
                {
                    variables[pair.Key] = pair.Value;
                }
            }

            if (!string.IsNullOrEmpty(hostDirectory))
            {
                variables["PATH"] = hostDirectory + Path.PathSeparator + path;
            }

            return RunProcessAsync("bash", "bash -c", workingDirectory, new[] { "-c", commandLine }, timeout, variables, shownCommand: commandLine);
        }

        private static async Task<CommandResult> RunProcessAsync(
            string fileName,
            string shownName,
            string workingDirectory,
            IReadOnlyList<string> arguments,
            TimeSpan? timeout,
            IReadOnlyDictionary<string, string>? environment,
            string? shownCommand = null)
        {
            var startInfo = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            foreach (var key in startInfo.Environment.Keys.ToList())
            {
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
                {
                    startInfo.Environment.Remove(key);
                }
            }

            startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";
            startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            startInfo.Environment["NUGET_XMLDOC_MODE"] = "skip";
            if (environment != null)
            {
                foreach (var pair in environment)
                {
                    startInfo.Environment[pair.Key] = pair.Value;
                }
            }

            var commandLine = shownCommand ?? shownName + " " + string.Join(" ", arguments.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a));
            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                // Ours to end: this command and whatever it started.
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }

                process.WaitForExit(10_000);
                Append(output, $"*** timed out after {(timeout ?? DefaultTimeout).TotalSeconds:0} s and was ended ***");
                return new CommandResult(commandLine, -1, Snapshot(output), stopwatch.Elapsed);
            }

            return new CommandResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
