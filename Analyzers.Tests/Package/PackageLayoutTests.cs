using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>The packed <c>Clst.Analyzers.nupkg</c> and <c>.snupkg</c>, opened and read like NuGet reads them.</summary>
    [Collection(PackageGateCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private const string RepositoryUrl = "https://github.com/clst-analyzers/Clst.Analyzers";

        private readonly PackageGate _gate;

        public PackageLayoutTests(PackageGate gate)
        {
            _gate = gate;
        }

        [Fact]
        public void PackageHoldsTheModelForBothTargetsUnderLibAndTheAnalyzersUnderAnalyzers()
        {
            using var package = ZipFile.OpenRead(_gate.PackagePath);
            var files = PayloadFiles(package);

            Assert.Equal(
                new[]
                {
                    "Clst.Analyzers.nuspec",
                    "README.md",
                    "analyzers/dotnet/cs/Clst.Analyzers.CodeFixes.dll",
                    "analyzers/dotnet/cs/Clst.Analyzers.dll",
                    "lib/net8.0/Clst.Contracts.dll",
                    "lib/net8.0/Clst.Contracts.xml",
                    "lib/netstandard2.0/Clst.Contracts.dll",
                    "lib/netstandard2.0/Clst.Contracts.xml",
                },
                files);
        }

        [Fact]
        public void NuspecCarriesIdVersionLicenseReadmeRepositoryAndTags()
        {
            var metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value.Trim() ?? string.Empty;

            Assert.Equal("Clst.Analyzers", Value("id"));
            Assert.Equal(PackageGate.RepoVersion, Value("version"));
            Assert.NotEqual(string.Empty, Value("authors"));
            Assert.Contains("PENDING_CANCEL", Value("description"), StringComparison.Ordinal);

            var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
            Assert.Equal("expression", license.Attribute("type")?.Value);
            Assert.Equal("MIT", license.Value.Trim());

            Assert.Equal("README.md", Value("readme"));
            Assert.Equal(RepositoryUrl, Value("projectUrl"));
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal("git", repository.Attribute("type")?.Value);
            Assert.Equal(RepositoryUrl, repository.Attribute("url")?.Value);

            var tags = Value("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains("roslyn", tags);
            Assert.Contains("analyzer", tags);
            Assert.Contains("clear-street", tags);

            // The model is used at run time: the package must flow to consumers like any library.
            Assert.NotEqual("true", Value("developmentDependency"));
        }

        [Fact]
        public void DependenciesAreWhatTheModelNeedsAtRunTimeAndNothingRoslyn()
        {
            var metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies")
                .Elements().Where(e => e.Name.LocalName == "group")
                .ToDictionary(
                    g => g.Attribute("targetFramework")!.Value,
                    g => g.Elements().Where(d => d.Name.LocalName == "dependency")
                        .Select(d => d.Attribute("id")!.Value + " " + d.Attribute("version")!.Value)
                        .OrderBy(s => s, StringComparer.Ordinal).ToList());

            Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Empty(groups["net8.0"]);
            // Exactly the model's own netstandard2.0 package references (Contracts/Clst.Contracts.csproj), at the central versions.
            Assert.Equal(ModelPackageReferences("netstandard2.0"), groups[".NETStandard2.0"]);
            Assert.DoesNotContain(groups.Values.SelectMany(g => g), d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }

        [Fact]
        public void PackageReadmeIsTheRepositoryReadme()
        {
            using var package = ZipFile.OpenRead(_gate.PackagePath);
            using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(PackageGate.RepoRoot, "README.md")), reader.ReadToEnd());
        }

        [Fact]
        public void ModelAssembliesTargetTheFrameworkOfTheirFolder()
        {
            using var package = ZipFile.OpenRead(_gate.PackagePath);
            Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(Read(package, "lib/netstandard2.0/Clst.Contracts.dll")));
            Assert.Equal(".NETCoreApp,Version=v8.0", TargetFramework(Read(package, "lib/net8.0/Clst.Contracts.dll")));
        }

        [Fact]
        public void SymbolsPackageHoldsThePdbOfEachModelAssembly()
        {
            Assert.True(File.Exists(_gate.SymbolsPackagePath), _gate.SymbolsPackagePath + " was not produced");
            using var package = ZipFile.OpenRead(_gate.PackagePath);
            using var symbols = ZipFile.OpenRead(_gate.SymbolsPackagePath);
            var files = PayloadFiles(symbols);
            Assert.Equal(
                new[] { "Clst.Analyzers.nuspec", "lib/net8.0/Clst.Contracts.pdb", "lib/netstandard2.0/Clst.Contracts.pdb" },
                files);

            foreach (var tfm in new[] { "netstandard2.0", "net8.0" })
            {
                // The pdb is the one of the dll beside which the debugger will look for it (same id).
                var dll = Read(package, $"lib/{tfm}/Clst.Contracts.dll");
                var pdb = Read(symbols, $"lib/{tfm}/Clst.Contracts.pdb");
                using var peReader = new PEReader(dll);
                var codeView = peReader.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.CodeView);
                var expectedId = peReader.ReadCodeViewDebugDirectoryData(codeView).Guid;
                using var pdbProvider = MetadataReaderProvider.FromPortablePdbImage(pdb);
                var pdbId = new BlobContentId(pdbProvider.GetMetadataReader().DebugMetadataHeader!.Id);
                Assert.Equal(expectedId, pdbId.Guid);
            }
        }

        [Fact]
        public void AnalyzerAssembliesNeedNothingTheCompilerDoesNotCarry()
        {
            // Roslyn 4.8.0 at most (loads from VS 17.8 / the .NET 8 SDK on), the analyzers without Workspaces (RS1038),
            // and no reference the compiler cannot resolve: not the model, not a JSON library.
            var hostAssemblies = new HashSet<string>(StringComparer.Ordinal)
            {
                "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
                "System.Collections.Immutable", "System.Reflection.Metadata", "System.Memory", "System.Buffers",
                "System.Runtime.CompilerServices.Unsafe", "System.Threading.Tasks.Extensions", "System.Numerics.Vectors",
            };
            var fixerHostAssemblies = new HashSet<string>(hostAssemblies, StringComparer.Ordinal)
            {
                "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel",
                "Clst.Analyzers",
            };

            using var package = ZipFile.OpenRead(_gate.PackagePath);
            foreach (var (file, allowed) in new[]
                     {
                         ("analyzers/dotnet/cs/Clst.Analyzers.dll", hostAssemblies),
                         ("analyzers/dotnet/cs/Clst.Analyzers.CodeFixes.dll", fixerHostAssemblies),
                     })
            {
                using var peReader = new PEReader(Read(package, file));
                var reader = peReader.GetMetadataReader();
                var names = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
                Assert.Contains("netstandard", names); // built for netstandard2.0, which every compiler host loads
                foreach (var handle in reader.AssemblyReferences)
                {
                    var reference = reader.GetAssemblyReference(handle);
                    var name = reader.GetString(reference.Name);
                    Assert.True(allowed.Contains(name), $"{file} references {name} {reference.Version}, which the compiler does not carry");
                    if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                    {
                        Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{file} references {name} {reference.Version}: newer than 4.8.0");
                    }
                }
            }
        }

        private XDocument Nuspec()
        {
            using var package = ZipFile.OpenRead(_gate.PackagePath);
            using var stream = package.GetEntry("Clst.Analyzers.nuspec")!.Open();
            return XDocument.Load(stream);
        }

        /// <summary>The package's files without NuGet's own bookkeeping (OPC parts).</summary>
        private static List<string> PayloadFiles(ZipArchive package)
            => package.Entries.Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal)
                            && !n.StartsWith("package/", StringComparison.Ordinal)
                            && n != "[Content_Types].xml")
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();

        private static ImmutableArray<byte> Read(ZipArchive package, string path)
        {
            var entry = package.GetEntry(path) ?? throw new InvalidOperationException(path + " is not in the package");
            using var stream = entry.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return ImmutableArray.Create(memory.ToArray());
        }

        /// <summary>The <c>[assembly: TargetFramework("...")]</c> of an assembly.</summary>
        private static string? TargetFramework(ImmutableArray<byte> image)
        {
            using var peReader = new PEReader(image);
            var reader = peReader.GetMetadataReader();
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference)
                {
                    continue;
                }

                var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (constructor.Parent.Kind != HandleKind.TypeReference
                    || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "TargetFrameworkAttribute")
                {
                    continue;
                }

                var value = reader.GetBlobReader(attribute.Value);
                value.ReadUInt16(); // prolog
                return value.ReadSerializedString();
            }

            return null;
        }

        /// <summary>"Id Version" of the model project's package references for one target, versions from Directory.Packages.props.</summary>
        private static List<string> ModelPackageReferences(string targetFramework)
        {
            var versions = XDocument.Load(Path.Combine(PackageGate.RepoRoot, "Directory.Packages.props"))
                .Descendants("PackageVersion")
                .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value, StringComparer.Ordinal);
            var project = XDocument.Load(Path.Combine(PackageGate.RepoRoot, "Contracts", "Clst.Contracts.csproj"));
            return project.Descendants("PackageReference")
                .Where(r => AppliesTo(r, targetFramework))
                .Select(r => r.Attribute("Include")!.Value)
                .Select(id => id + " " + versions[id])
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
        }

        private static bool AppliesTo(XElement reference, string targetFramework)
        {
            if (reference.Attribute("PrivateAssets")?.Value == "all")
            {
                return false;
            }

            foreach (var element in reference.AncestorsAndSelf())
            {
                var condition = element.Attribute("Condition")?.Value;
                if (condition != null && condition.Contains("TargetFramework", StringComparison.Ordinal)
                    && !condition.Contains($"'{targetFramework}'", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
