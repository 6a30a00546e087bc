using System;
using System.Collections.Generic;
using System.Linq;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>Compares where diagnostics were promised with where they were reported, and says which differ.</summary>
    public static class DiagnosticAssert
    {
        public static void SameLocations(IEnumerable<(string File, int Line, string RuleId)> expected, IEnumerable<(string File, int Line, string RuleId)> reported, string context)
        {
            var expectedList = expected.Select(Format).OrderBy(s => s, StringComparer.Ordinal).ToList();
            var reportedList = reported.Select(Format).OrderBy(s => s, StringComparer.Ordinal).ToList();
            var missing = MultisetExcept(expectedList, reportedList);
            var unexpected = MultisetExcept(reportedList, expectedList);
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                Assert.Fail(
                    $"{context}\n" +
                    $"expected but not reported ({missing.Count}):\n  {string.Join("\n  ", missing)}\n" +
                    $"reported but not expected ({unexpected.Count}):\n  {string.Join("\n  ", unexpected)}");
            }
        }

        private static string Format((string File, int Line, string RuleId) d) => $"{d.File}({d.Line}): {d.RuleId}";

        private static List<string> MultisetExcept(List<string> left, List<string> right)
        {
            var remaining = right.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var result = new List<string>();
            foreach (var item in left)
            {
                if (remaining.TryGetValue(item, out var count) && count > 0)
                {
                    remaining[item] = count - 1;
                }
                else
                {
                    result.Add(item);
                }
            }

            return result;
        }
    }
}
