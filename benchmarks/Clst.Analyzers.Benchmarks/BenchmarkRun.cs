using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Clst.Analyzers.Benchmarks.Analyzers;
using Clst.Analyzers.Benchmarks.Corpus;
using Clst.Analyzers.Benchmarks.Editor;
using Clst.Analyzers.Benchmarks.Measurement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks
{
    /// <summary>The benchmark: finds the analyzers, generates the corpora, measures each size, and reports.</summary>
    internal sealed partial class BenchmarkRun
    {
        public const string Compilation = "compilation (GetDiagnostics, no analyzers)";
        public const string Parse = "parse (for reference)";
        public const string CompilationCpu = "compilation: process CPU time (for reference)";
        public const string OursTotal = "ours: total";
        public const string FloorTotal = "no-op floor: total";
        public const string IdeTotal = "IDE0010+IDE0072";
        public const string BailCompilation = "bail-out corpus: compilation";
        public const string BailOursTotal = "bail-out corpus: ours total";
        public const string BailFloorTotal = "bail-out corpus: no-op floor total";
        public const string UnusedModelPrefix = "ordinary code, model referenced but unused: ";
        public const string UnusedModelOursTotal = UnusedModelPrefix + "ours total";
        public const string UnusedModelFloorTotal = UnusedModelPrefix + "no-op floor total";
        public const string Recognizer = "recogniser gate: ContractRecognizer.TryGet (finds the model)";
        public const string BailRecognizer = "bail-out corpus: recogniser gate, ContractRecognizer.TryGet (finds nothing)";

        private readonly BenchmarkOptions _options;
        private readonly TextWriter _out;
        private RecognizerProbe? _recognizer;
        private DateTime _startedUtc;

        /// <summary>The commit measured (<c>git rev-parse HEAD</c>), or null outside a repository.</summary>
        public string? Commit { get; private set; }

        /// <summary>Microseconds this machine charges per page of memory touched for the first time (see <see cref="MachineFacts.FreshPageMicroseconds"/>).</summary>
        public double FreshPageMicroseconds { get; private set; }

        /// <summary>True when the work tree had uncommitted changes to tracked files (the figures are then not exactly the commit's).</summary>
        public bool? WorkTreeDirty { get; private set; }

        public BenchmarkRun(BenchmarkOptions options, TextWriter output)
        {
            _options = options;
            _out = output;
        }

        public ImmutableArray<DiagnosticAnalyzer> Ours { get; private set; }

        public ImmutableArray<DiagnosticAnalyzer> Ide { get; private set; }

        public ImmutableArray<NoOpFloorAnalyzer> Floors { get; private set; }

        public List<string> Notes { get; } = new List<string>();

        public Dictionary<string, string> Environment { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public List<SizeResult> Sizes { get; } = new List<SizeResult>();

        /// <summary>The editor scenario's figures, or null with <c>--no-editor</c>.</summary>
        public EditorResult? Editor { get; private set; }

        public async Task<int> ExecuteAsync()
        {
            var total = Stopwatch.StartNew();
            _startedUtc = DateTime.UtcNow;
            var root = MachineFacts.RepositoryRoot();
            Commit = MachineFacts.Commit(root);
            WorkTreeDirty = MachineFacts.Dirty(root);
            Environment["commit"] = (Commit ?? "n/a (no git repository)") + (WorkTreeDirty == true ? " (work tree has uncommitted changes)" : string.Empty);
            var (framework, frameworkDescription) = References.Framework();
            var model = References.Model();
            RecordEnvironment(frameworkDescription);

            // The referenced Clst.Analyzers, or the builds named with --ours-assembly (e.g. one per rule branch before
            // they are merged; an analyzer type found in two builds is taken from the first).
            var builder = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            var descriptions = new List<string>();
            foreach (var path in _options.OursAssemblies.Count == 0 ? new string?[] { null } : _options.OursAssemblies.Select(p => (string?)p))
            {
                var ours = AnalyzerCatalog.Ours(path);
                builder.AddRange(ours.Analyzers.Where(a => !builder.Any(b => b.GetType().FullName == a.GetType().FullName)));
                descriptions.Add(ours.Assembly);
                Notes.AddRange(ours.Problems.Select(p => "ours: " + p));
                if (_recognizer == null)
                {
                    _recognizer = RecognizerProbe.Find(ours.Loaded, out var probeProblem);
                    if (probeProblem != null)
                    {
                        Notes.Add(probeProblem);
                    }
                }
            }

            Ours = builder.ToImmutable();
            Environment["ours"] = string.Join("; ", descriptions);
            if (_options.OursAssemblies.Count > 1)
            {
                Notes.Add("ours come from several builds, each with its own copy of the recogniser: its gate and caches are paid once per build, "
                          + "not once per compilation as in the merged package (ours' total is slightly overstated).");
            }

            if (_options.Ide)
            {
                var ide = AnalyzerCatalog.Ide(_options.CodeStyleDir);
                Ide = ide.Analyzers;
                Environment["IDE analyzers"] = ide.Description;
                Notes.AddRange(ide.Problems.Select(p => "IDE: " + p));
            }
            else
            {
                Ide = ImmutableArray<DiagnosticAnalyzer>.Empty;
            }

            foreach (var pair in Environment)
            {
                _out.WriteLine($"{pair.Key,-22} {pair.Value}");
            }

            ClientsRoot = FindGeneratedClients();
            var harness = new Harness(framework, model, _options.Concurrent, ClientsRoot == null ? null : References.GeneratedClientPackages());
            Floors = RecordFloors(harness);
            PrintAnalyzers();
            foreach (var note in Notes)
            {
                _out.WriteLine("note: " + note);
            }

            foreach (var size in _options.Sizes)
            {
                var result = await MeasureSizeAsync(harness, size).ConfigureAwait(false);
                if (result == null)
                {
                    return 2;
                }

                Sizes.Add(result);
                Report.PrintSize(_out, this, result);
            }

            if (_options.Editor)
            {
                Editor = await RunEditorAsync(harness).ConfigureAwait(false);
                _out.WriteLine();
                _out.Write(EditorReport.Markdown(Editor));
            }

            foreach (var exception in harness.Exceptions)
            {
                Notes.Add($"analyzer exceptions (AD0001) in {exception.Key}: {exception.Value.Count}, first: {exception.Value.First}");
            }

            Report.PrintSummary(_out, this);
            var (passes, withoutCollection) = harness.NoGcRegions;
            RecordGcAtEnd(passes, withoutCollection);
            Environment["load average at end"] = MachineFacts.LoadAverage();
            Environment["total seconds"] = total.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            Report.Write(_options.OutPath, this, _out);
            if (!_options.OutGiven)
            {
                ResultsHistory.Write(this, _startedUtc, _out);
            }

            _out.WriteLine($"done in {total.Elapsed.TotalSeconds:0} s");
            return 0;
        }

        public BenchmarkOptions Options => _options;

        public bool HasOurs => !Ours.IsDefaultOrEmpty;

        public static string NameOf(DiagnosticAnalyzer analyzer) => analyzer switch
        {
            NoOpFloorAnalyzer floor => floor.Name,
            _ when AnalyzerCatalog.IdeIds.Contains(AnalyzerCatalog.IdOf(analyzer)) => AnalyzerCatalog.IdOf(analyzer) + " " + analyzer.GetType().Name,
            _ => analyzer.GetType().Name,
        };

        /// <summary>One no-op floor per analyzer of ours, mirroring the shape it registers on the sample; a fallback shape while there is none.</summary>
        private ImmutableArray<NoOpFloorAnalyzer> RecordFloors(Harness harness)
        {
            int sampleSize = Math.Min(_options.Sizes.Min(), 200);
            var sample = CorpusGenerator.Generate(Math.Max(sampleSize, 50), _options.Seed, _options.ContractShare, ClientsRoot);
            var compilation = harness.Create(harness.Parse(sample).Trees, withModel: true);
            if (!HasOurs)
            {
                Notes.Add("No analyzer of ours in Clst.Analyzers yet (no non-abstract DiagnosticAnalyzer with [DiagnosticAnalyzer]): the 'ours' rows are empty, "
                          + "ratios against ours are n/a, and the no-op floor uses the fallback list of kinds the rules are expected to register.");
                return ImmutableArray.Create(new NoOpFloorAnalyzer("no-op floor (fallback kinds)", NoOpFloorAnalyzer.FallbackShape()));
            }

            var floors = ImmutableArray.CreateBuilder<NoOpFloorAnalyzer>();
            foreach (var analyzer in Ours)
            {
                var fresh = (DiagnosticAnalyzer)Activator.CreateInstance(analyzer.GetType())!;
                var shape = ShapeRecorder.Record(fresh, compilation, BenchmarkConfig.AnalyzerOptions);
                Notes.AddRange(shape.Notes.Distinct().Select(n => $"shape of {analyzer.GetType().Name}: {n}"));
                if (shape.IsEmpty)
                {
                    Notes.Add($"shape of {analyzer.GetType().Name}: it registered nothing on the sample corpus (its floor does nothing either)");
                }

                floors.Add(new NoOpFloorAnalyzer("no-op floor: mirrors " + analyzer.GetType().Name, shape));
            }

            return floors.ToImmutable();
        }

        private void PrintAnalyzers()
        {
            _out.WriteLine();
            _out.WriteLine(HasOurs
                ? $"ours ({Ours.Length}): " + string.Join(", ", Ours.Select(a => $"{NameOf(a)} [{string.Join(",", a.SupportedDiagnostics.Select(d => d.Id).Distinct())}]"))
                : "ours (0): none found in Clst.Analyzers — measuring an empty set; see the note below");
            _out.WriteLine("IDE: " + (Ide.IsDefaultOrEmpty ? "(none)" : string.Join(", ", Ide.Select(NameOf))));
            foreach (var floor in Floors)
            {
                _out.WriteLine($"{floor.Name}: {string.Join("; ", FloorShape(floor))}");
            }
        }

        public static IEnumerable<string> FloorShape(NoOpFloorAnalyzer floor) => floor.Shape.Describe().DefaultIfEmpty("(nothing)");

        private async Task<SizeResult?> MeasureSizeAsync(Harness harness, int size)
        {
            var clock = Stopwatch.StartNew();
            var main = CorpusGenerator.Generate(size, _options.Seed, _options.ContractShare, ClientsRoot);
            var bail = _options.BailOut ? CorpusGenerator.GenerateBailOut(size, _options.Seed, _options.ContractShare) : null;
            if (_options.DumpCorpusDir != null)
            {
                Dump(main);
                if (bail != null)
                {
                    Dump(bail);
                }
            }

            _out.WriteLine();
            _out.WriteLine($"== {size} files: {main.ContractFiles} using the model ({main.GeneratedClientUserFiles} of them on generated clients), {main.OrdinaryFiles} ordinary, "
                           + $"+ {main.GeneratedClientSources} generated client sources; {main.Lines:N0} lines; "
                           + $"{_options.Warmup + (Sizes.Count == 0 ? 1 : 0)} warm-up + {_options.Runs} measured runs");
            var ours = Ours.IsDefault ? ImmutableArray<DiagnosticAnalyzer>.Empty : Ours;
            var floors = Floors.CastArray<DiagnosticAnalyzer>();
            CorpusInfo? mainInfo = null, bailInfo = null;
            var result = default(SizeResult);
            // The first size also warms the process (JIT of the compiler and the analyzers): one more warm-up run.
            int warmup = _options.Warmup + (Sizes.Count == 0 ? 1 : 0);
            int totalRuns = warmup + _options.Runs;
            for (int run = 0; run < totalRuns; run++)
            {
                var runClock = Stopwatch.StartNew();
                bool measured = run >= warmup;
                var (trees, parseMs) = harness.Parse(main);
                var compile = harness.Compile(trees, withModel: true);
                double? recognizerMs = Probe(compile, expectFound: true);
                if (mainInfo == null)
                {
                    mainInfo = Describe(main, compile);
                    if (!compile.Errors.IsEmpty)
                    {
                        return Fail(main, compile);
                    }
                }

                PassResult oursPass, floorPass, idePass;
                if (_options.SeparatePasses)
                {
                    oursPass = await harness.AnalyzeAsync(trees, true, ours).ConfigureAwait(false);
                    floorPass = await harness.AnalyzeAsync(trees, true, floors).ConfigureAwait(false);
                    idePass = await harness.AnalyzeAsync(trees, true, Ide).ConfigureAwait(false);
                }
                else
                {
                    oursPass = floorPass = idePass = await harness.AnalyzeAsync(trees, true, ours.AddRange(floors).AddRange(Ide)).ConfigureAwait(false);
                }

                PassResult? bailCompile = null, bailOurs = null, bailFloor = null, unusedModel = null;
                double bailParseMs = 0;
                double? bailRecognizerMs = null;
                if (bail != null)
                {
                    var (bailTrees, ms) = harness.Parse(bail);
                    bailParseMs = ms;
                    bailCompile = harness.Compile(bailTrees, withModel: false);
                    bailRecognizerMs = Probe(bailCompile, expectFound: false);
                    if (bailInfo == null)
                    {
                        bailInfo = Describe(bail, bailCompile);
                        if (!bailCompile.Errors.IsEmpty)
                        {
                            return Fail(bail, bailCompile);
                        }
                    }

                    if (_options.SeparatePasses)
                    {
                        bailOurs = await harness.AnalyzeAsync(bailTrees, false, ours).ConfigureAwait(false);
                        bailFloor = await harness.AnalyzeAsync(bailTrees, false, floors).ConfigureAwait(false);
                    }
                    else
                    {
                        bailOurs = bailFloor = await harness.AnalyzeAsync(bailTrees, false, ours.AddRange(floors)).ConfigureAwait(false);
                    }

                    // The same ordinary code with the model referenced but not used: the recogniser lets the rules in,
                    // so this is what they spend on code that touches no contract symbol (only with rules to measure).
                    if (HasOurs && _options.UnusedModel)
                    {
                        unusedModel = await harness.AnalyzeAsync(bailTrees, true, ours.AddRange(floors)).ConfigureAwait(false);
                    }
                }

                result ??= new SizeResult { Files = size, Corpus = mainInfo, BailOutCorpus = bailInfo };
                if (measured)
                {
                    Record(result, parseMs, compile, oursPass, floorPass, idePass, bailParseMs, bailCompile, bailOurs, bailFloor);
                    if (recognizerMs is { } r)
                    {
                        result.GetOrAddTime(Recognizer).Runs.Add(r);
                    }

                    if (bailRecognizerMs is { } b)
                    {
                        result.GetOrAddTime(BailRecognizer).Runs.Add(b);
                    }

                    if (unusedModel != null)
                    {
                        foreach (var analyzer in ours)
                        {
                            result.GetOrAddTime(UnusedModelPrefix + NameOf(analyzer)).Runs.Add(unusedModel.ExecutionMs(analyzer));
                        }

                        result.GetOrAddTime(UnusedModelOursTotal).Runs.Add(unusedModel.ExecutionMs(ours));
                        result.GetOrAddTime(UnusedModelFloorTotal).Runs.Add(unusedModel.ExecutionMs(floors));
                    }
                }

                if (run == totalRuns - 1)
                {
                    result.Findings = Findings.Check(main, new[] { oursPass, floorPass, idePass }.Distinct().SelectMany(p => p.Diagnostics), compile.Diagnostics);
                    foreach (var pass in new[] { oursPass, floorPass, idePass }.Distinct())
                    {
                        foreach (var pair in pass.DiagnosticsById)
                        {
                            result.Diagnostics[pair.Key] = pair.Value;
                        }
                    }

                    foreach (var pass in new[] { bailOurs, bailFloor }.Distinct())
                    {
                        foreach (var pair in pass?.DiagnosticsById ?? new Dictionary<string, int>())
                        {
                            result.BailOutDiagnostics[pair.Key] = pair.Value;
                        }
                    }
                }

                _out.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "  {0} {1}/{2}: compilation {3:0} ms, ours {4:0.0} ms, floor {5:0.0} ms, IDE {6:0.0} ms{7}  [{8:0.0} s]",
                    measured ? "run" : "warm-up",
                    measured ? run - warmup + 1 : run + 1,
                    measured ? _options.Runs : warmup,
                    compile.WallMs,
                    oursPass.ExecutionMs(ours),
                    floorPass.ExecutionMs(floors),
                    idePass.ExecutionMs(Ide),
                    bailCompile == null ? string.Empty : string.Format(CultureInfo.InvariantCulture, "; bail-out: compilation {0:0} ms, ours {1:0.00} ms", bailCompile.WallMs, bailOurs!.ExecutionMs(ours)),
                    runClock.Elapsed.TotalSeconds));
            }

            result!.SecondsTaken = clock.Elapsed.TotalSeconds;
            result.Warmup = warmup;
            Report.AddRatios(result, this);
            return result;
        }
    }
}
