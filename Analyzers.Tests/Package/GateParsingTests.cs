using System;
using System.IO;
using System.Linq;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// The gate's readers on the shapes the tools write (taken from real builds of the samples): MSBuild's console lines,
    /// the compiler's SARIF 2.1 log, and the samples' expectation markers.
    /// </summary>
    public sealed class GateParsingTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "clst-gate-parse-" + Guid.NewGuid().ToString("N").Substring(0, 10));

        public GateParsingTests()
        {
            Directory.CreateDirectory(Path.Combine(_directory, "Project", "obj"));
        }

        private string Project => Path.Combine(_directory, "Project");

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Fact]
        public void ConsoleLinesGiveFileLineRuleAndLevelOnceEach()
        {
            var output =
                $"  Determining projects to restore...\n" +
                $"{Project}/OrderReport.cs(26,13): error CLST003: The match over 'OrderStatus' does not handle 12 of its 15 members (PendingNew, Canceled, Rejected and 9 more): they are silently ignored (the switch has no default) (https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/rules/CLST003.md) [{Project}/Project.csproj]\r\n" +
                $"{Project}/Sub/Legacy.cs(14,37): warning CLST002: 'Symbol' may be null [{Project}/Project.csproj]\n" +
                $"CSC : warning AD0001: Analyzer 'X' threw an exception of type 'System.ArgumentException' with message 'boom'. [{Project}/Project.csproj]\n" +
                $"{Project}/Project.csproj : warning NU1603: Clst.Analyzers 1.0.0 depends on X (>= 1.0.0) but X 1.0.0 was not found.\n" +
                "Build FAILED.\n\n" +
                $"{Project}/OrderReport.cs(26,13): error CLST003: The match over 'OrderStatus' does not handle 12 of its 15 members (PendingNew, Canceled, Rejected and 9 more): they are silently ignored (the switch has no default) (https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/rules/CLST003.md) [{Project}/Project.csproj]\n" +
                "    1 Warning(s)\n    1 Error(s)\n";

            var diagnostics = BuildDiagnostics.FromConsole(output, Project);

            Assert.Equal(4, diagnostics.Count);
            var clst003 = Assert.Single(diagnostics, d => d.RuleId == "CLST003");
            Assert.Equal(("OrderReport.cs", 26, 13, "error"), (clst003.File, clst003.Line, clst003.Column, clst003.Level));
            Assert.StartsWith("The match over 'OrderStatus'", clst003.Message, StringComparison.Ordinal);
            var clst002 = Assert.Single(diagnostics, d => d.RuleId == "CLST002");
            Assert.Equal(("Sub/Legacy.cs", 14, "warning"), (clst002.File, clst002.Line, clst002.Level));
            var crash = Assert.Single(diagnostics, d => d.RuleId == "AD0001");
            Assert.Equal((string.Empty, 0, "warning"), (crash.File, crash.Line, crash.Level));
            Assert.Single(diagnostics, d => d.RuleId == "NU1603");
            Assert.Equal(2, diagnostics.Count(d => d.IsClst));
        }

        [Fact]
        public void SarifLogGivesResultsWithLocationsAndRulesWithHelpLinks()
        {
            var path = Path.Combine(_directory, "log.sarif");
            File.WriteAllText(path, $$"""
                {
                  "$schema": "http://json.schemastore.org/sarif-2.1.0",
                  "version": "2.1.0",
                  "runs": [
                    {
                      "results": [
                        {
                          "ruleId": "CLST004",
                          "ruleIndex": 1,
                          "level": "error",
                          "message": { "text": "The match over 'TimeInForce' does not handle 9 of its 11 members" },
                          "locations": [ { "physicalLocation": {
                            "artifactLocation": { "uri": "{{new Uri(Path.Combine(Project, "Order Report.cs")).AbsoluteUri}}" },
                            "region": { "startLine": 42, "startColumn": 76, "endLine": 42, "endColumn": 82 } } } ],
                          "properties": { "warningLevel": 1 }
                        },
                        {
                          "ruleIndex": 0,
                          "level": "note",
                          "message": { "text": "suggestion" },
                          "locations": [ { "physicalLocation": {
                            "artifactLocation": { "uri": "{{new Uri(Path.Combine(Project, "Desk.cs")).AbsoluteUri}}" },
                            "region": { "startLine": 7, "startColumn": 9 } } } ],
                          "suppressions": [ { "kind": "inSource" } ]
                        },
                        {
                          "ruleId": "AD0001",
                          "level": "warning",
                          "message": { "text": "Analyzer 'X' threw an exception" }
                        }
                      ],
                      "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "rules": [
                        { "id": "CLST005", "shortDescription": { "text": "Incomplete match over a contract enum" } },
                        { "id": "CLST004", "helpUri": "https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/rules/CLST004.md" }
                      ] } },
                      "columnKind": "utf16CodeUnits"
                    }
                  ]
                }
                """);

            var log = BuildDiagnostics.ReadSarif(path, Project);

            Assert.Equal("2.1.0", log.Version);
            Assert.Equal(3, log.Results.Count);
            var clst004 = log.Results[0];
            Assert.Equal(("CLST004", "error", "Order Report.cs", 42, 76, false), (clst004.RuleId, clst004.Level, clst004.File, clst004.Line, clst004.Column, clst004.Suppressed));
            var byIndex = log.Results[1];
            Assert.Equal(("CLST005", "Desk.cs", 7, true), (byIndex.RuleId, byIndex.File, byIndex.Line, byIndex.Suppressed));
            Assert.Equal("info", byIndex.ToReported().Level);
            Assert.Null(log.Results[2].File);
            Assert.Equal("https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/rules/CLST004.md", log.Rules["CLST004"].HelpUri);
            Assert.Null(log.Rules["CLST005"].HelpUri);
        }

        [Fact]
        public void MarkersGiveOneExpectationPerRuleAtTheirLine()
        {
            File.WriteAllText(Path.Combine(Project, "A.cs"), string.Join("\n",
                "// Every line that ends in an \"expect: CLSTnnn\" comment gets that diagnostic.",
                "class A",
                "{",
                "    void M() { } // expect: CLST001",
                "    void N() { } // expect: CLST002, CLST001 (manual)",
                "    void O() { } //expect-unconfigured: CLST004",
                "}"));
            File.WriteAllText(Path.Combine(Project, "obj", "Generated.cs"), "// expect: CLST003\n");

            var expectations = Expectations.Read(Project);

            Assert.Equal(
                new[]
                {
                    new Expectation("A.cs", 4, "CLST001", Manual: false, Unconfigured: false),
                    new Expectation("A.cs", 5, "CLST002", Manual: false, Unconfigured: false),
                    new Expectation("A.cs", 5, "CLST001", Manual: true, Unconfigured: false),
                    new Expectation("A.cs", 6, "CLST004", Manual: false, Unconfigured: true),
                },
                expectations);
        }

        [Theory]
        [InlineData("x(); // expect: CLST01")]
        [InlineData("x(); // expect: CLST001 (maybe)")]
        [InlineData("x(); // expect: CA1000")]
        public void AMalformedMarkerIsAnErrorNotASilentPass(string line)
        {
            File.WriteAllText(Path.Combine(Project, "B.cs"), line + "\n");
            Assert.Throws<FormatException>(() => Expectations.Read(Project));
        }

        [Fact]
        public void LocationsCompareAsMultisets()
        {
            var twice = new[] { ("A.cs", 3, "CLST001"), ("A.cs", 3, "CLST001") };
            DiagnosticAssert.SameLocations(twice, twice.Reverse(), "same");
            Assert.ThrowsAny<Exception>(() => DiagnosticAssert.SameLocations(twice, twice.Take(1), "one missing"));
            Assert.ThrowsAny<Exception>(() => DiagnosticAssert.SameLocations(twice.Take(1), twice, "one unexpected"));
            Assert.ThrowsAny<Exception>(() => DiagnosticAssert.SameLocations(new[] { ("A.cs", 3, "CLST001") }, new[] { ("A.cs", 4, "CLST001") }, "other line"));
        }
    }
}
