using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>The values of one measurement over the measured runs (warm-up excluded).</summary>
    internal sealed class Series
    {
        public List<double> Runs { get; } = new List<double>();

        public double Median => Runs.Count == 0 ? double.NaN : MedianOf(Runs);

        public double Min => Runs.Count == 0 ? double.NaN : Runs.Min();

        public double Max => Runs.Count == 0 ? double.NaN : Runs.Max();

        /// <summary>The 95th percentile, nearest rank (with 20 values the 19th smallest; with 5 or fewer the largest).</summary>
        public double P95 => Percentile(0.95);

        public double Percentile(double share)
        {
            if (Runs.Count == 0)
            {
                return double.NaN;
            }

            var sorted = Runs.OrderBy(v => v).ToList();
            int rank = (int)Math.Ceiling(share * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }

        private static double MedianOf(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            int mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    /// <summary>A corpus as the report describes it.</summary>
    internal sealed class CorpusInfo
    {
        public string Name { get; init; } = string.Empty;

        public int Files { get; init; }

        public int ContractFiles { get; init; }

        public int OrdinaryFiles { get; init; }

        public int Lines { get; init; }

        public long Characters { get; init; }

        public bool ReferencesModel { get; init; }

        public int CompilerErrors { get; init; }

        public int CompilerWarnings { get; init; }

        /// <summary>The compiler's own warnings by ID (e.g. CS8602 in files that enable the nullable context).</summary>
        public SortedDictionary<string, int> CompilerWarningsById { get; init; } = new(StringComparer.Ordinal);

        /// <summary>Planted forms per rule: flagged and clean.</summary>
        public Dictionary<string, PlantedCounts> PlantedForms { get; init; } = new();
    }

    internal sealed class PlantedCounts
    {
        public int Flagged { get; init; }

        public int Clean { get; init; }
    }

    /// <summary>A ratio against its target.</summary>
    internal sealed class RatioResult
    {
        public string Name { get; init; } = string.Empty;

        public Series Values { get; init; } = new Series();

        /// <summary>Display of the target (e.g. <c>&lt; 2 %</c>), or empty for ratios reported for information.</summary>
        public string Target { get; init; } = string.Empty;

        public bool Percent { get; init; }

        [JsonIgnore]
        public Func<double, bool>? Meets { get; init; }

        /// <summary>True / false against the target on the median; null when there is no target or nothing to measure.</summary>
        public bool? Met => Meets == null || double.IsNaN(Values.Median) ? null : Meets(Values.Median);
    }

    /// <summary>Everything measured at one corpus size.</summary>
    internal sealed class SizeResult
    {
        public int Files { get; init; }

        public CorpusInfo Corpus { get; init; } = new CorpusInfo();

        public CorpusInfo? BailOutCorpus { get; init; }

        /// <summary>Milliseconds, in the order the report prints them.</summary>
        public List<KeyValuePair<string, Series>> Times { get; } = new();

        /// <summary>Megabytes allocated during each pass.</summary>
        public List<KeyValuePair<string, Series>> AllocatedMegabytes { get; } = new();

        /// <summary>Thousands of page faults taken during each pass (Linux; empty elsewhere).</summary>
        public List<KeyValuePair<string, Series>> PageFaultsThousands { get; } = new();

        public List<RatioResult> Ratios { get; } = new();

        /// <summary>Diagnostics each pass reported on the main corpus (last run), by ID.</summary>
        public SortedDictionary<string, int> Diagnostics { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, int> BailOutDiagnostics { get; } = new(StringComparer.Ordinal);

        /// <summary>The findings check of the main corpus (last run): planted forms against the diagnostics in their members.</summary>
        public List<FindingRow> Findings { get; set; } = new();

        public double SecondsTaken { get; set; }

        public int Warmup { get; set; }

        public Series Time(string name) => Times.First(p => p.Key == name).Value;

        public Series GetOrAddTime(string name) => GetOrAdd(Times, name);

        public Series GetOrAddAllocation(string name) => GetOrAdd(AllocatedMegabytes, name);

        public Series GetOrAddPageFaults(string name) => GetOrAdd(PageFaultsThousands, name);

        private static Series GetOrAdd(List<KeyValuePair<string, Series>> list, string name)
        {
            foreach (var pair in list)
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }

            var series = new Series();
            list.Add(new KeyValuePair<string, Series>(name, series));
            return series;
        }
    }

    /// <summary>Per-file cost of one measurement at each size, and how it grows from the smallest to the largest size.</summary>
    internal sealed class GrowthResult
    {
        public string Name { get; init; } = string.Empty;

        /// <summary>Median microseconds per file, by size.</summary>
        public SortedDictionary<int, double> MicrosecondsPerFile { get; } = new();

        /// <summary>Per-file cost at the largest size over the per-file cost at the smallest (1.0 = perfectly linear).</summary>
        public double Factor { get; set; } = double.NaN;
    }
}
