using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// The severities a real build takes from <c>.editorconfig</c>: IDE0010/IDE0072 are hidden by default and the CodeStyle
    /// analyzers skip their work unless raised, so they are raised to warning both as <c>dotnet_diagnostic.*.severity</c>
    /// analyzer-config keys and through the compilation's syntax-tree options provider (where the compiler puts them).
    /// </summary>
    internal static class BenchmarkConfig
    {
        public static readonly ImmutableDictionary<string, ReportDiagnostic> Severities = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, ReportDiagnostic>("IDE0010", ReportDiagnostic.Warn),
            new KeyValuePair<string, ReportDiagnostic>("IDE0072", ReportDiagnostic.Warn),
            new KeyValuePair<string, ReportDiagnostic>("BENCH000", ReportDiagnostic.Warn),

            // As the .NET SDK does (NoWarn 1701;1702): the model is built for net8.0 and the corpus compiles against net10.0.
            new KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
            new KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
        });

        public static AnalyzerOptions AnalyzerOptions { get; } = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new ConfigOptionsProvider(ImmutableDictionary.CreateRange(new[]
            {
                new KeyValuePair<string, string>("dotnet_diagnostic.IDE0010.severity", "warning"),
                new KeyValuePair<string, string>("dotnet_diagnostic.IDE0072.severity", "warning"),
            })));

        public static SyntaxTreeOptionsProvider TreeOptions { get; } = new TreeOptionsProvider();

        private sealed class TreeOptionsProvider : SyntaxTreeOptionsProvider
        {
            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
                => Severities.TryGetValue(diagnosticId, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
                => Severities.TryGetValue(diagnosticId, out severity);
        }

        private sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Options _options;

            public ConfigOptionsProvider(ImmutableDictionary<string, string> values) => _options = new Options(values);

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly ImmutableDictionary<string, string> _values;

                public Options(ImmutableDictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

                public override IEnumerable<string> Keys => _values.Keys;
            }
        }
    }
}
