using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.NullableFields;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// The Guard fix: full before/after text; the testing library also runs Fix All in document, project and solution
    /// and checks that the fixed code compiles. Where the fix cannot be applied safely it is not offered.
    /// </summary>
    public class GuardFixTests
    {
        private static ClstTest<NullableOptionalFieldAnalyzer, NullableFieldGuardCodeFixProvider> Fix(string before, string after)
            => Rule<NullableOptionalFieldAnalyzer, NullableFieldGuardCodeFixProvider>.On(before).FixesTo(after)
                .WithCodeAction(NullableFieldFixes.Guard).WithNullable(false);

        private static Task Body(string before, string after, string parameters = "Order order")
            => Fix(Code.InMethod(before, parameters), Code.InMethod(after, parameters)).VerifyAsync();

        /// <summary>The fix is not offered: the code stays as it is (and the diagnostic stays).</summary>
        private static Task NotOffered(string source) => Fix(source, source).VerifyAsync();

        [Fact]
        public Task GuardsAValueUnwrappedWithValue() => Fix("""

using System;
using Clst.Contracts;

class C
{
    void Report(Order order)
    {
        Console.WriteLine("filled");
        Console.WriteLine([|order.AverageFillPrice.Value|] * order.FilledQuantity);
    }
}
""", """

using System;
using Clst.Contracts;

class C
{
    void Report(Order order)
    {
        Console.WriteLine("filled");
        if (order.AverageFillPrice is { } averageFillPrice)
        {
            Console.WriteLine(averageFillPrice * order.FilledQuantity);
        }
    }
}
""").VerifyAsync();

        [Fact]
        public Task GuardsADereference() => Body(
            "        Console.WriteLine([|order.Symbol|].ToUpperInvariant() + order.Symbol.Length);",
            """
        if (order.Symbol is { } symbol)
        {
            Console.WriteLine(symbol.ToUpperInvariant() + symbol.Length);
        }
""");

        [Fact]
        public Task GuardsCastsToTheSameTypeAndToAnother() => Body(
            "        Use([|(decimal)order.AverageFillPrice|] + (decimal)(double)order.AverageFillPrice);",
            """
        if (order.AverageFillPrice is { } averageFillPrice)
        {
            Use(averageFillPrice + (decimal)(double)averageFillPrice);
        }
""");

        [Fact]
        public Task GuardsGetValueOrDefault() => Body(
            "        Use([|order.ExpiresAt.GetValueOrDefault()|]);",
            """
        if (order.ExpiresAt is { } expiresAt)
        {
            Use(expiresAt);
        }
""");

        [Fact]
        public Task GuardsASuppression() => Body(
            "        Use([|order.Symbol!|].Trim());",
            """
        if (order.Symbol is { } symbol)
        {
            Use(symbol.Trim());
        }
""");

        [Fact]
        public Task GuardsAnArgument() => Body(
            "        Use(decimal.Parse([|order.InstrumentId|]));",
            """
        if (order.InstrumentId is { } instrumentId)
        {
            Use(decimal.Parse(instrumentId));
        }
""");

        [Fact]
        public Task GuardsAForeach() => Body(
            """
        foreach (var detail in [|order.Details|])
        {
            Console.WriteLine(detail);
        }
""",
            """
        if (order.Details is { } details)
        {
            foreach (var detail in details)
            {
                Console.WriteLine(detail);
            }
        }
""");

        [Fact]
        public Task GuardsALocalCopy() => Body(
            """
        var px = order.AverageFillPrice;
        Use([|px.Value|]);
""",
            """
        var px = order.AverageFillPrice;
        if (px is { } pxValue)
        {
            Use(pxValue);
        }
""");

        [Fact]
        public Task KeepsCommentsAndOtherReadsOfTheValue() => Body(
            """
        // the fill
        Use([|order.LimitPrice.Value|] + (order.LimitPrice ?? 0m)); // limit
""",
            """
        // the fill
        if (order.LimitPrice is { } limitPrice)
        {
            Use(limitPrice + (order.LimitPrice ?? 0m)); // limit
        }
""");

        [Fact]
        public Task PicksANameThatIsFree() => Body(
            """
        var averageFillPrice = 1m;
        Use([|order.AverageFillPrice.Value|] + averageFillPrice);
""",
            """
        var averageFillPrice = 1m;
        if (order.AverageFillPrice is { } averageFillPrice2)
        {
            Use(averageFillPrice2 + averageFillPrice);
        }
""");

        [Fact]
        public Task TwoValuesInOneStatement()
        {
            var test = Fix(
                Code.InMethod("        Use([|order.LimitPrice.Value|] - [|order.StopPrice.Value|]);"),
                Code.InMethod("""
        if (order.LimitPrice is { } limitPrice)
        {
            if (order.StopPrice is { } stopPrice)
            {
                Use(limitPrice - stopPrice);
            }
        }
"""));
            test.BatchFixedCode = Code.InMethod("""
        if (order.LimitPrice is { } limitPrice && order.StopPrice is { } stopPrice)
        {
            Use(limitPrice - stopPrice);
        }
""");
            return test.VerifyAsync();
        }

        [Fact]
        public Task FixAllKeepsTheNamesOfOneMemberApart()
        {
            var test = Fix(
                Code.InMethod("""
        Use([|first.Symbol|].Trim());
        Use([|second.Symbol|].Trim());
""", "Order first, Order second"),
                Code.InMethod("""
        if (first.Symbol is { } symbol)
        {
            Use(symbol.Trim());
        }
        if (second.Symbol is { } symbol2)
        {
            Use(symbol2.Trim());
        }
""", "Order first, Order second"));
            return test.VerifyAsync();
        }

        [Fact]
        public Task NestedStatements()
        {
            var test = Fix(
                Code.InMethod("""
        if ([|order.Symbol|].Length > 3)
        {
            Use([|order.StopPrice.Value|]);
        }
"""),
                Code.InMethod("""
        if (order.Symbol is { } symbol)
        {
            if (symbol.Length > 3)
            {
                if (order.StopPrice is { } stopPrice)
                {
                    Use(stopPrice);
                }
            }
        }
"""));
            return test.VerifyAsync();
        }

        [Fact]
        public Task TopLevelStatements() => Fix("""

using System;
using Clst.Contracts;

var order = new Order();
Console.WriteLine([|order.Symbol|].Length);

""", """

using System;
using Clst.Contracts;

var order = new Order();
if (order.Symbol is { } symbol)
{
    Console.WriteLine(symbol.Length);
}

""").AsProgram().VerifyAsync();

        [Fact]
        public Task SwitchSectionsAndBlockLambdas() => Body(
            """
        switch (order.Status)
        {
            case OrderStatus.Canceled:
                Use([|order.AverageFillPrice.Value|]);
                break;
        }

        Action print = () =>
        {
            Console.WriteLine([|order.ExpiresAt.Value|]);
        };
""",
            """
        switch (order.Status)
        {
            case OrderStatus.Canceled:
                if (order.AverageFillPrice is { } averageFillPrice)
                {
                    Use(averageFillPrice);
                }
                break;
        }

        Action print = () =>
        {
            if (order.ExpiresAt is { } expiresAt)
            {
                Console.WriteLine(expiresAt);
            }
        };
""");

        [Fact]
        public Task LookalikeModels()
        {
            var test = Rule<NullableOptionalFieldAnalyzer, NullableFieldGuardCodeFixProvider>.On("""

using System;
using NSwag.Client;

class C
{
    void M(Order order)
    {
        Console.WriteLine(decimal.Parse([|order.Average_fill_price|]));
    }
}
""").FixesTo("""

using System;
using NSwag.Client;

class C
{
    void M(Order order)
    {
        if (order.Average_fill_price is { } average_fill_price)
        {
            Console.WriteLine(decimal.Parse(average_fill_price));
        }
    }
}
""").WithoutShippedModel().WithSource(Models.NSwag).WithNullable(false).WithCodeAction(NullableFieldFixes.Guard);
            test.FixedState.Sources.Add(Models.NSwag);
            return test.VerifyAsync();
        }

        [Fact]
        public Task NullableEnabled() => Rule<NullableOptionalFieldAnalyzer, NullableFieldGuardCodeFixProvider>.On(Code.InMethod(
            "        Use([|order.AverageFillPrice!|].Value);")).FixesTo(Code.InMethod("""
        if (order.AverageFillPrice is { } averageFillPrice)
        {
            Use(averageFillPrice);
        }
""")).WithCodeAction(NullableFieldFixes.Guard).VerifyAsync();

        [Fact]
        public Task NotOfferedInAnExpressionBodiedMember() => NotOffered(Code.Usings + """

class C
{
    int Length(Order order) => [|order.Symbol|].Length;
}
""");

        [Fact]
        public Task NotOfferedOnAReturn() => NotOffered(Code.Usings + """

class C
{
    int Length(Order order)
    {
        return [|order.Symbol|].Length;
    }
}
""");

        [Fact]
        public Task NotOfferedWhereAVariableWouldLeaveItsScope() => NotOffered(Code.InMethod("""
        var length = [|order.Symbol|].Length;
        Console.WriteLine(length);
        Console.WriteLine(int.TryParse([|order.InstrumentId|].Trim(), out var id));
        Console.WriteLine(id);
"""));

        [Fact]
        public Task NotOfferedWhereAVariableMightStayUnassigned() => NotOffered(Code.InMethod("""
        decimal price;
        price = [|order.AverageFillPrice.Value|];
        Use(price);
"""));

        [Fact]
        public Task NotOfferedOnAStatementWithoutBraces() => NotOffered(Code.InMethod("""
        if (order.Status == OrderStatus.Canceled)
            Use([|order.AverageFillPrice.Value|]);
        else
            Console.WriteLine();
"""));

        [Fact]
        public Task NotOfferedWhereTheValueIsNotAStablePath() => NotOffered(Code.Usings + """

class C
{
    Order Get() => new Order();

    void M(List<Order> orders)
    {
        Console.WriteLine([|Get().Symbol|].Length);
        Console.WriteLine(orders.Select(o => [|o.Symbol|].Length).Sum());
    }
}
""");

        [Fact]
        public Task NotOfferedWhereTheStatementAssignsThePath() => NotOffered(Code.InMethod("""        Console.WriteLine([|order.Symbol|].Length + (order.Symbol = "X").Length);"""));

        [Fact]
        public Task NotOfferedBeforeCSharp8()
        {
            var test = Fix(Code.InMethod("        Use([|order.AverageFillPrice.Value|]);"), Code.InMethod("        Use([|order.AverageFillPrice.Value|]);"));
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
                projectId,
                new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)));
            return test.AllowingCompilerErrors().VerifyAsync();
        }
    }
}
