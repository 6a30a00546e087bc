using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.EnumMatch;
using Clst.Analyzers.EnumMatch;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// Issue 21: a fix never deletes, moves or duplicates a preprocessor directive, nor changes code in an inactive region.
    /// Where a directive sits inside the switch the fixes are not offered (the finding stays); the same switch without the
    /// directive is fixed (the twin tests in <see cref="AddMissingMembersFixTests"/> and <see cref="HandleRestFixTests"/>).
    /// </summary>
    public class DirectiveFixTests
    {
        private const string IfElseInStatement = """

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        {|CLST005:switch|} (side)
        {
            case Side.Buy:
                Console.WriteLine("buy");
                break;
#if SHORTS
            case Side.SellShort:
                Console.WriteLine("short");
                break;
#else
            // shorts are off in this build
#endif
        }
    }
}

""";

        private const string RegionInExpression = """

using Clst.Contracts;

class C
{
    bool? M(Side side) => side {|CS8509:{|CLST005:switch|}|}
    {
        #region buying
        Side.Buy => true,
        #endregion
    };
}

""";

        private const string PragmaInStatement = """

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
            default:
                throw new NotSupportedException();
        }
    }
}

""";

        [Theory]
        [InlineData(IfElseInStatement)]
        [InlineData(RegionInExpression)]
        [InlineData(PragmaInStatement)]
        public Task AddMissingMembersIsNotOfferedAcrossADirective(string source)
            => Rule<IncompleteEnumMatchAnalyzer, AddMissingEnumMembersCodeFixProvider>.On(source).FixesTo(source).WithCompilerWarnings().VerifyAsync();

        [Theory]
        [InlineData(IfElseInStatement)]
        [InlineData(RegionInExpression)]
        public Task HandleRestIsNotOfferedAcrossADirective(string source)
            => Rule<IncompleteEnumMatchAnalyzer, HandleRestExplicitlyCodeFixProvider>.On(source).FixesTo(source).WithCompilerWarnings().VerifyAsync();
    }
}
