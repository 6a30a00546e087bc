using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>Handle-the-rest fix (continued): no fix where no neutral value is obvious or the string is oblivious, throwing fallbacks left as they are, and a look-alike model's statement in a lambda.</summary>
    public partial class HandleRestFixTests
    {
        [Fact]
        public Task NoObviousNeutralValueNoFix() => Fix("""

using Clst.Contracts;

class C
{
    int Sign(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
    };

    string Label(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => "buy",
        Side.Sell => "sell",
    };

    string Inferred(Side side)
    {
        var label = side {|CS8509:{|CLST005:switch|}|}
        {
            Side.Buy => "buy",
        };
        return label;
    }
}

""", """

using Clst.Contracts;

class C
{
    int Sign(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => 1,
        Side.Sell => -1,
    };

    string Label(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => "buy",
        Side.Sell => "sell",
    };

    string Inferred(Side side)
    {
        var label = side {|CS8509:{|CLST005:switch|}|}
        {
            Side.Buy => "buy",
        };
        return label;
    }
}

""").WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task ObliviousStringWithNullableDisabledNoFix() => Fix("""

using Clst.Contracts;

class C
{
    string Label(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => "buy",
    };
}

""", """

using Clst.Contracts;

class C
{
    string Label(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        Side.Buy => "buy",
    };
}

""").WithNullable(false).WithCompilerWarnings().VerifyAsync();

        [Fact]
        public Task ExistingThrowingFallbacksAreNotRewritten() => Fix("""

using System;
using Clst.Contracts;

class C
{
    bool Discard(Side side) => side {|CLST005:switch|}
    {
        Side.Buy => true,
        _ => throw new NotSupportedException(),
    };

    void Default(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                break;
            default:
                throw new NotSupportedException();
        }
    }

    int After(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                return 1;
        }

        throw new NotSupportedException();
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    bool Discard(Side side) => side {|CLST005:switch|}
    {
        Side.Buy => true,
        _ => throw new NotSupportedException(),
    };

    void Default(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                break;
            default:
                throw new NotSupportedException();
        }
    }

    int After(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                return 1;
        }

        throw new NotSupportedException();
    }
}

""").VerifyAsync();

        [Fact]
        public Task LookalikeStatementInALambda() => Rule<IncompleteEnumMatchAnalyzer, HandleRestExplicitlyCodeFixProvider>.On("""

using System;
using NSwag.Client;

class C
{
    Action<Order> Print = order =>
    {
        {|CLST004:switch|} (order.Time_in_force)
        {
            case TimeInForce.Day:
                Console.WriteLine("day");
                break;
        }
    };
}

""").WithoutShippedModel().FixesTo("""

using System;
using NSwag.Client;

class C
{
    Action<Order> Print = order =>
    {
        switch (order.Time_in_force)
        {
            case TimeInForce.Day:
                Console.WriteLine("day");
                break;
            default:
                break;
        }
    };
}

""").WithFixedSource(Models.NSwag, Models.NSwag).VerifyAsync();
    }
}
