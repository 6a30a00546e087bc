using System;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Times the shared recogniser's gate, <c>ContractRecognizer.TryGet(compilation, options)</c>: the work every rule does
    /// in its compilation start before registering anything, and all it does on a compilation with nothing of the contract
    /// (the bail-out path). Measured on a compilation that the compiler has already declared and bound, so only the
    /// recogniser's own work is counted; the first rule to ask pays it, the others hit its per-compilation cache.
    /// Found by reflection, so that a change of the (internal) signature costs this row, not the build.
    /// </summary>
    internal sealed class RecognizerProbe
    {
        public const string TypeName = "Clst.Analyzers.Recognition.ContractRecognizer";

        private readonly Func<Compilation, AnalyzerOptions, object?> _tryGet;

        private RecognizerProbe(Func<Compilation, AnalyzerOptions, object?> tryGet) => _tryGet = tryGet;

        public static RecognizerProbe? Find(Assembly? assembly, out string? problem)
        {
            problem = null;
            var method = assembly?.GetType(TypeName, throwOnError: false)?.GetMethod(
                "TryGet", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, binder: null, new[] { typeof(Compilation), typeof(AnalyzerOptions) }, modifiers: null);
            if (method == null)
            {
                problem = $"{TypeName}.TryGet(Compilation, AnalyzerOptions) not found: the recogniser's gate is not measured";
                return null;
            }

            return new RecognizerProbe((compilation, options) => method.Invoke(null, new object[] { compilation, options }));
        }

        /// <summary>Milliseconds for one call on <paramref name="compilation"/>, and whether it found anything of the contract.</summary>
        public (double Ms, bool Found) Measure(Compilation compilation, AnalyzerOptions options)
        {
            var stopwatch = Stopwatch.StartNew();
            var recognizer = _tryGet(compilation, options);
            stopwatch.Stop();
            return (stopwatch.Elapsed.TotalMilliseconds, recognizer != null);
        }
    }
}
