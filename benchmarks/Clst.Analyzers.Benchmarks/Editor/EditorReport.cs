using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Clst.Analyzers.Benchmarks.Measurement;

namespace Clst.Analyzers.Benchmarks.Editor
{
    /// <summary>The editor scenario's table, its target and its JSON.</summary>
    internal static class EditorReport
    {
        public const string TargetName = "editor: ours p95 ≤ IDE0010+IDE0072 p95 on every document size";

        public static string Markdown(EditorResult editor)
        {
            var text = new StringBuilder();
            text.AppendLine($"### Editor scenario: one document's analyzer diagnostics after an edit ({editor.CorpusFiles:N0}-file project held open"
                            + (editor.GeneratedClientSources > 0 ? $" with {editor.GeneratedClientSources} generated client sources" : string.Empty) + ", "
                            + $"{editor.Edits} edits per document and group after {editor.Warmup} warm-up; {editor.SecondsTaken:0} s)");
            text.AppendLine();
            text.AppendLine("Wall time of `GetAnalyzerSyntaxDiagnosticsAsync` + `GetAnalyzerSemanticDiagnosticsAsync(model, null)` on a fresh "
                            + "`CompilationWithAnalyzers` per group and edit (the document's binding included, the same for every group); "
                            + "\"analyzers alone\" is the logged execution time of the group's analyzers in that request.");
            text.AppendLine();
            bool ide = editor.HasGroup(EditorGroups.Ide);
            text.AppendLine("| document | lines | ours p50 ms | ours p95 ms | floor p50 ms | floor p95 ms | IDE p50 ms | IDE p95 ms | ours / IDE p95 | ours / floor p95 | analyzers alone p95 ms: ours / floor / IDE | diagnostics: ours / IDE |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
            foreach (var d in editor.Documents)
            {
                var ours = d.Group(EditorGroups.Ours);
                var floor = d.Group(EditorGroups.Floor);
                var ideGroup = d.Group(EditorGroups.Ide);
                text.AppendLine($"| {d.Kind}, {d.Size}{(d.CompilerErrors > 0 ? " (does not compile)" : string.Empty)} | {d.Lines:N0} "
                                + $"| {Ms(ours?.WallMs.Median)} | {Ms(ours?.WallMs.P95)} | {Ms(floor?.WallMs.Median)} | {Ms(floor?.WallMs.P95)} "
                                + $"| {Ms(ideGroup?.WallMs.Median)} | {Ms(ideGroup?.WallMs.P95)} "
                                + $"| {Ratio(d.P95Ratio(EditorGroups.Ours, EditorGroups.Ide))} | {Ratio(d.P95Ratio(EditorGroups.Ours, EditorGroups.Floor))} "
                                + $"| {Ms(ours?.AnalyzerMs.P95)} / {Ms(floor?.AnalyzerMs.P95)} / {Ms(ideGroup?.AnalyzerMs.P95)} "
                                + $"| {Ids(ours)} / {(ide ? Ids(ideGroup) : "n/a")} |");
            }

            if (editor.Notes.Count > 0)
            {
                text.AppendLine();
                foreach (var note in editor.Notes.Distinct())
                {
                    text.AppendLine("- " + note);
                }
            }

            return text.ToString();
        }

        /// <summary>The editor target: ours' p95 at most IDE0010+IDE0072's p95 on every document, judged on the worst ratio.</summary>
        public static (string Name, string Value, string Goal, bool? Met) Target(EditorResult? editor)
        {
            if (editor == null || !editor.HasGroup(EditorGroups.Ours) || !editor.HasGroup(EditorGroups.Ide))
            {
                return (TargetName, "n/a", "≤ 1× on every document", null);
            }

            var worst = editor.Documents
                .Select(d => (Document: d, Ratio: d.P95Ratio(EditorGroups.Ours, EditorGroups.Ide)))
                .Where(p => !double.IsNaN(p.Ratio))
                .OrderByDescending(p => p.Ratio)
                .FirstOrDefault();
            if (worst.Document == null)
            {
                return (TargetName, "n/a", "≤ 1× on every document", null);
            }

            return (TargetName, $"worst ours / IDE p95 {Ratio(worst.Ratio)} ({worst.Document.Kind}, {worst.Document.Size})", "≤ 1× on every document", worst.Ratio <= 1);
        }

        public static JsonObject Json(EditorResult editor) => new JsonObject
        {
            ["corpusFiles"] = editor.CorpusFiles,
            ["generatedClientSources"] = editor.GeneratedClientSources,
            ["corpusLines"] = editor.CorpusLines,
            ["edits"] = editor.Edits,
            ["warmupEdits"] = editor.Warmup,
            ["secondsTaken"] = Num(editor.SecondsTaken),
            ["documents"] = new JsonArray(editor.Documents.Select(d => (JsonNode?)new JsonObject
            {
                ["kind"] = d.Kind,
                ["size"] = d.Size,
                ["path"] = d.Path,
                ["lines"] = d.Lines,
                ["compilerErrors"] = d.CompilerErrors,
                ["groups"] = new JsonObject(d.Groups.Select(g => new KeyValuePair<string, JsonNode?>(g.Key, new JsonObject
                {
                    ["wallMs"] = SeriesJson(g.Value.WallMs),
                    ["analyzerMs"] = SeriesJson(g.Value.AnalyzerMs),
                    ["allocatedMB"] = SeriesJson(g.Value.AllocatedMegabytes),
                    ["diagnostics"] = new JsonObject(g.Value.Diagnostics.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))),
                }))),
                ["oursOverIdeP95"] = Num(d.P95Ratio(EditorGroups.Ours, EditorGroups.Ide)),
                ["oursOverFloorP95"] = Num(d.P95Ratio(EditorGroups.Ours, EditorGroups.Floor)),
            }).ToArray()),
            ["notes"] = new JsonArray(editor.Notes.Distinct().Select(n => (JsonNode?)n).ToArray()),
        };

        private static JsonObject SeriesJson(Series series) => new JsonObject
        {
            ["p50"] = Num(series.Median),
            ["p95"] = Num(series.P95),
            ["min"] = Num(series.Min),
            ["max"] = Num(series.Max),
            ["runs"] = new JsonArray(series.Runs.Select(v => Num(v)).ToArray()),
        };

        private static JsonNode? Num(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : JsonValue.Create(Math.Round(value, 4));

        private static string Ids(EditorGroupResult? group)
            => group == null ? "n/a" : group.Diagnostics.Count == 0 ? "none" : string.Join(", ", group.Diagnostics.Select(p => $"{p.Key} {p.Value}"));

        private static string Ms(double? value)
            => value is not { } v || double.IsNaN(v) ? "n/a" : v.ToString(v >= 100 ? "N0" : v >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

        private static string Ratio(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.00", CultureInfo.InvariantCulture) + "×";
    }
}
