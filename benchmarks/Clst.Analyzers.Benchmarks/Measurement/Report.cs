using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>Ratios, tables (Markdown, so they paste into the README) and growth across sizes; the JSON file is in <c>Report.Json.cs</c>.</summary>
    internal static partial class Report
    {
        public const double LinearFactorLimit = 1.25;

        public static void AddRatios(SizeResult result, BenchmarkRun run)
        {
            var compile = result.Time(BenchmarkRun.Compilation).Runs;
            var ours = run.HasOurs ? result.Time(BenchmarkRun.OursTotal).Runs : null;
            var floor = result.Time(BenchmarkRun.FloorTotal).Runs;
            result.Ratios.Add(Ratio("ours / compilation", ours, compile, "< 2 %", percent: true, v => v < 0.02));
            result.Ratios.Add(Ratio("ours / no-op floor", ours, floor, "< 3×", percent: false, v => v < 3));
            if (!run.Ide.IsDefaultOrEmpty)
            {
                result.Ratios.Add(Ratio("ours / IDE0010+IDE0072", ours, result.Time(BenchmarkRun.IdeTotal).Runs, "≤ 1×", percent: false, v => v <= 1));
            }

            if (result.BailOutCorpus != null)
            {
                result.Ratios.Add(Ratio(
                    "bail-out corpus: ours / compilation",
                    run.HasOurs ? result.Time(BenchmarkRun.BailOursTotal).Runs : null,
                    result.Time(BenchmarkRun.BailCompilation).Runs,
                    "< 0.1 %",
                    percent: true,
                    v => v < 0.001));
            }

            result.Ratios.Add(Ratio("no-op floor / compilation", floor, compile, string.Empty, percent: true, null));
            if (result.Times.Any(p => p.Key == BenchmarkRun.UnusedModelOursTotal))
            {
                result.Ratios.Add(Ratio("ordinary code, model referenced but unused: ours / compilation", result.Time(BenchmarkRun.UnusedModelOursTotal).Runs, result.Time(BenchmarkRun.BailCompilation).Runs, string.Empty, percent: true, null));
                result.Ratios.Add(Ratio("ordinary code, model referenced but unused: ours / no-op floor", result.Time(BenchmarkRun.UnusedModelOursTotal).Runs, result.Time(BenchmarkRun.UnusedModelFloorTotal).Runs, string.Empty, percent: false, null));
            }

            if (result.BailOutCorpus != null && result.Times.Any(p => p.Key == BenchmarkRun.BailRecognizer))
            {
                result.Ratios.Add(Ratio("bail-out corpus: recogniser gate / compilation", result.Time(BenchmarkRun.BailRecognizer).Runs, result.Time(BenchmarkRun.BailCompilation).Runs, string.Empty, percent: true, null));
            }

            if (!run.Ide.IsDefaultOrEmpty)
            {
                result.Ratios.Add(Ratio("IDE0010+IDE0072 / compilation", result.Time(BenchmarkRun.IdeTotal).Runs, compile, string.Empty, percent: true, null));
            }

            if (result.BailOutCorpus != null)
            {
                result.Ratios.Add(Ratio("bail-out corpus: no-op floor / compilation", result.Time(BenchmarkRun.BailFloorTotal).Runs, result.Time(BenchmarkRun.BailCompilation).Runs, string.Empty, percent: true, null));
            }
        }

        /// <summary>Each value is numerator and denominator of the same run; the series is over the runs.</summary>
        private static RatioResult Ratio(string name, List<double>? numerator, List<double> denominator, string target, bool percent, Func<double, bool>? meets)
        {
            var series = new Series();
            if (numerator != null)
            {
                for (int i = 0; i < Math.Min(numerator.Count, denominator.Count); i++)
                {
                    series.Runs.Add(denominator[i] > 0 ? numerator[i] / denominator[i] : double.NaN);
                }
            }

            return new RatioResult { Name = name, Values = series, Target = target, Percent = percent, Meets = meets };
        }

        public static List<GrowthResult> Growth(BenchmarkRun run)
        {
            var names = new List<string> { BenchmarkRun.Compilation, BenchmarkRun.OursTotal, BenchmarkRun.FloorTotal };
            if (!run.Ide.IsDefaultOrEmpty)
            {
                names.Add(BenchmarkRun.IdeTotal);
            }

            if (run.Options.BailOut)
            {
                names.Add(BenchmarkRun.BailCompilation);
                names.Add(BenchmarkRun.BailOursTotal);
                names.Add(BenchmarkRun.UnusedModelOursTotal);
            }

            names.AddRange(run.Ours.IsDefaultOrEmpty || run.Ours.Length < 2 ? Enumerable.Empty<string>() : run.Ours.Select(a => "ours: " + BenchmarkRun.NameOf(a)));

            var result = new List<GrowthResult>();
            foreach (var name in names)
            {
                if ((name == BenchmarkRun.OursTotal || name == BenchmarkRun.BailOursTotal) && !run.HasOurs)
                {
                    continue;
                }

                if (!run.Sizes.All(s => s.Times.Any(p => p.Key == name)))
                {
                    continue;
                }

                var growth = new GrowthResult { Name = name };
                foreach (var size in run.Sizes)
                {
                    growth.MicrosecondsPerFile[size.Files] = size.Time(name).Median * 1000.0 / size.Files;
                }

                if (growth.MicrosecondsPerFile.Count >= 2)
                {
                    double first = growth.MicrosecondsPerFile.First().Value, last = growth.MicrosecondsPerFile.Last().Value;
                    growth.Factor = first > 0 ? last / first : double.NaN;
                }

                result.Add(growth);
            }

            return result;
        }

        /// <summary>The targets of issue 11, judged on the largest size measured.</summary>
        public static List<(string Name, string Value, string Target, string Verdict)> Targets(BenchmarkRun run)
        {
            var list = new List<(string, string, string, string)>();
            var largest = run.Sizes.LastOrDefault();
            if (largest == null)
            {
                return list;
            }

            foreach (var ratio in largest.Ratios.Where(r => r.Target.Length > 0))
            {
                list.Add(($"{ratio.Name} ({largest.Files} files)", FormatRatio(ratio.Values.Median, ratio.Percent), ratio.Target, Verdict(ratio.Met, run)));
            }

            if (run.Options.Editor)
            {
                var editor = Editor.EditorReport.Target(run.Editor);
                list.Add((editor.Name, editor.Value, editor.Goal, Verdict(editor.Met, run)));
            }

            var ours = Growth(run).FirstOrDefault(g => g.Name == BenchmarkRun.OursTotal);
            string value = ours == null || double.IsNaN(ours.Factor) ? "n/a" : $"{ours.Factor:0.00}× per-file cost {ours.MicrosecondsPerFile.First().Key}→{ours.MicrosecondsPerFile.Last().Key} files";
            bool? met = ours == null || double.IsNaN(ours.Factor) ? null : ours.Factor <= LinearFactorLimit;
            list.Add(("linear growth of ours", value, $"per-file cost grows ≤ {LinearFactorLimit:0.00}×", Verdict(met, run)));
            return list;
        }

        private static string Verdict(bool? met, BenchmarkRun run)
            => met switch
            {
                true => "met",
                false => "NOT met",
                null => run.HasOurs ? "n/a" : "n/a (no analyzer of ours)",
            };

        public static void PrintSize(TextWriter output, BenchmarkRun run, SizeResult result)
        {
            output.WriteLine();
            output.Write(SizeMarkdown(run, result));
        }

        public static string SizeMarkdown(BenchmarkRun run, SizeResult result)
        {
            var text = new StringBuilder();
            var corpus = result.Corpus;
            text.AppendLine($"### {result.Files:N0} files ({corpus.ContractFiles:N0} using the model, {corpus.OrdinaryFiles:N0} ordinary; {corpus.Lines:N0} lines; {run.Options.Runs} runs after {result.Warmup} warm-up; {result.SecondsTaken:0} s)");
            text.AppendLine();
            text.AppendLine("| measurement | median ms | min ms | max ms | µs per file |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var pair in result.Times)
            {
                if (!run.HasOurs && IsOurs(pair.Key))
                {
                    text.AppendLine($"| {pair.Key} | n/a | n/a | n/a | n/a |");
                    continue;
                }

                text.AppendLine($"| {pair.Key} | {Ms(pair.Value.Median)} | {Ms(pair.Value.Min)} | {Ms(pair.Value.Max)} | {Ms(pair.Value.Median * 1000.0 / result.Files)} |");
            }

            text.AppendLine();
            text.AppendLine("| ratio (each run's own figures) | median | min | max | target | verdict |");
            text.AppendLine("| --- | ---: | ---: | ---: | --- | --- |");
            foreach (var ratio in result.Ratios)
            {
                text.AppendLine($"| {ratio.Name} | {FormatRatio(ratio.Values.Median, ratio.Percent)} | {FormatRatio(ratio.Values.Min, ratio.Percent)} | {FormatRatio(ratio.Values.Max, ratio.Percent)} | {ratio.Target} | {(ratio.Target.Length == 0 ? "info" : Verdict(ratio.Met, run))} |");
            }

            text.AppendLine();
            text.AppendLine("| allocated during the pass | median MB |");
            text.AppendLine("| --- | ---: |");
            foreach (var pair in result.AllocatedMegabytes)
            {
                if (!run.HasOurs && pair.Key is "ours pass" or "bail-out: ours pass")
                {
                    text.AppendLine($"| {pair.Key} | n/a |");
                    continue;
                }

                text.AppendLine($"| {pair.Key} | {pair.Value.Median:0.0} |");
            }

            if (result.PageFaultsThousands.Count > 0)
            {
                text.AppendLine();
                text.AppendLine($"| page faults during the pass (memory touched for the first time; {run.FreshPageMicroseconds:0.00} µs per page on this machine) | median thousands | ≈ ms at that cost |");
                text.AppendLine("| --- | ---: | ---: |");
                foreach (var pair in result.PageFaultsThousands)
                {
                    text.AppendLine($"| {pair.Key} | {pair.Value.Median:0.0} | {pair.Value.Median * run.FreshPageMicroseconds:N0} |");
                }
            }

            text.AppendLine();
            text.Append(Findings.Markdown(result.Findings));
            text.AppendLine();
            text.AppendLine($"Compiler on the main corpus: {corpus.CompilerErrors} errors, {corpus.CompilerWarnings:N0} warnings"
                            + (corpus.CompilerWarningsById.Count == 0 ? "." : " (" + string.Join(", ", corpus.CompilerWarningsById.OrderByDescending(p => p.Value).Take(6).Select(p => p.Key + " " + p.Value.ToString("N0", CultureInfo.InvariantCulture))) + ")."));
            if (result.BailOutCorpus != null)
            {
                text.AppendLine();
                text.AppendLine($"Bail-out corpus: {result.BailOutCorpus.Files:N0} files of ordinary code, {result.BailOutCorpus.Lines:N0} lines, no model reference; "
                                + $"diagnostics reported there: {(result.BailOutDiagnostics.Count == 0 ? "none" : string.Join(", ", result.BailOutDiagnostics.Select(p => p.Key + " " + p.Value)))}.");
            }

            return text.ToString();
        }

        private static bool IsOurs(string name)
            => name.StartsWith("ours", StringComparison.Ordinal) || name == BenchmarkRun.BailOursTotal || name.StartsWith("bail-out corpus: ours", StringComparison.Ordinal) || name.StartsWith("pass wall time: ours (", StringComparison.Ordinal);

        public static void PrintSummary(TextWriter output, BenchmarkRun run)
        {
            output.WriteLine();
            output.Write(SummaryMarkdown(run));
        }

        public static string SummaryMarkdown(BenchmarkRun run)
        {
            var text = new StringBuilder();
            var growth = Growth(run);
            if (run.Sizes.Count >= 2)
            {
                text.AppendLine("### Cost per file as the corpus grows (median µs per file)");
                text.AppendLine();
                text.AppendLine("| measurement | " + string.Join(" | ", run.Sizes.Select(s => s.Files.ToString("N0", CultureInfo.InvariantCulture) + " files")) + " | growth |");
                text.AppendLine("| --- | " + string.Join(" | ", run.Sizes.Select(_ => "---:")) + " | ---: |");
                foreach (var g in growth)
                {
                    text.AppendLine($"| {g.Name} | {string.Join(" | ", g.MicrosecondsPerFile.Values.Select(Ms))} | {(double.IsNaN(g.Factor) ? "n/a" : g.Factor.ToString("0.00", CultureInfo.InvariantCulture) + "×")} |");
                }

                text.AppendLine();
            }

            text.AppendLine("### Targets (issue 11), on the largest size measured");
            text.AppendLine();
            text.AppendLine("| target | value | goal | verdict |");
            text.AppendLine("| --- | --- | --- | --- |");
            foreach (var (name, value, target, verdict) in Targets(run))
            {
                text.AppendLine($"| {name} | {value} | {target} | {verdict} |");
            }

            if (run.Notes.Count > 0)
            {
                text.AppendLine();
                foreach (var note in run.Notes.Distinct())
                {
                    text.AppendLine("- " + note);
                }
            }

            return text.ToString();
        }

        public static void Write(string path, BenchmarkRun run, TextWriter output)
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, Json(run).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            var markdown = Path.ChangeExtension(full, ".md");
            var text = new StringBuilder();
            text.AppendLine("## Benchmark results");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine(CommandLine());
            text.AppendLine("```");
            text.AppendLine();
            foreach (var pair in run.Environment)
            {
                text.AppendLine($"- {pair.Key}: {pair.Value}");
            }

            foreach (var size in run.Sizes)
            {
                text.AppendLine();
                text.Append(SizeMarkdown(run, size));
            }

            if (run.Editor != null)
            {
                text.AppendLine();
                text.Append(Editor.EditorReport.Markdown(run.Editor));
            }

            text.AppendLine();
            text.Append(SummaryMarkdown(run));
            File.WriteAllText(markdown, text.ToString());
            output.WriteLine($"results: {full}");
            output.WriteLine($"table:   {markdown}");
        }

        private static string Ms(double value)
        {
            if (double.IsNaN(value))
            {
                return "n/a";
            }

            return value switch
            {
                >= 100 => value.ToString("N0", CultureInfo.InvariantCulture),
                >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
                _ => value.ToString("0.00", CultureInfo.InvariantCulture),
            };
        }

        private static string FormatRatio(double value, bool percent)
        {
            if (double.IsNaN(value))
            {
                return "n/a";
            }

            return percent
                ? (value * 100).ToString(value * 100 >= 1 ? "0.00" : value * 100 >= 0.01 ? "0.000" : "0.0000", CultureInfo.InvariantCulture) + " %"
                : value.ToString("0.00", CultureInfo.InvariantCulture) + "×";
        }
    }
}
