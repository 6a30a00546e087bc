using System.Linq;
using Clst.Analyzers.NullableFields;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// CLST002's flow analysis is bounded (issue 21): its work, counted in facts visited, grows linearly with the method
    /// for the shapes, and past its bound it says nothing about the member rather than something wrong. No time is
    /// asserted: the work is a count.
    /// </summary>
    public class BoundedAnalysisTests
    {
        private static readonly string[] Checked =
        {
            "var px = order.AverageFillPrice;",
            "if (px != null) a += px.Value;",
            "if (order.Symbol is string symbol) n += symbol.Length;",
            "n += order.Details.Count;",
            "s = order.InstrumentId.Trim();",
        };

        [Fact]
        public void JustUnderTheBoundFindingsAsUsualJustOverSilent()
        {
            var source = LongMethods.Method(Checked);
            var unbounded = LongMethods.Analyse(source, long.MaxValue);
            Assert.True(unbounded.Completed);
            var uses = LongMethods.Uses(unbounded.Findings);
            Assert.Equal(3, uses.Length); // Details.Count, InstrumentId.Trim(), the last AverageFillPrice.Value
            Assert.True(unbounded.Work > 0);

            var atTheBound = LongMethods.Analyse(source, unbounded.Work);
            Assert.True(atTheBound.Completed);
            Assert.Equal(uses, LongMethods.Uses(atTheBound.Findings));
            Assert.Equal(unbounded.Work, atTheBound.Work);

            var justOver = LongMethods.Analyse(source, unbounded.Work - 1);
            Assert.False(justOver.Completed);
            Assert.Empty(justOver.Findings);
        }

        [Fact]
        public void OverTheBoundInANestedGraphTheWholeMemberIsSilent()
        {
            // The method's own graph is analysed first and has a finding; the lambda's graph comes after it.
            var source = LongMethods.Method(new[]
            {
                "n += order.Symbol.Length;",
                "System.Func<Order, int> f = o => o.Details.Count + o.InstrumentId.Length;",
            });
            var unbounded = LongMethods.Analyse(source, long.MaxValue);
            Assert.Equal(4, unbounded.Findings.Count);

            var justOver = LongMethods.Analyse(source, unbounded.Work - 1);
            Assert.False(justOver.Completed);
            Assert.Empty(justOver.Findings);
        }

        [Theory]
        [InlineData("patterns")]
        [InlineData("mixed")]
        public void WorkGrowsLinearlyWithTheMethod(string shape)
        {
            var (small, smallFindings) = WorkFor(shape, 500);
            var (large, largeFindings) = WorkFor(shape, 5000);

            // Ten times the statements: ten times the work, give or take the method's fixed part (not a hundred times).
            Assert.InRange(large, 5 * small, 12 * small);
            Assert.True(large < NullableFieldFlowAnalysis.DefaultWorkBudget / 10, $"{shape}: {large} at 5,000 statements");
            Assert.Equal(1, smallFindings);
            Assert.Equal(1, largeFindings);
        }

        private static (long Work, int Findings) WorkFor(string shape, int statements)
        {
            var lines = shape switch
            {
                "patterns" => LongMethods.Patterns(statements),
                "mixed" => LongMethods.Mixed(statements),
                _ => LongMethods.Copies(statements),
            };
            var result = LongMethods.Analyse(LongMethods.Method(lines), NullableFieldFlowAnalysis.DefaultWorkBudget);
            Assert.True(result.Completed);
            return (result.Work, result.Findings.Count(f => f.Field.WireName == "average_fill_price"));
        }
    }
}
