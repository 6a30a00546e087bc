using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Clst.Analyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>One rule's row of the findings check: planted forms against what was reported in the members that hold them.</summary>
    internal sealed class FindingRow
    {
        public string Rule { get; init; } = string.Empty;

        public int PlantedFlagged { get; set; }

        /// <summary>Planted flagged forms with a diagnostic of the rule in their member.</summary>
        public int FlaggedByRule { get; set; }

        /// <summary>Planted flagged CLST002 forms in nullable-enabled files that the rule left to the compiler (a CS86xx in their member).</summary>
        public int FlaggedByCompiler { get; set; }

        public int PlantedClean { get; set; }

        /// <summary>Planted clean forms with a diagnostic of the rule in their member (false positives).</summary>
        public int CleanReported { get; set; }

        /// <summary>Diagnostics of the rule outside every member planted for it (in other members or other files).</summary>
        public int ReportedElsewhere { get; set; }

        /// <summary>All diagnostics of the rule on the corpus.</summary>
        public int Diagnostics { get; set; }

        /// <summary>Names of the flagged forms missed and the clean forms reported (a few, for the report).</summary>
        public SortedDictionary<string, int> Differences { get; } = new(StringComparer.Ordinal);

        public bool Planted => PlantedFlagged + PlantedClean > 0;

        /// <summary>A subset row (the forms on generated clients): counts its forms only, not the rule's other diagnostics.</summary>
        public bool Subset { get; init; }

        public int FlaggedReported => FlaggedByRule + FlaggedByCompiler;

        /// <summary>"as planted" when every flagged form was reported, no clean one was and nothing was reported elsewhere.</summary>
        public string Verdict => !Planted ? "-" : FlaggedReported == PlantedFlagged && CleanReported == 0 && ReportedElsewhere == 0 ? "as planted" : "DIFFERS";
    }

    /// <summary>
    /// The findings check: each planted form's member (its span in its file, known to the generator) against the diagnostics
    /// reported in it. CLST002 leaves a finding in a nullable-enabled file to the compiler on purpose (CS8602, CS8629, CS8604,
    /// ...), so a flagged CLST002 form there counts as reported when the compiler warns in its member.
    /// </summary>
    internal static class Findings
    {
        public static List<FindingRow> Check(GeneratedCorpus corpus, IEnumerable<Diagnostic> analyzerDiagnostics, IEnumerable<Diagnostic> compilerDiagnostics)
        {
            var byFile = analyzerDiagnostics.Where(d => d.Location.IsInSource)
                .GroupBy(d => d.Location.SourceTree!.FilePath)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var compilerByFile = compilerDiagnostics.Where(d => d.Location.IsInSource && d.Id.StartsWith("CS86", StringComparison.Ordinal))
                .GroupBy(d => d.Location.SourceTree!.FilePath)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var rows = new SortedDictionary<string, FindingRow>(StringComparer.Ordinal);
            FindingRow Row(string rule) => rows.TryGetValue(rule, out var row) ? row : rows[rule] = new FindingRow { Rule = rule };

            var matched = new HashSet<Diagnostic>();
            foreach (var file in corpus.Files)
            {
                var diagnostics = byFile.TryGetValue(file.Path, out var list) ? list : new List<Diagnostic>();
                var compiler = compilerByFile.TryGetValue(file.Path, out var c) ? c : new List<Diagnostic>();
                foreach (var form in file.Forms)
                {
                    var own = diagnostics.Where(d => d.Id == form.Rule && Inside(d, form)).ToList();
                    matched.UnionWith(own);
                    Tally(Row(form.Rule), form, own, compiler);
                    if (file.Kind == CorpusFileKind.GeneratedClientUser)
                    {
                        // The route-based recognition of the generated clients, on its own row.
                        var subset = SubsetPrefix + form.Rule;
                        Tally(rows.TryGetValue(subset, out var r) ? r : rows[subset] = new FindingRow { Rule = subset, Subset = true }, form, own, compiler);
                    }
                }
            }

            foreach (var diagnostic in byFile.Values.SelectMany(d => d))
            {
                var row = Row(diagnostic.Id);
                row.Diagnostics++;
                if (!matched.Contains(diagnostic) && rows[diagnostic.Id].Planted)
                {
                    row.ReportedElsewhere++;
                    Count(row, "elsewhere: " + System.IO.Path.GetFileName(diagnostic.Location.SourceTree!.FilePath));
                }
            }

            return rows.Values.OrderBy(r => r.Subset).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList();
        }

        public const string SubsetPrefix = "on generated clients: ";

        private static void Tally(FindingRow row, PlantedForm form, List<Diagnostic> own, List<Diagnostic> compiler)
        {
            if (form.Flagged)
            {
                row.PlantedFlagged++;
                if (own.Count > 0)
                {
                    row.FlaggedByRule++;
                }
                else if (form.Rule == "CLST002" && form.NullableEnabled && compiler.Any(d => Inside(d, form)))
                {
                    row.FlaggedByCompiler++;
                }
                else
                {
                    Count(row, "missed: " + form.Name);
                }
            }
            else
            {
                row.PlantedClean++;
                if (own.Count > 0)
                {
                    row.CleanReported++;
                    Count(row, "reported on clean: " + form.Name);
                }
            }
        }

        private static bool Inside(Diagnostic diagnostic, PlantedForm form)
            => diagnostic.Location.SourceSpan.Start >= form.Start && diagnostic.Location.SourceSpan.Start < form.End;

        private static void Count(FindingRow row, string key) => row.Differences[key] = row.Differences.TryGetValue(key, out int n) ? n + 1 : 1;

        /// <summary>The findings check: planted forms (by member) against the diagnostics reported in their members.</summary>
        public static string Markdown(IReadOnlyList<FindingRow> findings)
        {
            var text = new StringBuilder();
            text.AppendLine("Findings on the main corpus (last run): each planted form's member against the diagnostics reported in it; a flagged CLST002 form "
                            + "in a nullable-enabled file counts as reported when the compiler warns there (CS86xx: CLST002 leaves it to the compiler on purpose):");
            text.AppendLine();
            text.AppendLine("| rule | planted flagged | flagged reported (rule + compiler) | planted clean | clean reported | reported elsewhere | diagnostics | verdict |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var row in findings)
            {
                text.AppendLine(row.Planted
                    ? $"| {row.Rule} | {row.PlantedFlagged} | {row.FlaggedReported} ({row.FlaggedByRule} + {row.FlaggedByCompiler}) | {row.PlantedClean} | {row.CleanReported} "
                      + (row.Subset ? $"| - | - | {row.Verdict} |" : $"| {row.ReportedElsewhere} | {row.Diagnostics} | {row.Verdict} |")
                    : $"| {row.Rule} | - | - | - | - | - | {row.Diagnostics} | - |");
            }

            foreach (var row in findings.Where(r => r.Differences.Count > 0))
            {
                text.AppendLine();
                text.AppendLine($"{row.Rule} differs: " + string.Join("; ", row.Differences.Take(8).Select(p => p.Value > 1 ? $"{p.Key} ×{p.Value}" : p.Key)) + (row.Differences.Count > 8 ? "; ..." : string.Empty));
            }

            return text.ToString();
        }

        public static JsonArray Json(IEnumerable<FindingRow> findings) => new JsonArray(findings.Select(f => (JsonNode?)new JsonObject
        {
            ["rule"] = f.Rule,
            ["plantedFlagged"] = f.PlantedFlagged,
            ["flaggedReportedByRule"] = f.FlaggedByRule,
            ["flaggedReportedByCompiler"] = f.FlaggedByCompiler,
            ["plantedClean"] = f.PlantedClean,
            ["cleanReported"] = f.CleanReported,
            ["reportedElsewhere"] = f.ReportedElsewhere,
            ["diagnostics"] = f.Diagnostics,
            ["verdict"] = f.Verdict,
            ["differences"] = new JsonObject(f.Differences.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))),
        }).ToArray());
    }
}
