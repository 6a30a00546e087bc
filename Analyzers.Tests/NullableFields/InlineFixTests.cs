using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.NullableFields;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// The Inline fixes: <c>?.</c> where the result may be null, and <c>?? value</c> as a separate action whose title names
    /// the value. Full before/after text; Fix All in document, project and solution; the fixed code compiles.
    /// </summary>
    public class InlineFixTests
    {
        private static ClstTest<NullableOptionalFieldAnalyzer, NullableFieldInlineCodeFixProvider> Fix(string before, string after, string key, bool nullable = false)
            => Rule<NullableOptionalFieldAnalyzer, NullableFieldInlineCodeFixProvider>.On(Code.InMethod(before)).FixesTo(Code.InMethod(after))
                .WithCodeAction(key).WithNullable(nullable);

        private static Task Conditional(string before, string after, bool nullable = false)
            => Fix(before, after, NullableFieldFixes.Conditional, nullable).VerifyAsync();

        private static Task Coalesce(string before, string after, bool nullable = false)
            => Fix(before, after, NullableFieldFixes.Coalesce, nullable).VerifyAsync();

        private static Task NotOffered(string body, string key, bool nullable = false) => Fix(body, body, key, nullable).VerifyAsync();

        // ------------------------------------------------------------------ ?.

        [Theory]
        [InlineData("        var upper = [|order.Symbol|].ToUpperInvariant();", "        var upper = order.Symbol?.ToUpperInvariant();")]
        [InlineData("        Console.WriteLine([|order.Symbol|].Trim().ToLowerInvariant());", "        Console.WriteLine(order.Symbol?.Trim().ToLowerInvariant());")]
        [InlineData("        [|order.Symbol|].Trim();", "        order.Symbol?.Trim();")]
        [InlineData("        var text = \"first: \" + [|order.Details|][0];", "        var text = \"first: \" + order.Details?[0];")]
        [InlineData("        var same = [|order.InstrumentId|].Trim() == \"X\";", "        var same = order.InstrumentId?.Trim() == \"X\";")]
        public Task ConditionalAccessWhereTheResultMayBeNull(string before, string after) => Conditional(before, after);

        [Fact]
        public Task ConditionalAccessReplacesASuppression() => Conditional(
            "        var upper = [|order.Symbol!|].ToUpperInvariant();",
            "        var upper = order.Symbol?.ToUpperInvariant();",
            nullable: true);

        [Theory]
        [InlineData("        var length = [|order.Symbol|].Length;")]
        [InlineData("        Use([|order.Symbol|].Trim());")]
        [InlineData("        var price = decimal.Parse([|order.Symbol|]);")]
        [InlineData("        Use([|order.AverageFillPrice.Value|]);")]
        public Task ConditionalAccessIsNotOfferedWhereTheResultMustNotBeNull(string body) => NotOffered(body, NullableFieldFixes.Conditional);

        [Fact]
        public Task ConditionalAccessIsNotOfferedForANonNullableLocalWithWarningsOn()
            => NotOffered("        string upper = [|order.Symbol!|].ToUpperInvariant();", NullableFieldFixes.Conditional, nullable: true);

        // ------------------------------------------------------------------ ?? value

        [Theory]
        [InlineData("        Use([|order.AverageFillPrice.Value|]);", "        Use(order.AverageFillPrice ?? 0m);")]
        [InlineData("        decimal total = [|order.LimitPrice.Value|] * order.Quantity;", "        decimal total = (order.LimitPrice ?? 0m) * order.Quantity;")]
        [InlineData("        var price = [|(decimal)order.AverageFillPrice|];", "        var price = order.AverageFillPrice ?? 0m;")]
        [InlineData("        var price = [|(double)order.AverageFillPrice|];", "        var price = (double)(order.AverageFillPrice ?? 0m);")]
        [InlineData("        var price = [|order.StopPrice.GetValueOrDefault()|];", "        var price = order.StopPrice ?? 0m;")]
        [InlineData("        bool extended = [|order.ExtendedHours.Value|];", "        bool extended = order.ExtendedHours ?? false;")]
        [InlineData("        var length = [|order.Symbol|].Length;", "        var length = order.Symbol?.Length ?? 0;")]
        [InlineData("        var count = [|order.Details|].Count + 1;", "        var count = (order.Details?.Count ?? 0) + 1;")]
        [InlineData("        var any = [|order.Details|].Any();", "        var any = order.Details?.Any() ?? false;")]
        [InlineData("        Use([|order.Symbol|].Trim());", "        Use(order.Symbol?.Trim() ?? \"\");")]
        public Task CoalesceWithTheValueTheUserChooses(string before, string after) => Coalesce(before, after);

        [Fact]
        public Task CoalesceAnEnumerationWithAnEmptyCollection() => Coalesce(
            """
        foreach (var detail in [|order.Details|])
        {
            Console.WriteLine(detail);
        }
""",
            """
        foreach (var detail in order.Details ?? Array.Empty<string>())
        {
            Console.WriteLine(detail);
        }
""");

        [Fact]
        public Task CoalesceASuppressionWithWarningsOn() => Coalesce(
            "        var price = [|order.AverageFillPrice!|].Value;",
            "        var price = order.AverageFillPrice ?? 0m;",
            nullable: true);

        [Theory]
        [InlineData("        var expiry = [|order.ExpiresAt.Value|];")]
        [InlineData("        var type = [|order.InstrumentType.Value|];")]
        [InlineData("        var expiry = [|(DateTimeOffset)order.ReleasesAt|];")]
        [InlineData("        var price = decimal.Parse([|order.Symbol|]);")]
        [InlineData("        [|order.Symbol|].Trim();")]
        public Task CoalesceIsNotOfferedWithoutANeutralValue(string body) => NotOffered(body, NullableFieldFixes.Coalesce);

        [Fact]
        public Task InAnExpressionBodiedMemberAndALambda() => Rule<NullableOptionalFieldAnalyzer, NullableFieldInlineCodeFixProvider>.On(Code.Usings + """

class C
{
    int Length(Order order) => [|order.Symbol|].Length;

    int Total(List<Order> orders) => orders.Sum(o => [|o.Details|].Count);
}
""").FixesTo(Code.Usings + """

class C
{
    int Length(Order order) => order.Symbol?.Length ?? 0;

    int Total(List<Order> orders) => orders.Sum(o => o.Details?.Count ?? 0);
}
""").WithNullable(false).WithCodeAction(NullableFieldFixes.Coalesce).VerifyAsync();

        [Fact]
        public Task FixAllCoalescesEveryUse() => Coalesce(
            """
        Use([|order.LimitPrice.Value|] - [|order.StopPrice.Value|]);
        var length = [|order.Symbol|].Length;
""",
            """
        Use((order.LimitPrice ?? 0m) - (order.StopPrice ?? 0m));
        var length = order.Symbol?.Length ?? 0;
""");

        [Fact]
        public Task KiotaModel()
        {
            var test = Rule<NullableOptionalFieldAnalyzer, NullableFieldInlineCodeFixProvider>.On("""

using Kiota.Client.Models;

class C
{
    int Count(Order order)
    {
        var total = 0;
        foreach (var detail in [|order.Details|])
        {
            total += detail.Length;
        }

        return total;
    }
}
""").FixesTo("""

using Kiota.Client.Models;

class C
{
    int Count(Order order)
    {
        var total = 0;
        foreach (var detail in order.Details ?? new System.Collections.Generic.List<string>())
        {
            total += detail.Length;
        }

        return total;
    }
}
""").WithoutShippedModel().WithSource(Models.Kiota).WithNullable(false).WithCodeAction(NullableFieldFixes.Coalesce)
                .WithoutImplicitUsings(); // List<T>'s namespace is not imported: the fix names it in full
            test.FixedState.Sources.Add(Models.Kiota);
            return test.VerifyAsync();
        }
    }
}
