using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Clst.Analyzers.Recognition;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>The samples are set up the way a user's projects are: a package from a folder feed, not the repository's projects.</summary>
    public sealed class SampleTests
    {
        private static readonly string[] SampleProjects = { PackageGate.Correct, PackageGate.Faulty, PackageGate.Configured };

        [Fact]
        public void EachSampleReferencesThePackageAtTheRepositoryVersionAndNoProject()
        {
            foreach (var name in SampleProjects)
            {
                var project = XDocument.Load(Path.Combine(PackageGate.SamplesRoot, name, name + ".csproj"));
                Assert.Empty(project.Descendants("ProjectReference"));
                var reference = Assert.Single(project.Descendants("PackageReference"));
                Assert.Equal("Clst.Analyzers", reference.Attribute("Include")?.Value);
                Assert.Equal(PackageGate.RepoVersion, reference.Attribute("Version")?.Value);
                Assert.Equal("net10.0", project.Descendants("TargetFramework").Single().Value);
            }
        }

        [Fact]
        public void SamplesRestoreThePackageOnlyFromTheFolderThatPackFills()
        {
            var config = XDocument.Load(Path.Combine(PackageGate.SamplesRoot, "NuGet.config"));
            var sources = config.Descendants("packageSources").Single().Elements("add")
                .ToDictionary(e => e.Attribute("key")!.Value, e => e.Attribute("value")!.Value, StringComparer.Ordinal);
            var local = sources.Single(s => !s.Value.StartsWith("https://", StringComparison.Ordinal));

            // The folder the package project packs into (PackageOutputPath) is the local feed.
            var packageProject = XDocument.Load(Path.Combine(PackageGate.RepoRoot, "Analyzers.Package", "Clst.Analyzers.Package.csproj"));
            var outputPath = packageProject.Descendants("PackageOutputPath").Single().Value
                .Replace("$(MSBuildThisFileDirectory)", string.Empty, StringComparison.Ordinal).Replace('\\', '/');
            Assert.Equal(
                Path.GetFullPath(Path.Combine(PackageGate.RepoRoot, "Analyzers.Package", outputPath)).TrimEnd('/'),
                Path.GetFullPath(Path.Combine(PackageGate.SamplesRoot, local.Value)).TrimEnd('/'));

            // Clst.Analyzers comes from there and nowhere else.
            var mapping = config.Descendants("packageSourceMapping").Single().Elements("packageSource")
                .Where(s => s.Elements("package").Any(p => p.Attribute("pattern")!.Value == "Clst.Analyzers"))
                .Select(s => s.Attribute("key")!.Value);
            Assert.Equal(new[] { local.Key }, mapping);

            // A packages folder of the samples' own, ignored by git.
            var packagesFolder = config.Descendants("config").Single().Elements("add")
                .Single(e => e.Attribute("key")!.Value == "globalPackagesFolder").Attribute("value")!.Value;
            Assert.Equal(".packages", packagesFolder);
            Assert.Contains(".packages/", File.ReadAllLines(Path.Combine(PackageGate.SamplesRoot, ".gitignore")));
        }

        [Fact]
        public void SamplesAreOutsideTheSolutionAndShieldedFromTheRepositorysBuildSettings()
        {
            var solution = File.ReadAllText(Path.Combine(PackageGate.RepoRoot, "Clst.Analyzers.sln"));
            Assert.DoesNotContain("samples", solution, StringComparison.OrdinalIgnoreCase);
            foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                var props = XDocument.Load(Path.Combine(PackageGate.SamplesRoot, file));
                Assert.Empty(props.Descendants("Import"));
            }

            Assert.Equal("false", XDocument.Load(Path.Combine(PackageGate.SamplesRoot, "Directory.Packages.props"))
                .Descendants("ManagePackageVersionsCentrally").Single().Value);
            Assert.Contains("root = true", File.ReadAllLines(Path.Combine(PackageGate.SamplesRoot, ".editorconfig")));
        }

        [Fact]
        public void FaultySampleShowsCLST001InTwoFormsAndCLST002ToCLST004()
        {
            var expectations = Expectations.Read(Path.Combine(PackageGate.SamplesRoot, PackageGate.Faulty));
            Assert.True(expectations.Count(e => e.RuleId == "CLST001") >= 2, "CLST001 on at least two forms");
            foreach (var id in new[] { "CLST002", "CLST003", "CLST004" })
            {
                Assert.Contains(expectations, e => e.RuleId == id);
            }

            Assert.DoesNotContain(expectations, e => e.Unconfigured);
        }

        [Fact]
        public void ConfiguredSampleSetsEveryOptionOfThePackage()
        {
            var lines = File.ReadAllLines(Path.Combine(PackageGate.SamplesRoot, PackageGate.Configured, ".editorconfig"));
            var keys = lines.Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('[') && l.Contains('='))
                .Select(l => l.Substring(0, l.IndexOf('=')).Trim())
                .ToList();
            foreach (var key in new[]
                     {
                         ContractOptions.LookalikeModelsKey, ContractOptions.OrderStatusTypesKey, ContractOptions.TimeInForceTypesKey,
                         ContractOptions.OrderTypesKey, ContractOptions.CancelMethodsKey, ContractOptions.ThrowingDefaultIsDeliberateKey,
                         ContractOptions.AdditionalEnumsKey,
                     })
            {
                Assert.Contains(key, keys);
            }

            var expectations = Expectations.Read(Path.Combine(PackageGate.SamplesRoot, PackageGate.Configured));
            Assert.Contains(expectations, e => e.Unconfigured);
            Assert.Contains(expectations, e => !e.Unconfigured);
        }
    }
}
