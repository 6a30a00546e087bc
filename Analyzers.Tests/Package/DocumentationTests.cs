using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Clst.Analyzers.Recognition;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// What the documentation may say and where it points, checked without building anything: every block of the README
    /// is run by a test, no page or doc comment names a file outside the repository, every rule page has the same
    /// parts in the same order and carries no other rule's table.
    /// </summary>
    public sealed class DocumentationTests
    {
        /// <summary>README sections whose code other tests run as they are (Contracts/ResilienceRecipeTests and the workflow tests).</summary>
        private static readonly string[] SectionsTestedElsewhere = { "The cancel workflow", "Resilience and authentication" };

        private static string Repo(params string[] parts) => Path.Combine(new[] { PackageGate.RepoRoot }.Concat(parts).ToArray());

        [Fact]
        public void NoPageOrDocCommentNamesTheContractFolderOutsideTheRepository()
        {
            var files = Directory.EnumerateFiles(Repo("docs"), "*.md", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(Repo("Contracts"), "*.cs", SearchOption.AllDirectories)
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
                .Append(Repo("README.md"))
                .ToList();
            Assert.Contains(files, f => f.EndsWith("contract.md", StringComparison.Ordinal));

            var offending = files
                .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
                .Where(l => l.Text.Contains("shared/contract", StringComparison.OrdinalIgnoreCase))
                .Select(l => $"{Paths.Relative(PackageGate.RepoRoot, l.File)}:{l.Line}: {l.Text.Trim()}")
                .ToList();
            Assert.True(offending.Count == 0, "names a file that is neither in the repository nor in the package:\n  " + string.Join("\n  ", offending));
        }

        [Fact]
        public void EveryLinkToDocsContractNamesAHeadingItHas()
        {
            var anchors = File.ReadAllLines(Repo("docs", "contract.md"))
                .Where(l => l.StartsWith("## ", StringComparison.Ordinal))
                .Select(l => Regex.Replace(l.Substring(3).Trim().ToLowerInvariant().Replace("`", string.Empty), @"[^a-z0-9 _-]", string.Empty).Replace(' ', '-'))
                .ToHashSet(StringComparer.Ordinal);
            var sources = Directory.EnumerateFiles(Repo("docs"), "*.md", SearchOption.AllDirectories)
                .Concat(new[] { Repo("README.md"), Repo("Analyzers", "Rules.cs"), Repo("Contracts", "Enums.cs"), Repo("Contracts", "OrderStatusExtensions.cs") });
            var links = sources.SelectMany(f => Regex.Matches(File.ReadAllText(f), @"contract\.md#([a-z0-9_-]+)").Select(m => (File: f, Anchor: m.Groups[1].Value))).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.True(anchors.Contains(l.Anchor), $"{Paths.Relative(PackageGate.RepoRoot, l.File)} links to docs/contract.md#{l.Anchor}, which has no such heading"));
        }

        [Fact]
        public void EveryBlockOfTheReadmeIsARecipeOrAnExampleThatATestRuns()
        {
            var blocks = MarkedBlocks.Read(Repo("README.md"));
            var untested = blocks.Where(b => !b.IsRecipe && !b.IsExample && !SectionsTestedElsewhere.Contains(b.Section)).ToList();
            Assert.True(untested.Count == 0, "blocks no test runs (mark them <!-- recipe: NAME --> and run them, or take them out):\n  " + string.Join("\n  ", untested));

            var names = blocks.Where(b => b.IsRecipe).Select(b => b.Marker!.Substring("recipe: ".Length)).Distinct().ToList();
            Assert.Empty(names.Except(ReadmeRecipeTests.Covered.Keys));
            Assert.Empty(ReadmeRecipeTests.Covered.Keys.Except(names));
            foreach (var name in names)
            {
                MarkedBlocks.Recipe(blocks, name); // one text per name
            }
        }

        [Fact]
        public void SamplesRunShPacksWithTheReadmesCommandAndCiRunsIt()
        {
            var blocks = MarkedBlocks.Read(Repo("README.md"));
            var runSh = File.ReadAllLines(Repo("samples", "run.sh")).Select(l => l.Trim()).ToList();
            var ci = File.ReadAllLines(Repo(".ci", "run")).Select(l => l.Trim()).ToList();

            // The README's pack command, run by run.sh from the repository's root exactly as written.
            Assert.Contains(MarkedBlocks.Recipe(blocks, "pack").Trim(), runSh);
            // CI runs both commands of "Set up a fresh machine", exactly as written, from the repository's root.
            Assert.Contains(MarkedBlocks.Recipe(blocks, "run-samples").Trim(), ci);
            Assert.Contains(MarkedBlocks.Recipe(blocks, "test").Trim(), ci);
            Assert.Contains("--logger \"console;verbosity=normal\"", MarkedBlocks.Recipe(blocks, "test"), StringComparison.Ordinal);
        }

        [Fact]
        public void EveryEditorConfigBlockOfThePagesSetsOnlyKeysThePackageReads()
        {
            // Read with the compiler's own .editorconfig parser; the README's severity block is also built (ReadmeRecipeTests).
            var known = new HashSet<string>(StringComparer.Ordinal)
            {
                ContractOptions.LookalikeModelsKey, ContractOptions.OrderStatusTypesKey, ContractOptions.TimeInForceTypesKey,
                ContractOptions.OrderTypesKey, ContractOptions.CancelMethodsKey, ContractOptions.ThrowingDefaultIsDeliberateKey,
                ContractOptions.AdditionalEnumsKey, ContractOptions.NullableFieldsReportInEnabledCodeKey,
            };
            var pages = RuleInventory.AllRules.Select(id => Repo("docs", "rules", id + ".md")).Append(Repo("README.md"));
            var blocks = pages.SelectMany(MarkedBlocks.Read).Where(b => b.Language == "ini").ToList();
            Assert.NotEmpty(blocks);
            var problems = new List<string>();
            foreach (var block in blocks)
            {
                var config = Microsoft.CodeAnalysis.AnalyzerConfig.Parse(block.Content, "/project/.editorconfig");
                var result = Microsoft.CodeAnalysis.AnalyzerConfigSet.Create(System.Collections.Immutable.ImmutableArray.Create(config))
                    .GetOptionsForSourcePath("/project/Example.cs");
                problems.AddRange(result.Diagnostics.Select(d => $"{block}: {d.GetMessage()}"));
                int severityLines = block.Content.Split('\n').Count(l => Regex.IsMatch(l, @"^\s*dotnet_diagnostic\.CLST\d{3}\.severity\s*="));
                if (result.TreeOptions.Count != severityLines || result.TreeOptions.Count + result.AnalyzerOptions.Count == 0)
                {
                    problems.Add($"{block}: {severityLines} severity lines, {result.TreeOptions.Count} read by the compiler for a .cs file; {result.AnalyzerOptions.Count} options");
                }

                foreach (var rule in result.TreeOptions.Keys.Where(k => !RuleInventory.AllRules.Contains(k.ToUpperInvariant())))
                {
                    problems.Add($"{block}: a severity for {rule}, which is no rule of the package");
                }

                foreach (var option in result.AnalyzerOptions)
                {
                    if (!known.Contains(option.Key))
                    {
                        problems.Add($"{block}: {option.Key} is no option of the package");
                    }
                    else if (option.Key is ContractOptions.LookalikeModelsKey or ContractOptions.ThrowingDefaultIsDeliberateKey or ContractOptions.NullableFieldsReportInEnabledCodeKey && option.Value is not ("true" or "false"))
                    {
                        problems.Add($"{block}: {option.Key} = {option.Value} (true or false)");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void EachRulePageHasThePartsInOrderAndCarriesNoOtherRulesTable()
        {
            string[] order = { "What it catches", "Examples", "The contract", "Configuration", "Deliberately not flagged" };
            foreach (var id in RuleInventory.AllRules)
            {
                var page = Repo("docs", "rules", id + ".md");
                var lines = File.ReadAllLines(page);
                var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.Substring(3).Trim()).ToList();
                var positions = order.Select(h => headings.FindIndex(x => x.StartsWith(h, StringComparison.Ordinal))).ToList();
                Assert.True(positions.All(p => p >= 0) && positions.SequenceEqual(positions.OrderBy(p => p)),
                    $"{id}.md: expected the sections {string.Join(", ", order)} in this order; it has {string.Join(", ", headings)}");

                // The first example of the page is a flagged one, the next a fixed one.
                var examples = MarkedBlocks.Read(page).Where(b => b.IsExample).ToList();
                Assert.True(examples.Count >= 2 && examples[0].Marker!.Contains("example: flagged", StringComparison.Ordinal)
                                                && examples[1].Marker!.Contains("not flagged", StringComparison.Ordinal),
                    $"{id}.md must open its examples with a flagged one and its fixed twin");
                Assert.Contains("../contract.md", File.ReadAllText(page), StringComparison.Ordinal);

                var otherRows = lines.Where(l => l.StartsWith("|", StringComparison.Ordinal))
                    .Where(l => RuleInventory.AllRules.Any(other => other != id && l.Contains(other, StringComparison.Ordinal)))
                    .ToList();
                Assert.True(otherRows.Count == 0, $"{id}.md has table rows of other rules:\n  " + string.Join("\n  ", otherRows));
            }
        }
    }
}
