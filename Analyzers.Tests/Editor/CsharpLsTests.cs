using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Clst.Analyzers.Tests.Package;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Editor
{
    /// <summary>
    /// The editor, for real: csharp-ls (the version pinned in the repository's <c>dotnet-tools.json</c>) over LSP on the
    /// faulty sample as the package gate restored it (the package from the local feed, outside the repository). What the
    /// README's "In your editor" says about csharp-ls is what this test measures:
    /// <list type="bullet">
    /// <item>the setting is <c>csharp.analyzersEnabled: true</c>, which csharp-ls pulls with <c>workspace/configuration</c>
    /// (section <c>csharp</c>); this client answers that request and sends no <c>initializationOptions</c>;</item>
    /// <item>on open, the file's <c>publishDiagnostics</c> carry the CLST diagnostics its <c>// expect:</c> markers promise;</item>
    /// <item>after an edit (<c>didChange</c>) that adds a CLST001 mistake, the next diagnostics carry it at its line;</item>
    /// <item>the code actions offered at a CLST003 diagnostic do not include the package's fix ("Add the missing members").</item>
    /// </list>
    /// Every wait is bounded (<see cref="Wait"/>) and fails with the server's log.
    /// </summary>
    [Collection(PackageGateCollection.Name)]
    public sealed class CsharpLsTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(180);
        private const string File = "OrderReport.cs";

        /// <summary>The line added by the edit: "is it done?" answered yes for PENDING_CANCEL (CLST001, form 2).</summary>
        private const string Clst001Line = "    public static bool IsDone(OrderStatus status) => status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.PendingCancel;";

        private readonly PackageGate _gate;
        private readonly ITestOutputHelper _output;

        public CsharpLsTests(PackageGate gate, ITestOutputHelper output)
        {
            _gate = gate;
            _output = output;
        }

        [Fact]
        public async Task FaultySampleShowsItsClstDiagnosticsAndAnEditAddsCLST001()
        {
            var server = await StartServerAsync();
            var directory = _gate.ProjectDirectory(PackageGate.Faulty);
            var path = Path.Combine(directory, File);
            var uri = new Uri(path).AbsoluteUri;
            var text = System.IO.File.ReadAllText(path);
            var expected = Expectations.Read(directory).Where(e => e.File == File && !e.Unconfigured)
                .Select(e => (e.Line, e.RuleId)).ToHashSet();
            Assert.NotEmpty(expected);

            IReadOnlyList<(int Line, string Id)> lastSeen = Array.Empty<(int, string)>();
            string Describe() => "last diagnostics of " + File + ": " + (lastSeen.Count == 0 ? "(none)" : string.Join(", ", lastSeen.Select(d => $"{d.Id}@{d.Line}")));
            bool Carries(JsonObject notification, IEnumerable<(int Line, string Id)> wanted)
            {
                if ((string?)notification["params"]?["uri"] != uri)
                {
                    return false;
                }

                lastSeen = Clst(notification);
                return wanted.All(lastSeen.Contains);
            }

            await using var client = server;
            var initialize = await client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = new Uri(directory).AbsoluteUri,
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                    ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject(), ["codeAction"] = new JsonObject() },
                },
            }, Wait);
            Assert.NotNull(initialize?["capabilities"]);
            await client.NotifyAsync("initialized", new JsonObject());
            await client.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
            });

            var stopwatch = Stopwatch.StartNew();
            var opened = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => Carries(n, expected), Wait, Describe);
            _output.WriteLine($"on open, after {stopwatch.Elapsed.TotalSeconds:0.0} s: {Describe()}");

            // The edit: a new member before the class's closing brace.
            var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
            int close = lines.FindLastIndex(l => l.TrimEnd() == "}");
            lines.Insert(close, Clst001Line);
            int editedLine = close + 1;
            stopwatch.Restart();
            await client.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = string.Join("\n", lines) }),
            });
            await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => Carries(n, expected.Append((editedLine, "CLST001"))), Wait, Describe);
            _output.WriteLine($"after the edit, after {stopwatch.Elapsed.TotalSeconds:0.0} s: {Describe()}");

            // What the editor offers at CLST003: csharp-ls's own refactorings, not the package's code fix.
            var clst003 = opened["params"]!["diagnostics"]!.AsArray().First(d => (string?)d!["code"] == "CLST003")!;
            var actions = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = clst003["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(clst003.DeepClone()) },
            }, Wait);
            var titles = (actions as JsonArray ?? new JsonArray()).Select(a => (string?)a?["title"]).ToList();
            _output.WriteLine("code actions at CLST003: " + (titles.Count == 0 ? "(none)" : string.Join(", ", titles)));
            Assert.DoesNotContain("Add the missing members", titles);
        }

        private async Task<LspClient> StartServerAsync()
        {
            // The pinned tool, restored from the repository's manifest the way a developer gets it.
            var restore = await _gate.RunAsync("dotnet tool restore", PackageGate.RepoRoot, new[] { "tool", "restore" });
            Assert.True(restore.ExitCode == 0, restore.Describe());
            var manifest = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(PackageGate.RepoRoot, "dotnet-tools.json")))!;
            var version = (string)manifest["tools"]!["csharp-ls"]!["version"]!;
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                           ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var tool = Directory.EnumerateFiles(Path.Combine(packages, "csharp-ls", version, "tools"), "CSharpLanguageServer.dll", SearchOption.AllDirectories).First();
            _output.WriteLine($"csharp-ls {version}: {tool}");

            var start = new ProcessStartInfo(DotNetCli.HostPath)
            {
                WorkingDirectory = _gate.ProjectDirectory(PackageGate.Faulty),
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(tool);
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            var process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            // The editor's settings: one answer per item asked for; the "csharp" section turns the analyzers on.
            return new LspClient(process, (method, parameters) => method == "workspace/configuration"
                ? new JsonArray(parameters!["items"]!.AsArray()
                    .Select(item => (JsonNode?)((string?)item?["section"] == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null))
                    .ToArray())
                : null);
        }

        private static IReadOnlyList<(int Line, string Id)> Clst(JsonObject notification)
            => notification["params"]!["diagnostics"]!.AsArray()
                .Select(d => (Line: (int)d!["range"]!["start"]!["line"]! + 1, Id: (string?)d["code"] ?? string.Empty))
                .Where(d => d.Id.StartsWith("CLST", StringComparison.Ordinal))
                .ToList();
    }
}
