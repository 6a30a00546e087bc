using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Clst.Analyzers.Tests.EnumMatch.EnumMatchTest;

namespace Clst.Analyzers.Tests.EnumMatch
{
    /// <summary>CLST003–CLST005 on if/else-if chains over one value that end in a throw (flagged on the first <c>if</c>).</summary>
    public class IfChainTests
    {
        [Fact]
        public Task ChainOfEqualitiesEndingInAThrowIsFlagged() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    string M(OrderStatus s)
    {
        if (s == OrderStatus.Filled)
        {
            return "filled";
        }
        else if (s == OrderStatus.Canceled)
        {
            return "canceled";
        }
        else
        {
            throw new InvalidOperationException(s.ToString());
        }
    }
}

""").Expecting(new DiagnosticResult("CLST003", DiagnosticSeverity.Warning).WithSpan(9, 9, 9, 11).WithArguments(
            "OrderStatus", "13", "15", "PendingNew, New, PartiallyFilled and 10 more", "thrown at run time by the final else"))
            .VerifyAsync();

        [Fact]
        public Task ChainOfPatternsAndOrsEndingInAThrowIsFlagged() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    int M(Order order)
    {
        {|CLST004:if|} (order.TimeInForce is TimeInForce.Day or TimeInForce.AtTheOpening)
            return 1;
        else if (order.TimeInForce == TimeInForce.GoodTillCancel || TimeInForce.GoodTillDate == order.TimeInForce)
            return 2;
        else
            throw new NotSupportedException();
    }
}

""").VerifyAsync();

        [Fact]
        public Task ChainThatHandlesEveryMemberIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    int M(TrailingOffsetType type)
    {
        if (type == TrailingOffsetType.Price)
            return 1;
        else if (type is TrailingOffsetType.Bps or TrailingOffsetType.Other)
            return 2;
        else
            throw new ArgumentOutOfRangeException(nameof(type));
    }
}

""").VerifyAsync();

        [Fact]
        public Task ChainEndingInAnAnswerIsSilent() => Analyze("""

using Clst.Contracts;

class C
{
    int M(OrderStatus s)
    {
        if (s == OrderStatus.Filled)
            return 1;
        else if (s == OrderStatus.Canceled)
            return 2;
        else
            return 0;
    }
}

""").VerifyAsync();

        [Fact]
        public Task ChainWithoutFinalElseIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        if (s == OrderStatus.Filled)
            Console.WriteLine(1);
        else if (s == OrderStatus.Canceled)
            Console.WriteLine(2);
    }
}

""").VerifyAsync();

        [Fact]
        public Task SingleTestWithAThrowingElseIsAPreconditionNotAMatch() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(OrderStatus s)
    {
        if (s == OrderStatus.Filled)
            Console.WriteLine(1);
        else
            throw new InvalidOperationException();
    }
}

""").VerifyAsync();

        [Fact]
        public Task ChainOverDifferentValuesIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(Order a, Order b)
    {
        if (a.Status == OrderStatus.Filled)
            Console.WriteLine(1);
        else if (b.Status == OrderStatus.Canceled)
            Console.WriteLine(2);
        else
            throw new InvalidOperationException();
    }
}

""").VerifyAsync();

        [Fact]
        public Task ChainWithOtherConditionsIsSilent() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    OrderStatus Current() => OrderStatus.New;

    void M(OrderStatus s, bool flag)
    {
        if (s == OrderStatus.Filled && flag)
            Console.WriteLine(1);
        else if (s == OrderStatus.Canceled)
            Console.WriteLine(2);
        else
            throw new InvalidOperationException();

        if (s != OrderStatus.Filled)
            Console.WriteLine(1);
        else if (s == OrderStatus.Canceled)
            Console.WriteLine(2);
        else
            throw new InvalidOperationException();

        if (Current() == OrderStatus.Filled)
            Console.WriteLine(1);
        else if (Current() == OrderStatus.Canceled)
            Console.WriteLine(2);
        else
            throw new InvalidOperationException();
    }
}

""").VerifyAsync();

        [Fact]
        public Task NullableValueChainIsFlagged() => Analyze("""

using System;
using Clst.Contracts;

class C
{
    void M(Order order)
    {
        var type = order.InstrumentType;
        {|CLST005:if|} (type == SecurityType.CommonStock)
            Console.WriteLine(1);
        else if (type == SecurityType.Option)
            Console.WriteLine(2);
        else
            throw new NotSupportedException();
    }
}

""").VerifyAsync();
    }
}
