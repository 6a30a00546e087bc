using System.Threading.Tasks;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>
    /// "Add the missing members" writes its lines itself (no formatter pass, issue 21): a switch written on one line gets the
    /// new members on lines of their own, one level under the switch's line, and what followed them starts a new line.
    /// </summary>
    public partial class AddMissingMembersFixTests
    {
        [Fact]
        public Task StatementOnOneLineGetsItsNewSectionOnLinesOfItsOwn() => Fix("""

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        {|CLST005:switch|} (side) { case Side.Buy: Console.WriteLine("buy"); break; default: throw new NotSupportedException(); }
    }
}

""", """

using System;
using Clst.Contracts;

class C
{
    void M(Side side)
    {
        switch (side) { case Side.Buy: Console.WriteLine("buy"); break;
            case Side.Sell:
            case Side.SellShort:
            case Side.Other:
                throw new NotSupportedException();
            default: throw new NotSupportedException(); }
    }
}

""").VerifyAsync();

        [Fact]
        public Task ExpressionOnOneLineGetsItsNewArmOnLinesOfItsOwn() => Fix("""

using System;
using Clst.Contracts;

class C
{
    int M(Side side) => side {|CLST005:switch|} { Side.Buy => 1, _ => throw new NotSupportedException() };
}

""", """

using System;
using Clst.Contracts;

class C
{
    int M(Side side) => side switch { Side.Buy => 1,
        Side.Sell
            or Side.SellShort
            or Side.Other => throw new NotSupportedException(),
        _ => throw new NotSupportedException() };
}

""").VerifyAsync();

        [Fact]
        public Task TabIndentedStatementGetsTabs() => Fix("""

using System;
using Clst.Contracts;

class C
{
	void M(Side side)
	{
		{|CLST005:switch|} (side)
		{
			case Side.Buy:
				return;
		}
	}
}

""", """

using System;
using Clst.Contracts;

class C
{
	void M(Side side)
	{
		switch (side)
		{
			case Side.Buy:
				return;
			case Side.Sell:
			case Side.SellShort:
			case Side.Other:
				break;
		}
	}
}

""").VerifyAsync();
    }
}
