using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Clst.Analyzers.Benchmarks
{
    /// <summary>The command line. Every option has a default; <c>--help</c> prints them.</summary>
    internal sealed class BenchmarkOptions
    {
        public const string Usage = """
            Clst.Analyzers benchmark: our analyzers against the compiler, a no-op floor and Roslyn's IDE0010/IDE0072.

            dotnet run -c Release --project benchmarks/Clst.Analyzers.Benchmarks -- [options]

              --sizes 100,1000        corpus sizes in files (the issue's full set is 100,1000,5000)
              --runs 5                measured runs per size (at least 5 for the report), after the warm-up
              --warmup 1              warm-up runs per size, not measured
              --seed 11               corpus seed (the same seed gives the same corpus, file for file)
              --contract-share 0.30   share of files that use the contract model (the rest is ordinary code)
              --out PATH              JSON results (default artifacts/benchmarks/results.json); a .md table goes beside it;
                                      without --out a copy also goes to benchmarks/results/<yyyy-MM-dd-HHmm>-<commit>.json
              --concurrent            let the compiler and the analyzer driver use the thread pool (default: sequential, less noise)
              --separate-passes       run ours, the floor and IDE0010/IDE0072 in separate analyzer passes (slower; also
                                      gives each group's own pass time and allocations); default: one pass for all
              --no-bailout            skip the bail-out corpus (no model reference)
              --no-ide                skip IDE0010/IDE0072
              --no-unused-model       skip the pass of ours over the bail-out corpus with the model referenced (what the
                                      rules spend on code that touches no contract symbol; only run when rules exist)
              --editor-edits 20       editor scenario: measured edits per document and analyzer group (p50/p95 over them)
              --editor-files 1000     editor scenario: files of the project held open
              --no-editor             skip the editor scenario
              --fresh-memory          measure in this process with the runtime's defaults, each editor request in a
                                      no-GC region (as before 2026-12-04), not in a process started for steady state
              --no-generated-clients  no client code on the real generated clients (NSwag, Refit, Kiota) in the main corpus
              --codestyle-dir DIR     folder holding the CodeStyle analyzer DLLs (default: codestyle/ beside the program)
              --dump-corpus DIR       write the corpus of each size to DIR and go on
              --ours-assembly PATH    measure another build of Clst.Analyzers.dll (e.g. a branch's bin/Release output)
                                      instead of the one the benchmark references; repeat it to measure several builds
                                      together (e.g. one per rule branch before they are merged)
              --help                  this text

            dotnet run -c Release --project benchmarks/Clst.Analyzers.Benchmarks -- --scaling [base] [runs] [shapes]
                                      one method base × 1, 10, 100 statements long (issue 21; default 20, 3 runs, every
                                      shape: pattern, mixed, string-pattern, and-chain, status-tests, switches); CLST002 and
                                      all ours vs the compiler

            dotnet run -c Release --project benchmarks/Clst.Analyzers.Benchmarks -- --scaling-pieces [shape] [lengths] [runs]
                                      CLST002's pass over one long method piece by piece: compiler, IOperation tree,
                                      ControlFlowGraph.Create, CLST002's own time (default pattern, 1000,...,20000, 3 runs)

            dotnet run -c Release --project benchmarks/Clst.Analyzers.Benchmarks -- --fix-scaling [sizes] [runs]
                                      'Add the missing members' on one switch over an N-member configured enum, applied
                                      through an AdhocWorkspace (default 1000,10000, 3 runs)

            dotnet run -c Release --project benchmarks/Clst.Analyzers.Benchmarks -- --fix-all-project [files] [runs]
                                      Fix All in project scope, once per shipped fixer, over a project of N files with one
                                      case per fixer in each (default 2000 files, 1 run); the result is checked
            """;

        public IReadOnlyList<int> Sizes { get; private set; } = new[] { 100, 1000 };

        public int Runs { get; private set; } = 5;

        public int Warmup { get; private set; } = 1;

        /// <summary>Measure in this process, runtime defaults, editor requests in no-GC regions (see <see cref="Measurement.MeasuringProcess"/>).</summary>
        public bool FreshMemory { get; private set; }

        public int Seed { get; private set; } = 11;

        public double ContractShare { get; private set; } = 0.30;

        public string OutPath { get; private set; } = Path.Combine("artifacts", "benchmarks", "results.json");

        public bool Concurrent { get; private set; }

        public bool BailOut { get; private set; } = true;

        public bool SeparatePasses { get; private set; }

        public bool UnusedModel { get; private set; } = true;

        public bool Ide { get; private set; } = true;

        public bool Editor { get; private set; } = true;

        public bool GeneratedClients { get; private set; } = true;

        public int EditorEdits { get; private set; } = 20;

        public int EditorFiles { get; private set; } = 1000;

        /// <summary>True when <c>--out</c> was given: the run then writes no copy to <c>benchmarks/results/</c>.</summary>
        public bool OutGiven { get; private set; }

        public string CodeStyleDir { get; private set; } = Path.Combine(AppContext.BaseDirectory, "codestyle");

        public string? DumpCorpusDir { get; private set; }

        public List<string> OursAssemblies { get; } = new List<string>();

        public bool Help { get; private set; }

        public static BenchmarkOptions Parse(string[] args)
        {
            var options = new BenchmarkOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                string Next()
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ArgumentException($"{arg} needs a value.");
                    }

                    return args[++i];
                }

                switch (arg)
                {
                    case "--sizes":
                        options.Sizes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(s => PositiveInt(arg, s.Replace("_", string.Empty, StringComparison.Ordinal))).Distinct().OrderBy(s => s).ToArray();
                        break;
                    case "--runs":
                        options.Runs = PositiveInt(arg, Next());
                        break;
                    case "--warmup":
                        options.Warmup = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--seed":
                        options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--contract-share":
                        options.ContractShare = double.Parse(Next(), CultureInfo.InvariantCulture);
                        if (options.ContractShare is < 0 or > 1)
                        {
                            throw new ArgumentException("--contract-share is a share between 0 and 1.");
                        }

                        break;
                    case "--out":
                        options.OutPath = Next();
                        options.OutGiven = true;
                        break;
                    case "--concurrent":
                        options.Concurrent = true;
                        break;
                    case "--separate-passes":
                        options.SeparatePasses = true;
                        break;
                    case "--no-bailout":
                        options.BailOut = false;
                        break;
                    case "--no-unused-model":
                        options.UnusedModel = false;
                        break;
                    case "--no-ide":
                        options.Ide = false;
                        break;
                    case "--no-generated-clients":
                        options.GeneratedClients = false;
                        break;
                    case "--no-editor":
                        options.Editor = false;
                        break;
                    case "--fresh-memory":
                        options.FreshMemory = true;
                        break;
                    case "--editor-edits":
                        options.EditorEdits = PositiveInt(arg, Next());
                        break;
                    case "--editor-files":
                        options.EditorFiles = PositiveInt(arg, Next());
                        break;
                    case "--codestyle-dir":
                        options.CodeStyleDir = Next();
                        break;
                    case "--ours-assembly":
                        options.OursAssemblies.Add(Next());
                        break;
                    case "--dump-corpus":
                        options.DumpCorpusDir = Next();
                        break;
                    case "--help":
                    case "-h":
                    case "-?":
                        options.Help = true;
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{arg}'.");
                }
            }

            if (options.Sizes.Count == 0)
            {
                throw new ArgumentException("--sizes names no size.");
            }

            return options;
        }

        private static int PositiveInt(string option, string text)
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value <= 0)
            {
                throw new ArgumentException($"{option}: '{text}' is not a positive whole number.");
            }

            return value;
        }
    }
}
