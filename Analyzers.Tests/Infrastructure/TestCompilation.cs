using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clst.Analyzers.Tests.Infrastructure
{
    /// <summary>Builds in-process compilations against the running .NET's own assemblies, for tests that need symbols.</summary>
    public static class TestCompilation
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> s_framework = new Lazy<IReadOnlyList<MetadataReference>>(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                            || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList());

        /// <summary>The framework's references.</summary>
        public static IReadOnlyList<MetadataReference> FrameworkReferences => s_framework.Value;

        /// <summary>The shipped model's reference.</summary>
        public static MetadataReference ModelReference { get; } = MetadataReference.CreateFromFile(typeof(Clst.Contracts.Order).Assembly.Location);

        public static CSharpCompilation Create(IEnumerable<string> sources, bool withModel = true, NullableContextOptions nullable = NullableContextOptions.Enable, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        {
            var parseOptions = new CSharpParseOptions(TestFrameworks.Language);
            var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"/0/Test{i}.cs"));
            var references = withModel ? FrameworkReferences.Append(ModelReference) : FrameworkReferences;
            return CSharpCompilation.Create(
                "TestProject",
                trees,
                references,
                new CSharpCompilationOptions(outputKind, nullableContextOptions: nullable));
        }

        public static CSharpCompilation Create(string source, bool withModel = true) => Create(new[] { source }, withModel);
    }
}
