using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// One diagnostic a sample promises, read from a marker comment at the end of the line it is reported on:
    /// <c>// expect: CLST001</c>, several as <c>// expect: CLST001, CLST002</c>; <c>CLST001 (manual)</c> when no automatic fix
    /// removes it; <c>// expect-unconfigured: CLST004</c> for a diagnostic reported only once the sample's own
    /// <c>clst.*</c> options and severities are taken out of its <c>.editorconfig</c>.
    /// The markers in the samples are the only place where the gate's expectations are written down.
    /// </summary>
    public sealed record Expectation(string File, int Line, string RuleId, bool Manual, bool Unconfigured)
    {
        public override string ToString() => $"{File}({Line}): {RuleId}{(Manual ? " (manual)" : string.Empty)}{(Unconfigured ? " [unconfigured]" : string.Empty)}";
    }

    public static class Expectations
    {
        private static readonly Regex Marker = new(@"//\s*(?<kind>expect|expect-unconfigured):\s*(?<items>.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex Item = new(@"^(?<id>CLST\d{3})(?:\s*\((?<note>[^)]*)\))?$", RegexOptions.CultureInvariant);

        /// <summary>Every marker in the project folder's C# files (bin/ and obj/ left out), with paths relative to the folder.</summary>
        public static IReadOnlyList<Expectation> Read(string projectDirectory)
        {
            var result = new List<Expectation>();
            foreach (var path in Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                var relative = Paths.Relative(projectDirectory, path);
                if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
                {
                    continue;
                }

                var lines = File.ReadAllLines(path);
                for (int i = 0; i < lines.Length; i++)
                {
                    var match = Marker.Match(lines[i]);
                    if (!match.Success)
                    {
                        continue;
                    }

                    bool unconfigured = match.Groups["kind"].Value == "expect-unconfigured";
                    foreach (var raw in match.Groups["items"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        var item = Item.Match(raw);
                        if (!item.Success)
                        {
                            throw new FormatException($"{relative}({i + 1}): cannot read the expectation '{raw}' (write e.g. 'CLST001' or 'CLST001 (manual)').");
                        }

                        var note = item.Groups["note"].Value;
                        if (note.Length > 0 && note != "manual")
                        {
                            throw new FormatException($"{relative}({i + 1}): unknown note '({note})'; the only one is '(manual)'.");
                        }

                        result.Add(new Expectation(relative, i + 1, item.Groups["id"].Value, note == "manual", unconfigured));
                    }
                }
            }

            return result;
        }
    }

    public static class Paths
    {
        /// <summary>A path relative to a folder, with forward slashes.</summary>
        public static string Relative(string directory, string path)
            => Path.GetRelativePath(directory, path).Replace('\\', '/');
    }
}
