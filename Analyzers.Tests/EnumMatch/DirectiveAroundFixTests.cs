using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Issue 21, beside <see cref="DirectiveFixTests"/>: a pragma inside a switch without default also keeps "Handle the rest
    /// explicitly" away; directives around the switch and comments inside it do not, and stay where they were.
    /// </summary>
    public class DirectiveAroundFixTests
    {
        [Fact]
        public Task HandleRestIsNotOfferedAcrossAPragmaInsideTheSwitch()
        {
            const string source = """

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
#pragma warning disable CS0162
                Console.WriteLine("buy");
#pragma warning restore CS0162
                break;
        }
    }
}

""";
            return Rule<IncompleteEnumMatchAnalyzer, HandleRestExplicitlyCodeFixProvider>.On(source).FixesTo(source).WithCompilerWarnings().VerifyAsync();
        }

        [Fact]
        public Task AddMissingMembersKeepsDirectivesAroundAndCommentsInside() => Rule<IncompleteEnumMatchAnalyzer, AddMissingEnumMembersCodeFixProvider>.On("""

using System;
using Clst.Contracts;

class C
{
    #region sides
    void M(Side side)
    {
#pragma warning disable CS0162
        {|CLST005:switch|} (side) // by side
        {
            // buying
            case Side.Buy: // the usual
                Console.WriteLine("buy");
                break; /* done */
        }
#pragma warning restore CS0162
    }
    #endregion

#if NEVER
    int N(Side side) => side switch { Side.Buy => 1 };
#endif
}

""").FixesTo("""

using System;
using Clst.Contracts;

class C
{
    #region sides
    void M(Side side)
    {
#pragma warning disable CS0162
        switch (side) // by side
        {
            // buying
            case Side.Buy: // the usual
                Console.WriteLine("buy");
                break; /* done */
            case Side.Sell:
            case Side.SellShort:
            case Side.Other:
                break;
        }
#pragma warning restore CS0162
    }
    #endregion

#if NEVER
    int N(Side side) => side switch { Side.Buy => 1 };
#endif
}

""").WithCodeAction(AddMissingEnumMembersCodeFixProvider.EquivalenceKey).VerifyAsync();

        [Fact]
        public Task AddMissingArmsKeepCommentsInside() => Rule<IncompleteEnumMatchAnalyzer, AddMissingEnumMembersCodeFixProvider>.On("""

using System;
using Clst.Contracts;

class C
{
#if DEBUG
    // debug builds only
#endif
    int M(Side side) => side {|CLST005:switch|} // by side
    {
        // buying
        Side.Buy => 1, // the usual
        _ => throw new NotSupportedException() /* the rest */
    };
}

""").FixesTo("""

using System;
using Clst.Contracts;

class C
{
#if DEBUG
    // debug builds only
#endif
    int M(Side side) => side switch // by side
    {
        // buying
        Side.Buy => 1, // the usual
        Side.Sell
            or Side.SellShort
            or Side.Other => throw new NotSupportedException(),
        _ => throw new NotSupportedException() /* the rest */
    };
}

""").WithCodeAction(AddMissingEnumMembersCodeFixProvider.EquivalenceKey).VerifyAsync();

        [Fact]
        public Task HandleRestKeepsCommentsInsideAndRegionsAround() => Rule<IncompleteEnumMatchAnalyzer, HandleRestExplicitlyCodeFixProvider>.On("""

using Clst.Contracts;

class C
{
    #region working
    bool IsWorking(OrderStatus s) => s {|CS8509:{|CLST003:switch|}|} // working?
    {
        // still filling
        OrderStatus.New => true, // new
        OrderStatus.PartiallyFilled => true /* partial */
    };
    #endregion
}

""").FixesTo("""

using Clst.Contracts;

class C
{
    #region working
    bool IsWorking(OrderStatus s) => s switch // working?
    {
        // still filling
        OrderStatus.New => true, // new
        OrderStatus.PartiallyFilled => true, /* partial */
        _ => false
    };
    #endregion
}

""").WithCompilerWarnings().VerifyAsync();
    }
}
