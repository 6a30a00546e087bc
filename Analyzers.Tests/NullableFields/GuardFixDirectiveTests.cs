using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.NullableFields;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// The Guard fix around preprocessor directives and comments (issue 21): directives before and after the guarded
    /// statement stay where they are, code in an inactive region is left as written, comments go with the code they
    /// annotate; where a directive lies inside the statement the fix is not offered. Full before/after text.
    /// </summary>
    public class GuardFixDirectiveTests
    {
        private static Task Body(string before, string after)
            => Rule<NullableOptionalFieldAnalyzer, NullableFieldGuardCodeFixProvider>.On(Code.InMethod(before)).FixesTo(Code.InMethod(after))
                .WithCodeAction(NullableFieldFixes.Guard).WithNullable(false).VerifyAsync();

        private static Task NotOffered(string body) => Body(body, body);

        [Fact]
        public Task InTheActiveBranchOfAnIfElseTheInactiveBranchIsLeftAsWritten() => Body(
            """
#if true
        Console.WriteLine([|order.Symbol|].Length);
#else
        Console.WriteLine(order.Symbol.Length + 1);
#endif
""",
            """
#if true
        if (order.Symbol is { } symbol)
        {
            Console.WriteLine(symbol.Length);
        }
#else
        Console.WriteLine(order.Symbol.Length + 1);
#endif
""");

        [Fact]
        public Task InsideARegionWithCommentsBeforeInsideAndAfter() => Body(
            """
        #region Fill
        // before the statement
        Use(/* inside */ [|order.AverageFillPrice.Value|] /* after */); // at the end
        #endregion
""",
            """
        #region Fill
        // before the statement
        if (order.AverageFillPrice is { } averageFillPrice)
        {
            Use(/* inside */ averageFillPrice /* after */); // at the end
        }
        #endregion
""");

        [Fact]
        public Task BetweenPragmas() => Body(
            """
#pragma warning disable CS0219
        var unused = 1;
        Console.WriteLine([|order.Symbol|].Length);
#pragma warning restore CS0219
""",
            """
#pragma warning disable CS0219
        var unused = 1;
        if (order.Symbol is { } symbol)
        {
            Console.WriteLine(symbol.Length);
        }
#pragma warning restore CS0219
""");

        [Fact]
        public Task NotOfferedWhenADirectiveSplitsTheStatement() => NotOffered(
            """
        Console.WriteLine(
#if true
            [|order.Symbol|].Length
#else
            0
#endif
        );
""");

        [Fact]
        public Task NotOfferedWhenAPragmaSitsInsideTheStatement() => NotOffered(
            """
        Console.WriteLine([|order.Symbol|].Length +
#pragma warning disable CS0219
            1);
#pragma warning restore CS0219
""");
    }
}
