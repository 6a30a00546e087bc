using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace Clst.Analyzers.Tests.Package
{
    [CollectionDefinition(Name)]
    public sealed class PackageGateCollection : ICollectionFixture<PackageGate>
    {
        public const string Name = "Package gate";
    }

    /// <summary>
    /// Shared by the package tests: ONE <c>dotnet pack</c> of <c>Analyzers.Package</c> into a temporary folder feed, and ONE
    /// restore of a temporary workspace outside the repository that holds a copy of <c>samples/</c> (plus a few copies of
    /// its projects that the tests vary). The workspace's NuGet.config has the temporary feed as its only source and a
    /// packages folder of its own, so every run restores the package it just packed. The repository's samples are never
    /// touched; the pack builds in artifacts/gate (see <see cref="BuildArtifacts"/>), so it never races a build of the
    /// repository's bin/obj. Set CLST_GATE_KEEP=1 to keep the temporary folder for a look after the run.
    /// </summary>
    public sealed class PackageGate : IAsyncLifetime
    {
        public const string Correct = "CancelClient.Correct";
        public const string Faulty = "CancelClient.Faulty";
        public const string Configured = "CancelClient.Configured";

        /// <summary>Copies of the faulty sample with an .editorconfig that sets CLST003/CLST004 severities (none/error, error/none).</summary>
        public const string FaultySeverityA = "Faulty.SeverityA";
        public const string FaultySeverityB = "Faulty.SeverityB";

        /// <summary>A copy of the faulty sample for <c>dotnet format</c> to rewrite.</summary>
        public const string FaultyFormat = "Faulty.Format";

        /// <summary>A copy of the faulty sample for the README's CI-gate recipe (WarningsAsErrors for the CLST rules and the compiler's nullable codes).</summary>
        public const string FaultyCiRecipe = "Faulty.CiRecipe";

        /// <summary>A copy of the configured sample without its .editorconfig: the defaults of every option.</summary>
        public const string ConfiguredUnconfigured = "Configured.Unconfigured";

        private readonly List<string> _timings = new();
        private readonly Lazy<Task<BuildRun>> _faultyWarningsAsErrors;
        private readonly Lazy<Task<FreshWorkspace>> _fresh;

        public PackageGate()
        {
            _faultyWarningsAsErrors = new Lazy<Task<BuildRun>>(() => BuildAsync(Faulty, warningsAsErrors: true));
            _fresh = new Lazy<Task<FreshWorkspace>>(() => FreshWorkspace.CreateAsync(this, Path.Combine(Root, "fresh")));
        }

        /// <summary>A newcomer's project installed by the README's recipe, made once for the tests that run the README (<see cref="ReadmeRecipeTests"/>).</summary>
        public Task<FreshWorkspace> Fresh => _fresh.Value;

        public static string RepoRoot { get; } = FindRepoRoot();

        public static string SamplesRoot => Path.Combine(RepoRoot, "samples");

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "clst-gate-" + Guid.NewGuid().ToString("N").Substring(0, 10));

        public string Feed => Path.Combine(Root, "feed");

        public string PackagesFolder => Path.Combine(Root, "packages");

        public string Work => Path.Combine(Root, "work");

        /// <summary>
        /// Where the pack builds (artifacts output layout): a folder of the gate's own under the git-ignored artifacts/,
        /// so it never shares bin/obj with a build of the repository, and the next run builds incrementally.
        /// </summary>
        public static string BuildArtifacts => Path.Combine(RepoRoot, "artifacts", "gate");

        public string PackagePath { get; private set; } = string.Empty;

        public string SymbolsPackagePath { get; private set; } = string.Empty;

        /// <summary>The version every project of the repository gets (Directory.Build.props).</summary>
        public static string RepoVersion => XDocument.Load(Path.Combine(RepoRoot, "Directory.Build.props"))
            .Descendants("Version").Single().Value.Trim();

        public IReadOnlyList<string> Timings
        {
            get
            {
                lock (_timings)
                {
                    return _timings.ToList();
                }
            }
        }

        /// <summary>The faulty sample built once with <c>-warnaserror</c> and a SARIF log; shared by the tests that read it.</summary>
        public Task<BuildRun> FaultyWithWarningsAsErrors => _faultyWarningsAsErrors.Value;

        public async Task InitializeAsync()
        {
            var total = Stopwatch.StartNew();
            Directory.CreateDirectory(Root);

            var pack = await RunAsync("pack", RepoRoot, new[]
            {
                "pack", Path.Combine(RepoRoot, "Analyzers.Package", "Clst.Analyzers.Package.csproj"),
                "-c", "Release", "-o", Feed,
                "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + BuildArtifacts,
                "-nodeReuse:false", "-tl:off", "-nologo",
            });
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed: " + pack.Describe());
            }

            PackagePath = Path.Combine(Feed, $"Clst.Analyzers.{RepoVersion}.nupkg");
            SymbolsPackagePath = Path.Combine(Feed, $"Clst.Analyzers.{RepoVersion}.snupkg");
            if (!File.Exists(PackagePath))
            {
                throw new InvalidOperationException($"dotnet pack wrote no {Path.GetFileName(PackagePath)} to {Feed}: " + pack.Describe());
            }

            CreateWorkspace();
            var restore = await RunAsync("restore", Work, new[] { "restore", Path.Combine(Work, "gate.slnx"), "-nodeReuse:false", "-tl:off", "-nologo" });
            if (restore.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet restore of the sample workspace failed: " + restore.Describe());
            }

            Record($"fixture total: {total.Elapsed.TotalSeconds:0.0} s");
        }

        public Task DisposeAsync()
        {
            if (Environment.GetEnvironmentVariable("CLST_GATE_KEEP") != "1")
            {
                try
                {
                    Directory.Delete(Root, recursive: true);
                }
                catch (IOException)
                {
                    // A file still held open: the temp folder is the OS's to clean.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            return Task.CompletedTask;
        }

        public string ProjectDirectory(string name) => Path.Combine(Work, name);

        public string ProjectFile(string name)
            => Directory.EnumerateFiles(ProjectDirectory(name), "*.csproj").Single();

        /// <summary>Builds one project of the workspace (no restore: the fixture did it), with a SARIF 2.1 log.</summary>
        public async Task<BuildRun> BuildAsync(string name, bool warningsAsErrors, string label = "")
        {
            var sarif = Path.Combine(Root, "logs", $"{name}{label}-{Guid.NewGuid():N}.sarif");
            Directory.CreateDirectory(Path.GetDirectoryName(sarif)!);
            var arguments = new List<string>
            {
                "build", ProjectFile(name), "--no-restore", "-nodeReuse:false", "-tl:off", "-nologo",
                // The comma between the path and the version is MSBuild-escaped: a bare one would split the property.
                "-p:ErrorLog=" + sarif + "%2Cversion=2.1",
            };
            if (warningsAsErrors)
            {
                arguments.Add("-warnaserror");
            }

            var result = await RunAsync($"build {name}{label}{(warningsAsErrors ? " -warnaserror" : string.Empty)}", Work, arguments);
            var directory = ProjectDirectory(name);
            var log = File.Exists(sarif) ? BuildDiagnostics.ReadSarif(sarif, directory) : null;
            return new BuildRun(name, directory, result, BuildDiagnostics.FromConsole(result.Output, directory), log, sarif);
        }

        public async Task<CommandResult> RunAsync(string step, string workingDirectory, IReadOnlyList<string> arguments)
        {
            var result = await DotNetCli.RunAsync(workingDirectory, arguments);
            Record($"{step}: {result.Elapsed.TotalSeconds:0.0} s (exit {result.ExitCode})");
            return result;
        }

        /// <summary>A command line run exactly as written, in bash (<see cref="DotNetCli.RunShellAsync"/>).</summary>
        public async Task<CommandResult> RunShellAsync(string step, string workingDirectory, string commandLine, IReadOnlyDictionary<string, string>? environment = null)
        {
            var result = await DotNetCli.RunShellAsync(workingDirectory, commandLine, environment);
            Record($"{step}: {result.Elapsed.TotalSeconds:0.0} s (exit {result.ExitCode})");
            return result;
        }

        private void Record(string line)
        {
            lock (_timings)
            {
                _timings.Add(line);
            }
        }

        private void CreateWorkspace()
        {
            CopyDirectory(SamplesRoot, Work);

            CopyProject(Faulty, FaultySeverityA);
            File.WriteAllText(Path.Combine(Work, FaultySeverityA, ".editorconfig"),
                "[*.cs]\ndotnet_diagnostic.CLST003.severity = none\ndotnet_diagnostic.CLST004.severity = error\n");
            CopyProject(Faulty, FaultySeverityB);
            File.WriteAllText(Path.Combine(Work, FaultySeverityB, ".editorconfig"),
                "[*.cs]\ndotnet_diagnostic.CLST003.severity = error\ndotnet_diagnostic.CLST004.severity = none\n");
            CopyProject(Faulty, FaultyFormat);
            CopyProject(Faulty, FaultyCiRecipe);
            CopyProject(Configured, ConfiguredUnconfigured);
            File.Delete(Path.Combine(Work, ConfiguredUnconfigured, ".editorconfig"));

            // The only source is the feed just packed; the packages folder is this run's own.
            File.WriteAllText(Path.Combine(Work, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{PackagesFolder}" />
                  </config>
                  <packageSources>
                    <clear />
                    <add key="clst-gate" value="{Feed}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <clear />
                  </fallbackPackageFolders>
                </configuration>
                """);

            var projects = Directory.EnumerateDirectories(Work)
                .SelectMany(d => Directory.EnumerateFiles(d, "*.csproj"))
                .Select(p => $"  <Project Path=\"{Paths.Relative(Work, p)}\" />")
                .OrderBy(p => p, StringComparer.Ordinal);
            File.WriteAllText(Path.Combine(Work, "gate.slnx"), "<Solution>\n" + string.Join("\n", projects) + "\n</Solution>\n");
        }

        /// <summary>A sibling copy of a sample project; its project file takes the copy's name (a solution wants unique names).</summary>
        private void CopyProject(string sample, string copy)
        {
            CopyDirectory(Path.Combine(Work, sample), Path.Combine(Work, copy));
            File.Move(Path.Combine(Work, copy, sample + ".csproj"), Path.Combine(Work, copy, copy + ".csproj"));
        }

        private static void CopyDirectory(string source, string destination)
        {
            Directory.CreateDirectory(destination);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            }

            foreach (var directory in Directory.EnumerateDirectories(source))
            {
                var name = Path.GetFileName(directory);
                if (name is "bin" or "obj" or ".packages")
                {
                    continue;
                }

                CopyDirectory(directory, Path.Combine(destination, name));
            }
        }

        private static string FindRepoRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Clst.Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Clst.Analyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>One build of a workspace project: the command, and its diagnostics from the console and from the SARIF log.</summary>
    public sealed record BuildRun(
        string Project,
        string ProjectDirectory,
        CommandResult Result,
        IReadOnlyList<ReportedDiagnostic> Console,
        SarifLog? Sarif,
        string SarifPath)
    {
        public SarifLog RequireSarif() => Sarif ?? throw new InvalidOperationException($"no SARIF log at {SarifPath}: " + Result.Describe());
    }
}
