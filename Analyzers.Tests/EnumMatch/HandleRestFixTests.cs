using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// "Handle the rest explicitly": a non-throwing fallback where the match has none and the result has an obvious neutral
    /// value; not offered otherwise (a fixed source equal to the source asserts that no fix is offered).
    /// </summary>
    public partial class HandleRestFixTests
    {
        private static ClstTest<IncompleteEnumMatchAnalyzer, HandleRestExplicitlyCodeFixProvider> Fix(string before, string after)
            => Rule<IncompleteEnumMatchAnalyzer, HandleRestExplicitlyCodeFixProvider>.On(before).FixesTo(after)
                .WithCodeActionOf(before, HandleRestExplicitlyCodeFixProvider.EquivalenceKeyFor);

        [Fact]
        public Task StatementWithoutDefaultGetsDefaultBreak() => Fix("""

using System;
using Clst.Contracts;

class C
{
    void M(Order order)
    {
        {|CLST003:switch|} (order.Status)
        {
            case OrderStatus.Filled:
                Console.WriteLine("filled");
                break;
        }

        {|CLST004:switch|} (order.TimeInForce)
        {
            case TimeInForce.Day:
                Console.WriteLine("day");
                break;
        }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    void M(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Filled:
                Console.WriteLine("filled");
                break;
            default:
                break;
        }

        switch (order.TimeInForce)
        {
            case TimeInForce.Day:
                Console.WriteLine("day");
                break;
            default:
                break;
        }
    }
}

""").VerifyAsync();

        [Fact]
        public Task BoolExpressionGetsDiscardFalse() => Fix("""

using Clst.Contracts;

class C
{
    bool IsWorking(OrderStatus s) => s {|CS8509:{|CLST003:switch|}|}
    {
        OrderStatus.New => true,
        OrderStatus.PartiallyFilled => true,
    };
}

""", """

using Clst.Contracts;

class C
{
    bool IsWorking(OrderStatus s) => s switch
    {
        OrderStatus.New => true,
        OrderStatus.PartiallyFilled => true,
        _ => false,
    };
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task NullableResultsGetDiscardNull() => Fix("""

using Clst.Contracts;

class C
{
    string? Label(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => "buy",
        Side.Sell => "sell"
    };

    int? Sign(Side side)
    {
        return side {|CS8509:{|CLST005:switch|}|}
        {
            Side.Buy => 1,
            Side.Sell => -1,
        };
    }
}

""", """

using Clst.Contracts;

class C
{
    string? Label(Side side) => side switch
    {
        Side.Buy => "buy",
        Side.Sell => "sell",
        _ => null
    };

    int? Sign(Side side)
    {
        return side switch
        {
            Side.Buy => 1,
            Side.Sell => -1,
            _ => null,
        };
    }
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task NeutralValueFollowsWhereTheResultGoes() => Fix("""

using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    void Use(bool isBuy, string? label) { }

    async Task<string?> LabelAsync(Side side)
    {
        await Task.Yield();
        return side {|CS8509:{|CLST005:switch|}|}
        {
            Side.Buy => "buy",
        };
    }

    void M(Side side)
    {
        string? label = side {|CS8509:{|CLST005:switch|}|}
        {
            Side.Buy => "buy",
        };
        Use(side {|CS8509:{|CLST005:switch|}|}
        {
            Side.Buy => true,
        }, label);
    }
}

""", """

using System.Threading.Tasks;
using Clst.Contracts;

class C
{
    void Use(bool isBuy, string? label) { }

    async Task<string?> LabelAsync(Side side)
    {
        await Task.Yield();
        return side switch
        {
            Side.Buy => "buy",
            _ => null,
        };
    }

    void M(Side side)
    {
        string? label = side switch
        {
            Side.Buy => "buy",
            _ => null,
        };
        Use(side switch
        {
            Side.Buy => true,
            _ => false,
        }, label);
    }
}

""").WithCompilerWarnings().VerifyAsync();
    }
}
