using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Tests.Infrastructure
{
    /// <summary>Analyzer config options for in-process tests: the same keys for every file and globally.</summary>
    public sealed class TestConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public TestConfigOptionsProvider(params (string Key, string Value)[] values)
            => _options = new Options(values.ToDictionary(v => v.Key, v => v.Value));

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
