using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks.Corpus;
using Clst.Analyzers.Benchmarks.Editor;
using Clst.Analyzers.Benchmarks.Measurement;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks
{
    /// <summary>
    /// The build scenario's bookkeeping (what one run's passes put into the size's results, the corpus described, dumped or
    /// failed), the editor scenario's set-up and where the generated clients come from.
    /// </summary>
    internal sealed partial class BenchmarkRun
    {
        private void Record(
            SizeResult result, double parseMs, PassResult compile, PassResult oursPass, PassResult floorPass, PassResult idePass,
            double bailParseMs, PassResult? bailCompile, PassResult? bailOurs, PassResult? bailFloor)
        {
            const double MB = 1024.0 * 1024.0;
            var ours = Ours.IsDefault ? ImmutableArray<DiagnosticAnalyzer>.Empty : Ours;
            result.GetOrAddTime(Parse).Runs.Add(parseMs);
            result.GetOrAddTime(Compilation).Runs.Add(compile.WallMs);
            foreach (var analyzer in ours)
            {
                result.GetOrAddTime("ours: " + NameOf(analyzer)).Runs.Add(oursPass.ExecutionMs(analyzer));
            }

            result.GetOrAddTime(OursTotal).Runs.Add(oursPass.ExecutionMs(ours));
            if (Floors.Length > 1)
            {
                foreach (var floor in Floors)
                {
                    result.GetOrAddTime(floor.Name).Runs.Add(floorPass.ExecutionMs(floor));
                }
            }

            result.GetOrAddTime(FloorTotal).Runs.Add(floorPass.ExecutionMs(Floors.CastArray<DiagnosticAnalyzer>()));
            foreach (var analyzer in Ide)
            {
                result.GetOrAddTime(NameOf(analyzer)).Runs.Add(idePass.ExecutionMs(analyzer));
            }

            result.GetOrAddTime(IdeTotal).Runs.Add(idePass.ExecutionMs(Ide));
            if (bailCompile != null)
            {
                result.GetOrAddTime("bail-out corpus: parse (for reference)").Runs.Add(bailParseMs);
                result.GetOrAddTime(BailCompilation).Runs.Add(bailCompile.WallMs);
                if (ours.Length > 1)
                {
                    foreach (var analyzer in ours)
                    {
                        result.GetOrAddTime("bail-out corpus: ours: " + NameOf(analyzer)).Runs.Add(bailOurs!.ExecutionMs(analyzer));
                    }
                }

                result.GetOrAddTime(BailOursTotal).Runs.Add(bailOurs!.ExecutionMs(ours));
                result.GetOrAddTime(BailFloorTotal).Runs.Add(bailFloor!.ExecutionMs(Floors.CastArray<DiagnosticAnalyzer>()));
            }

            result.GetOrAddTime(CompilationCpu).Runs.Add(compile.CpuMs);
            if (_options.SeparatePasses)
            {
                result.GetOrAddTime("pass wall time: ours (driver and binding included)").Runs.Add(oursPass.WallMs);
                result.GetOrAddTime("pass wall time: no-op floor (driver and binding included)").Runs.Add(floorPass.WallMs);
                result.GetOrAddTime("pass wall time: IDE0010+IDE0072 (driver and binding included)").Runs.Add(idePass.WallMs);
            }
            else
            {
                result.GetOrAddTime("pass wall time: ours + floor + IDE together (driver and binding included)").Runs.Add(oursPass.WallMs);
            }

            if (compile.PageFaults is { } compileFaults && oursPass.PageFaults is { } passFaults)
            {
                result.GetOrAddPageFaults("compilation").Runs.Add(compileFaults / 1000.0);
                result.GetOrAddPageFaults(_options.SeparatePasses ? "ours pass" : "analyzer pass: ours + floor + IDE together").Runs.Add(passFaults / 1000.0);
            }

            result.GetOrAddAllocation("compilation").Runs.Add(compile.AllocatedBytes / MB);
            if (_options.SeparatePasses)
            {
                result.GetOrAddAllocation("ours pass").Runs.Add(oursPass.AllocatedBytes / MB);
                result.GetOrAddAllocation("no-op floor pass").Runs.Add(floorPass.AllocatedBytes / MB);
                result.GetOrAddAllocation("IDE0010+IDE0072 pass").Runs.Add(idePass.AllocatedBytes / MB);
            }
            else
            {
                result.GetOrAddAllocation("analyzer pass: ours + floor + IDE together").Runs.Add(oursPass.AllocatedBytes / MB);
            }

            if (bailCompile != null)
            {
                result.GetOrAddAllocation("bail-out: compilation").Runs.Add(bailCompile.AllocatedBytes / MB);
                result.GetOrAddAllocation(_options.SeparatePasses ? "bail-out: ours pass" : "bail-out: analyzer pass, ours + floor").Runs.Add(bailOurs!.AllocatedBytes / MB);
            }
        }

        /// <summary>Times the recogniser's gate on the pass's (declared and bound) compilation, then lets the compilation go.</summary>
        private double? Probe(PassResult compile, bool expectFound)
        {
            var compilation = compile.Compilation;
            compile.Compilation = null;
            if (_recognizer == null || compilation == null)
            {
                return null;
            }

            try
            {
                var (ms, found) = _recognizer.Measure(compilation, BenchmarkConfig.AnalyzerOptions);
                if (found != expectFound)
                {
                    Notes.Add($"the recogniser {(found ? "found" : "did not find")} the contract in the {(expectFound ? "main" : "bail-out")} corpus");
                }

                return ms;
            }
            catch (Exception ex)
            {
                Notes.Add("the recogniser threw: " + (ex.GetBaseException().Message));
                _recognizer = null;
                return null;
            }
        }

        private static CorpusInfo Describe(GeneratedCorpus corpus, PassResult compile) => new CorpusInfo
        {
            Name = corpus.Name,
            Files = corpus.Files.Count,
            ContractFiles = corpus.ContractFiles,
            OrdinaryFiles = corpus.OrdinaryFiles,
            Lines = corpus.Lines,
            Characters = corpus.Characters,
            ReferencesModel = corpus.ReferencesModel,
            CompilerErrors = compile.Errors.Length,
            CompilerWarnings = compile.Warnings,
            CompilerWarningsById = new SortedDictionary<string, int>(compile.WarningsById.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
            PlantedForms = corpus.FormCounts().ToDictionary(p => p.Key, p => new PlantedCounts { Flagged = p.Value.Flagged, Clean = p.Value.Clean }),
        };

        private SizeResult? Fail(GeneratedCorpus corpus, PassResult compile)
        {
            _out.WriteLine($"error: the generated corpus {corpus.Name} does not compile ({compile.Errors.Length} errors); first ones:");
            foreach (var error in compile.Errors.Take(10))
            {
                _out.WriteLine("  " + error);
            }

            return null;
        }

        private void Dump(GeneratedCorpus corpus)
        {
            var root = Path.Combine(_options.DumpCorpusDir!, corpus.Name);
            foreach (var file in corpus.Files)
            {
                var path = Path.Combine(root, file.Path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }

            _out.WriteLine($"corpus written to {root}");
        }

        /// <summary>The editor scenario (see <see cref="EditorScenario"/>): ours, the floor and IDE0010+IDE0072, each group on its own.</summary>
        private async Task<EditorResult> RunEditorAsync(Harness harness)
        {
            var groups = new List<(string, ImmutableArray<DiagnosticAnalyzer>)>();
            if (HasOurs)
            {
                groups.Add((EditorGroups.Ours, Ours));
            }

            groups.Add((EditorGroups.Floor, Floors.CastArray<DiagnosticAnalyzer>()));
            if (!Ide.IsDefaultOrEmpty)
            {
                groups.Add((EditorGroups.Ide, Ide));
            }

            var corpus = CorpusGenerator.Generate(_options.EditorFiles, _options.Seed, _options.ContractShare, ClientsRoot);
            var scenario = new EditorScenario(harness, _out);
            return await scenario.RunAsync(corpus, EditorDocuments.Generate(_options.Seed), groups, _options.EditorEdits, Math.Max(EditorScenario.MinimumWarmup, _options.Warmup)).ConfigureAwait(false);
        }

        /// <summary>The repository root when the generated clients' fixtures are there (the corpus then uses them), else null.</summary>
        public string? ClientsRoot { get; private set; }

        private string? FindGeneratedClients()
        {
            if (!_options.GeneratedClients)
            {
                return null;
            }

            var root = MachineFacts.RepositoryRoot();
            var missing = root == null
                ? GeneratedClient.All.Select(c => c.Name).ToList()
                : GeneratedClient.All.Where(c => !Directory.Exists(Path.Combine(root, GeneratedClient.FixturesFolder, c.Folder))).Select(c => c.Name).ToList();
            if (missing.Count > 0)
            {
                Notes.Add($"generated clients not found ({string.Join(", ", missing)} under {GeneratedClient.FixturesFolder}; run from the repository): "
                          + "the corpus has no client code on generated clients");
                return null;
            }

            Environment["generated clients"] = string.Join(", ", GeneratedClient.All.Select(c => c.Name)) + $" from {Path.Combine(root!, GeneratedClient.FixturesFolder)}";
            return root;
        }
    }
}
