using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.NullableFields;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// The Inline fixes around preprocessor directives and comments (issue 21): directives before and after the rewritten
    /// expression stay where they are, code in an inactive region is left as written, comments stay; where a directive
    /// lies inside the rewritten expression neither fix is offered. Full before/after text.
    /// </summary>
    public class InlineFixDirectiveTests
    {
        private static Task Fix(string before, string after, string key)
            => Rule<NullableOptionalFieldAnalyzer, NullableFieldInlineCodeFixProvider>.On(Code.InMethod(before)).FixesTo(Code.InMethod(after))
                .WithCodeAction(key).WithNullable(false).VerifyAsync();

        [Fact]
        public Task ConditionalInTheActiveBranchTheInactiveBranchIsLeftAsWritten() => Fix(
            """
#if true
        var upper = [|order.Symbol|].ToUpperInvariant();
#else
        var upper = order.Symbol.ToUpperInvariant();
#endif
        Console.WriteLine(upper);
""",
            """
#if true
        var upper = order.Symbol?.ToUpperInvariant();
#else
        var upper = order.Symbol.ToUpperInvariant();
#endif
        Console.WriteLine(upper);
""",
            NullableFieldFixes.Conditional);

        [Fact]
        public Task CoalesceKeepsCommentsInsideAndAround() => Fix(
            """
        // the price
        Use(/* price */ [|order.AverageFillPrice.Value|] /* end */); // note
""",
            """
        // the price
        Use(/* price */ order.AverageFillPrice ?? 0m /* end */); // note
""",
            NullableFieldFixes.Coalesce);

        [Fact]
        public Task CoalesceBetweenARegionAndPragmas() => Fix(
            """
        #region Prices
#pragma warning disable CS0219
        var unused = 1;
        Use([|order.AverageFillPrice.Value|]);
#pragma warning restore CS0219
        #endregion
""",
            """
        #region Prices
#pragma warning disable CS0219
        var unused = 1;
        Use(order.AverageFillPrice ?? 0m);
#pragma warning restore CS0219
        #endregion
""",
            NullableFieldFixes.Coalesce);

        [Fact]
        public Task CoalesceOfAnArgumentBetweenDirectives() => Fix(
            """
        Use(
#if true
            [|order.AverageFillPrice.Value|]
#else
            order.AverageFillPrice.Value + 1m
#endif
        );
""",
            """
        Use(
#if true
            order.AverageFillPrice ?? 0m
#else
            order.AverageFillPrice.Value + 1m
#endif
        );
""",
            NullableFieldFixes.Coalesce);

        [Theory]
        [InlineData(NullableFieldFixes.Conditional)]
        [InlineData(NullableFieldFixes.Coalesce)]
        public Task NotOfferedWhenADirectiveSplitsTheExpression(string key)
        {
            const string Body = """
        Console.WriteLine([|order.Symbol|]
#if true
            .ToUpperInvariant());
#else
            .ToLowerInvariant());
#endif
""";
            return Fix(Body, Body, key);
        }
    }
}
