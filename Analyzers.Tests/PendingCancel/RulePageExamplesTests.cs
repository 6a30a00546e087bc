using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Clst.Analyzers.Tests.Robustness;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Every example of the rule page's forms and of its "deliberately not flagged" list (fenced <c>cs</c>; the page's
    /// <c>csharp</c> blocks are compiled and checked by Package/DocumentedExampleTests) is cut from a test: each code block
    /// there opens with <c>// TestClass.TestName</c> (or <c>// TestClass (Constant)</c>), and each of its lines is a line of
    /// that test class's sources, markup removed.
    /// </summary>
    public class RulePageExamplesTests
    {
        private static readonly Regex s_block = new Regex(@"```cs\r?\n(?<body>.*?)```", RegexOptions.Singleline);
        private static readonly Regex s_origin = new Regex(@"^//\s*(?<class>\w+)[\s.(]");

        [Fact]
        public void EveryExampleOfTheFormsAndOfWhatIsLeftAloneIsATestSource()
        {
            var page = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "rules", "CLST001.md"));
            var sections = Section(page, "## The forms", "## The contract") + Section(page, "## Deliberately not flagged", null);
            var failures = new List<string>();
            int blocks = 0;
            foreach (Match block in s_block.Matches(sections))
            {
                blocks++;
                var lines = block.Groups["body"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                var origin = s_origin.Match(lines[0]);
                if (!origin.Success)
                {
                    failures.Add("an example names no test: " + lines[0]);
                    continue;
                }

                var path = Path.Combine(Corpus.RepositoryRoot, "Analyzers.Tests", "PendingCancel", origin.Groups["class"].Value + ".cs");
                if (!File.Exists(path))
                {
                    failures.Add("no test file " + path);
                    continue;
                }

                var source = new HashSet<string>(Corpus.StripMarkup(File.ReadAllText(path)).Split('\n').Select(l => l.Trim()));
                foreach (var line in lines.Skip(1))
                {
                    var code = Regex.Replace(line, @"\s*// CLST001.*$", string.Empty).Trim();
                    if (code.Length > 0 && !code.StartsWith("//") && !source.Contains(code))
                    {
                        failures.Add($"'{code}' is not a line of {origin.Groups["class"].Value}");
                    }
                }
            }

            Assert.True(blocks >= 10, "the page's examples were not found: " + blocks);
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        private static string Section(string page, string from, string? to)
        {
            int start = page.IndexOf(from, System.StringComparison.Ordinal);
            int end = to == null ? page.Length : page.IndexOf(to, start + 1, System.StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "section " + from + " not found");
            return page.Substring(start, end - start);
        }
    }
}
