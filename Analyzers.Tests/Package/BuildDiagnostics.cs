using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>A diagnostic as a build reported it, with its file relative to the project folder.</summary>
    public sealed record ReportedDiagnostic(string File, int Line, int Column, string RuleId, string Level, string Message)
    {
        public bool IsClst => RuleId.StartsWith("CLST", StringComparison.Ordinal);

        public override string ToString() => $"{File}({Line},{Column}): {Level} {RuleId}: {Message}";
    }

    /// <summary>Reads the diagnostics of a build from the two places users read them: the console and the SARIF log.</summary>
    public static class BuildDiagnostics
    {
        // "/path/File.cs(12,5): error CLST001: message [/path/Project.csproj]" (MSBuild's canonical error format).
        private static readonly Regex ConsoleLine = new(
            @"^\s*(?<file>[^\s].*?)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\)\s*:\s*(?<level>error|warning|info)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<msg>.*?)(?:\s+\[(?<project>[^\]]+)\])?\s*$",
            RegexOptions.CultureInvariant | RegexOptions.Multiline);

        // "CSC : warning AD0001: message [/path/Project.csproj]": a diagnostic with no source location (an analyzer that
        // threw, one that failed to load, a command-line warning).
        private static readonly Regex UnlocatedConsoleLine = new(
            @"^\s*(?<origin>[^\s:(][^:(]*?)\s*:\s*(?<level>error|warning)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<msg>.*?)(?:\s+\[(?<project>[^\]]+)\])?\s*$",
            RegexOptions.CultureInvariant | RegexOptions.Multiline);

        /// <summary>
        /// Every error/warning in the console output, once each (MSBuild may repeat them in its summary); one with no
        /// source location has an empty file and line 0.
        /// </summary>
        public static IReadOnlyList<ReportedDiagnostic> FromConsole(string output, string projectDirectory)
        {
            var result = new List<ReportedDiagnostic>();
            var text = output.Replace("\r", string.Empty);
            foreach (Match match in UnlocatedConsoleLine.Matches(text))
            {
                result.Add(new ReportedDiagnostic(string.Empty, 0, 0, match.Groups["id"].Value, match.Groups["level"].Value, match.Groups["msg"].Value));
            }

            foreach (Match match in ConsoleLine.Matches(text))
            {
                var file = match.Groups["file"].Value.Trim();
                var full = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(projectDirectory, file));
                result.Add(new ReportedDiagnostic(
                    Paths.Relative(projectDirectory, full),
                    int.Parse(match.Groups["line"].Value),
                    int.Parse(match.Groups["col"].Value),
                    match.Groups["id"].Value,
                    match.Groups["level"].Value,
                    match.Groups["msg"].Value));
            }

            return result.Distinct().ToList();
        }

        /// <summary>A SARIF 2.1 log as the compiler writes it with <c>ErrorLog=path,version=2.1</c>.</summary>
        public static SarifLog ReadSarif(string path, string projectDirectory)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var version = root.GetProperty("version").GetString() ?? string.Empty;
            var results = new List<SarifResult>();
            var rules = new Dictionary<string, SarifRule>(StringComparer.Ordinal);
            foreach (var run in root.GetProperty("runs").EnumerateArray())
            {
                var driverRules = new List<SarifRule>();
                if (run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver)
                    && driver.TryGetProperty("rules", out var ruleArray))
                {
                    foreach (var rule in ruleArray.EnumerateArray())
                    {
                        var id = rule.GetProperty("id").GetString() ?? string.Empty;
                        var helpUri = rule.TryGetProperty("helpUri", out var help) ? help.GetString() : null;
                        var descriptor = new SarifRule(id, helpUri);
                        driverRules.Add(descriptor);
                        rules[id] = descriptor;
                    }
                }

                if (!run.TryGetProperty("results", out var resultArray))
                {
                    continue;
                }

                foreach (var result in resultArray.EnumerateArray())
                {
                    var ruleId = result.TryGetProperty("ruleId", out var idElement) ? idElement.GetString() ?? string.Empty : string.Empty;
                    if (ruleId.Length == 0 && result.TryGetProperty("ruleIndex", out var index) && index.GetInt32() < driverRules.Count)
                    {
                        ruleId = driverRules[index.GetInt32()].Id;
                    }

                    var level = result.TryGetProperty("level", out var levelElement) ? levelElement.GetString() ?? "warning" : "warning";
                    var message = result.TryGetProperty("message", out var messageElement) && messageElement.TryGetProperty("text", out var text)
                        ? text.GetString() ?? string.Empty
                        : string.Empty;
                    bool suppressed = result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0;

                    string? file = null;
                    int line = 0, column = 0;
                    if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                        && locations[0].TryGetProperty("physicalLocation", out var physical))
                    {
                        if (physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("uri", out var uri))
                        {
                            file = ToRelativePath(uri.GetString() ?? string.Empty, projectDirectory);
                        }

                        if (physical.TryGetProperty("region", out var region))
                        {
                            line = region.TryGetProperty("startLine", out var startLine) ? startLine.GetInt32() : 0;
                            column = region.TryGetProperty("startColumn", out var startColumn) ? startColumn.GetInt32() : 0;
                        }
                    }

                    results.Add(new SarifResult(ruleId, level, message, file, line, column, suppressed));
                }
            }

            return new SarifLog(version, results, rules);
        }

        private static string ToRelativePath(string uri, string projectDirectory)
        {
            string full;
            if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile)
            {
                full = absolute.LocalPath;
            }
            else
            {
                full = Path.GetFullPath(Path.Combine(projectDirectory, Uri.UnescapeDataString(uri)));
            }

            return Paths.Relative(projectDirectory, full);
        }
    }

    public sealed record SarifRule(string Id, string? HelpUri);

    public sealed record SarifResult(string RuleId, string Level, string Message, string? File, int Line, int Column, bool Suppressed)
    {
        public bool IsClst => RuleId.StartsWith("CLST", StringComparison.Ordinal);

        /// <summary>The same diagnostic as the console shows it (SARIF says "note" where the console says "info").</summary>
        public ReportedDiagnostic ToReported() => new(File ?? string.Empty, Line, Column, RuleId, Level == "note" ? "info" : Level, Message);

        public override string ToString() => $"{File}({Line},{Column}): {Level} {RuleId}: {Message}";
    }

    public sealed record SarifLog(string Version, IReadOnlyList<SarifResult> Results, IReadOnlyDictionary<string, SarifRule> Rules);
}
