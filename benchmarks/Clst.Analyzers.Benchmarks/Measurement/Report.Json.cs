using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>The results as JSON: every figure of a run, with its machine, command and commit (kept under <c>benchmarks/results/</c>).</summary>
    internal static partial class Report
    {
        private static string CommandLine()
            => "dotnet run -c Release --project benchmarks/Clst.Analyzers.Benchmarks --" + string.Concat(Environment.GetCommandLineArgs().Skip(1).Select(a => " " + a));

        internal static JsonObject Json(BenchmarkRun run)
        {
            var root = new JsonObject
            {
                ["tool"] = "Clst.Analyzers.Benchmarks",
                ["generatedAtUtc"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                ["commit"] = run.Commit,
                ["workTreeDirty"] = run.WorkTreeDirty,
                ["machine"] = new JsonObject
                {
                    ["cores"] = Environment.ProcessorCount,
                    ["memory"] = MachineFacts.Memory(),
                    ["freshPageMicroseconds"] = Num(run.FreshPageMicroseconds),
                    ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                    ["architecture"] = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString(),
                    ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                    ["loadAverageAtStart"] = run.Environment.TryGetValue("load average at start", out var atStart) ? atStart : null,
                    ["loadAverageAtEnd"] = run.Environment.TryGetValue("load average at end", out var atEnd) ? atEnd : null,
                },
                ["command"] = CommandLine(),
                ["environment"] = new JsonObject(run.Environment.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))),
                ["options"] = new JsonObject
                {
                    ["sizes"] = new JsonArray(run.Options.Sizes.Select(s => (JsonNode?)s).ToArray()),
                    ["runs"] = run.Options.Runs,
                    ["warmup"] = run.Options.Warmup,
                    ["seed"] = run.Options.Seed,
                    ["contractShare"] = run.Options.ContractShare,
                    ["concurrent"] = run.Options.Concurrent,
                    ["separatePasses"] = run.Options.SeparatePasses,
                    ["editor"] = run.Options.Editor,
                    ["editorEdits"] = run.Options.EditorEdits,
                    ["editorFiles"] = run.Options.EditorFiles,
                    ["oursAssemblies"] = new JsonArray(run.Options.OursAssemblies.Select(a => (JsonNode?)a).ToArray()),
                },
                ["analyzers"] = new JsonObject
                {
                    ["ours"] = new JsonArray((run.Ours.IsDefault ? Enumerable.Empty<string>() : run.Ours.Select(BenchmarkRun.NameOf)).Select(n => (JsonNode?)n).ToArray()),
                    ["ide"] = new JsonArray((run.Ide.IsDefault ? Enumerable.Empty<string>() : run.Ide.Select(BenchmarkRun.NameOf)).Select(n => (JsonNode?)n).ToArray()),
                    ["floors"] = new JsonArray(run.Floors.Select(f => (JsonNode?)new JsonObject
                    {
                        ["name"] = f.Name,
                        ["mirrors"] = f.Shape.Source,
                        ["registers"] = new JsonArray(BenchmarkRun.FloorShape(f).Select(s => (JsonNode?)s).ToArray()),
                    }).ToArray()),
                },
                ["sizes"] = new JsonArray(run.Sizes.Select(s => (JsonNode?)SizeJson(s)).ToArray()),
                ["editor"] = run.Editor == null ? null : Editor.EditorReport.Json(run.Editor),
                ["growth"] = new JsonArray(Growth(run).Select(g => (JsonNode?)new JsonObject
                {
                    ["name"] = g.Name,
                    ["microsecondsPerFile"] = new JsonObject(g.MicrosecondsPerFile.Select(p => new KeyValuePair<string, JsonNode?>(p.Key.ToString(CultureInfo.InvariantCulture), Num(p.Value)))),
                    ["factor"] = Num(g.Factor),
                }).ToArray()),
                ["targets"] = new JsonArray(Targets(run).Select(t => (JsonNode?)new JsonObject
                {
                    ["name"] = t.Name,
                    ["value"] = t.Value,
                    ["goal"] = t.Target,
                    ["verdict"] = t.Verdict,
                }).ToArray()),
                ["notes"] = new JsonArray(run.Notes.Distinct().Select(n => (JsonNode?)n).ToArray()),
            };
            return root;
        }

        private static JsonObject SizeJson(SizeResult size) => new JsonObject
        {
            ["files"] = size.Files,
            ["secondsTaken"] = Num(size.SecondsTaken),
            ["warmupRuns"] = size.Warmup,
            ["corpus"] = CorpusJson(size.Corpus),
            ["bailOutCorpus"] = size.BailOutCorpus == null ? null : CorpusJson(size.BailOutCorpus),
            ["timesMs"] = new JsonObject(size.Times.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, SeriesJson(p.Value)))),
            ["allocatedMB"] = new JsonObject(size.AllocatedMegabytes.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, SeriesJson(p.Value)))),
            ["pageFaultsThousands"] = new JsonObject(size.PageFaultsThousands.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, SeriesJson(p.Value)))),
            ["ratios"] = new JsonObject(size.Ratios.Select(r => new KeyValuePair<string, JsonNode?>(r.Name, new JsonObject
            {
                ["median"] = Num(r.Values.Median),
                ["min"] = Num(r.Values.Min),
                ["max"] = Num(r.Values.Max),
                ["runs"] = new JsonArray(r.Values.Runs.Select(v => Num(v)).ToArray()),
                ["target"] = r.Target.Length == 0 ? null : r.Target,
                ["met"] = r.Met,
            }))),
            ["diagnostics"] = new JsonObject(size.Diagnostics.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))),
            ["bailOutDiagnostics"] = new JsonObject(size.BailOutDiagnostics.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))),
            ["findings"] = Findings.Json(size.Findings),
        };

        private static JsonObject CorpusJson(CorpusInfo corpus) => new JsonObject
        {
            ["name"] = corpus.Name,
            ["files"] = corpus.Files,
            ["contractFiles"] = corpus.ContractFiles,
            ["ordinaryFiles"] = corpus.OrdinaryFiles,
            ["lines"] = corpus.Lines,
            ["characters"] = corpus.Characters,
            ["referencesModel"] = corpus.ReferencesModel,
            ["compilerErrors"] = corpus.CompilerErrors,
            ["compilerWarnings"] = corpus.CompilerWarnings,
            ["compilerDiagnosticsById"] = new JsonObject(corpus.CompilerWarningsById.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))),
            ["plantedForms"] = new JsonObject(corpus.PlantedForms.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, JsonNode?>(p.Key, new JsonObject
            {
                ["flagged"] = p.Value.Flagged,
                ["clean"] = p.Value.Clean,
            }))),
        };

        private static JsonObject SeriesJson(Series series) => new JsonObject
        {
            ["median"] = Num(series.Median),
            ["min"] = Num(series.Min),
            ["max"] = Num(series.Max),
            ["runs"] = new JsonArray(series.Runs.Select(v => Num(v)).ToArray()),
        };

        private static JsonNode? Num(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : JsonValue.Create(Math.Round(value, 4));
    }
}
