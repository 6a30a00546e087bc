using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Clst.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// The C# examples of the README and of every rule page, compiled in-process with the package's analyzers.
    /// A block is an example when the line above its fence is <c>&lt;!-- example: flagged|not flagged, statements|members[, nullable disabled] --&gt;</c>.
    /// <para>
    /// The wrapping rule: <c>members</c> blocks are the body of <c>public partial class Example</c>; <c>statements</c>
    /// blocks are the body of <c>public async Task Run()</c> in that class. <see cref="Context"/> gives the class what the
    /// examples use without declaring it (<c>client</c>, <c>accountId</c>, <c>orderId</c>, <c>ct</c>, <c>order</c>,
    /// <c>orders</c>, <c>openOrders</c>, <c>bookedQuantity</c>, <c>Use(object?)</c>, the enum <c>Outcome</c>) and the usings.
    /// Nullable is enabled (a new project's default) unless the marker says <c>nullable disabled</c>.
    /// </para>
    /// <para>
    /// A <c>flagged</c> block: each line whose comment names a rule (<c>// CLST001</c>) gets that diagnostic, and no other
    /// line gets one. A <c>not flagged</c> block gets none. Neither may have a compiler error.
    /// </para>
    /// </summary>
    public sealed class DocumentedExampleTests
    {
        public const string Context = """
            global using System;
            global using System.Collections.Generic;
            global using System.Diagnostics;
            global using System.Linq;
            global using System.Threading;
            global using System.Threading.Tasks;
            global using Clst.Contracts;

            public enum Outcome { Working, InFlight, Canceled, Filled, Rejected, Unknown }

            public partial class Example
            {
                private readonly IClstOrdersClient client = null!;
                private readonly long accountId = 1;
                private readonly string orderId = "order-1";
                private readonly CancellationToken ct = default;
                private readonly Order order = new();
                private readonly IEnumerable<Order> orders = Array.Empty<Order>();
                private readonly HashSet<string> openOrders = new();
                private decimal bookedQuantity;

                private static void Use(object? value) { }
            }
            """;

        private static readonly Regex RuleComment = new(@"//.*?\b(?<id>CLST\d{3})\b", RegexOptions.CultureInvariant);

        private readonly ITestOutputHelper _output;

        public DocumentedExampleTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static IEnumerable<object[]> Pages()
        {
            yield return new object[] { "README.md" };
            foreach (var id in RuleInventory.AllRules)
            {
                yield return new object[] { "docs/rules/" + id + ".md" };
            }
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public async Task EachCSharpExampleIsFlaggedExactlyWhereItsCommentsSay(string page)
        {
            var blocks = MarkedBlocks.Read(Path.Combine(PackageGate.RepoRoot, page));
            var examples = blocks.Where(b => b.IsExample).ToList();
            Assert.NotEmpty(examples);
            Assert.All(examples, b => Assert.Equal("csharp", b.Language));

            var failures = new List<string>();
            foreach (var example in examples)
            {
                var problems = await CheckAsync(example);
                _output.WriteLine($"{example}: {(problems.Count == 0 ? "as documented" : string.Join("; ", problems))}");
                failures.AddRange(problems.Select(p => $"{example}: {p}"));
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        [Fact]
        public void EveryCSharpBlockOfARulePageIsAnExampleOrAFixIllustration()
        {
            var loose = RuleInventory.AllRules
                .SelectMany(id => MarkedBlocks.Read(Path.Combine(PackageGate.RepoRoot, "docs", "rules", id + ".md")))
                .Where(b => b.Language == "csharp" && !b.IsExample && b.Marker != "fix: before and after")
                .ToList();
            Assert.True(loose.Count == 0, "C# blocks with no example marker:\n  " + string.Join("\n  ", loose));
        }

        private static async Task<List<string>> CheckAsync(MarkedBlock example)
        {
            var options = example.Marker!.Substring("example: ".Length).Split(',').Select(o => o.Trim()).ToList();
            bool flagged = options[0] == "flagged";
            if (!flagged && options[0] != "not flagged")
            {
                return new List<string> { $"the marker must start with 'flagged' or 'not flagged', not '{options[0]}'" };
            }

            bool statements = options.Contains("statements");
            if (!statements && !options.Contains("members"))
            {
                return new List<string> { "the marker must say 'statements' or 'members'" };
            }

            bool nullableDisabled = options.Contains("nullable disabled");
            var header = new List<string> { nullableDisabled ? "#nullable disable" : "#nullable enable", "public partial class Example", "{" };
            if (statements)
            {
                header.Add("public async Task Run()");
                header.Add("{");
            }

            var source = string.Join("\n", header) + "\n" + example.Content + "\n" + (statements ? "}\n}\n" : "}\n");
            var compilation = AnalyzerRunner.Compile(new[] { Context, source }, isProgram: false, NullableContextOptions.Enable);
            var problems = compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => "does not compile: " + d)
                .ToList();

            var run = await AnalyzerRunner.RunAsync(compilation, concurrent: false);
            problems.AddRange(run.Exceptions.Select(e => "an analyzer threw: " + e));
            var tree = compilation.SyntaxTrees.Last();
            var reported = run.Diagnostics
                .Where(d => d.Id.StartsWith("CLST", StringComparison.Ordinal) && d.Location.SourceTree == tree)
                .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line - header.Count + 1, d.Id))
                .Distinct()
                .ToList();
            var lines = example.Content.Split('\n');
            var expected = new List<(int Line, string Id)>();
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match match in RuleComment.Matches(lines[i]))
                {
                    expected.Add((i + 1, match.Groups["id"].Value));
                }
            }

            if (!flagged && expected.Count > 0)
            {
                problems.Add("a 'not flagged' example names a rule in a comment");
            }

            foreach (var missing in expected.Except(reported))
            {
                problems.Add($"line {missing.Line} ({lines[missing.Line - 1].Trim()}) is not flagged {missing.Id}");
            }

            foreach (var extra in reported.Except(expected))
            {
                var text = extra.Line >= 1 && extra.Line <= lines.Length ? lines[extra.Line - 1].Trim() : "(outside the block)";
                problems.Add($"line {extra.Line} ({text}) is flagged {extra.Id}, which the page does not say");
            }

            if (flagged && expected.Count == 0)
            {
                problems.Add("a 'flagged' example names no rule in a comment");
            }

            return problems;
        }
    }
}
