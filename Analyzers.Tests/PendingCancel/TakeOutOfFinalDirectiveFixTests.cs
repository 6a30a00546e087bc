using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.PendingCancel;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Issue 21: "Take PendingCancel out of the final statuses" never deletes, moves or duplicates a preprocessor directive,
    /// never drops a member of an inactive region, and keeps the comments of the terms it keeps. Where the text it would
    /// remove holds a directive the fix is not offered (the finding stays); elsewhere it is made as usual.
    /// </summary>
    public class TakeOutOfFinalDirectiveFixTests
    {
        private static ClstTest<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider> Fix(string before, string after)
            => Rule<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider>.On(before).FixesTo(after);

        /// <summary>
        /// The chain, with DEBUG not defined (the member is inactive text) and defined (the #endif sits before the removed
        /// operator): the removed term goes, the #if block stays where it was, the ';' follows it.
        /// </summary>
        [Theory]
        [InlineData("")]
        [InlineData("#define DEBUG\n")]
        public Task ChainWhoseRemovedOperatorFollowsAnEndifKeepsTheBlock(string define) => Fix(define + """

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
    {
        return s == OrderStatus.Filled
#if DEBUG
            || s == OrderStatus.Expired
#endif
            || s == [|OrderStatus.PendingCancel|];
    }
}
""", define + """

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
    {
        return s == OrderStatus.Filled
#if DEBUG
            || s == OrderStatus.Expired
#endif
            ;
    }
}
""").VerifyAsync();

        [Fact]
        public Task OrPatternKeepsTheMemberOfAnInactiveRegion() => Fix("""

using Clst.Contracts;

class Poller
{
    public bool Stop(Order order) => order.Status is OrderStatus.Filled
#if NEVER
        or OrderStatus.Expired
#endif
        or [|OrderStatus.PendingCancel|];
}
""", """

using Clst.Contracts;

class Poller
{
    public bool Stop(Order order) => order.Status is OrderStatus.Filled
#if NEVER
        or OrderStatus.Expired
#endif
        ;
}
""").VerifyAsync();

        [Fact]
        public Task DirectiveInsideTheRemovedTermIsNotFixed()
        {
            const string source = """

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
    {
        return s == OrderStatus.Filled
            || s ==
#if NEVER
            OrderStatus.Canceled;
#else
            [|OrderStatus.PendingCancel|];
#endif
    }
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task ChainWithTheDirectiveOutsideTheRemovedTermIsFixedAndKeepsIt() => Fix("""

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
    {
        return s == [|OrderStatus.PendingCancel|]
            || s == OrderStatus.Filled
#if DEBUG
            || s == OrderStatus.Expired
#endif
            ;
    }
}
""", """

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
    {
        return s == OrderStatus.Filled
#if DEBUG
            || s == OrderStatus.Expired
#endif
            ;
    }
}
""").VerifyAsync();

        [Fact]
        public Task CommentsOfTheKeptTermsStayAndTheRemovedTermsGo() => Fix("""

using Clst.Contracts;

class Poller
{
    public bool Stop(Order order) => order.Status is OrderStatus.Filled /* f */ or /* pc */ [|OrderStatus.PendingCancel|];

    public bool Stop2(Order order) => order.Status is [|OrderStatus.PendingCancel|] /* pc */ or /* f */ OrderStatus.Filled;

    public bool Stop3(OrderStatus s) => s == OrderStatus.Canceled /* c */ || /* pc */ s == [|OrderStatus.PendingCancel|] /* end */;
}
""", """

using Clst.Contracts;

class Poller
{
    public bool Stop(Order order) => order.Status is OrderStatus.Filled /* f */;

    public bool Stop2(Order order) => order.Status is /* f */ OrderStatus.Filled;

    public bool Stop3(OrderStatus s) => s == OrderStatus.Canceled /* c */ /* end */;
}
""").VerifyAsync();

        [Fact]
        public Task LineCommentOfTheKeptTermKeepsItsLineBreak() => Fix("""

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
    {
        return s == OrderStatus.Filled // filled
            || s == [|OrderStatus.PendingCancel|]; // asked to cancel
    }
}
""", """

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
    {
        return s == OrderStatus.Filled // filled
            ; // asked to cancel
    }
}
""").VerifyAsync();

        [Fact]
        public Task CollectionElementAfterAnIfBlockIsNotFixed()
        {
            const string source = """

using Clst.Contracts;

static class Statuses
{
    public static readonly OrderStatus[] Terminal =
    {
        OrderStatus.Filled,
#if EXPIRY
        OrderStatus.Expired,
#endif
        [|OrderStatus.PendingCancel|],
    };
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task CollectionElementGoesWithItsOwnCommentOnly() => Fix("""

using Clst.Contracts;

static class Statuses
{
    public static readonly OrderStatus[] Done =
    {
        OrderStatus.Filled, // filled
        [|OrderStatus.PendingCancel|], // asked to cancel
        OrderStatus.Canceled, // canceled
    };
}
""", """

using Clst.Contracts;

static class Statuses
{
    public static readonly OrderStatus[] Done =
    {
        OrderStatus.Filled, // filled
        OrderStatus.Canceled, // canceled
    };
}
""").VerifyAsync();

        [Fact]
        public Task CaseLabelAndSectionInsideDirectivesAreNotFixed()
        {
            const string source = """

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsDone(OrderStatus status)
    {
        switch (status)
        {
            case OrderStatus.Filled:
#if EXPIRY
            case OrderStatus.Expired:
#endif
            case [|OrderStatus.PendingCancel|]:
                return true;
            default:
                return false;
        }
    }

    public static bool IsComplete(OrderStatus status)
    {
        switch (status)
        {
            case OrderStatus.Filled:
                return true;
            #region cancel
            case [|OrderStatus.PendingCancel|]:
                return true;
            #endregion
            default:
                return false;
        }
    }
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task ArmAndIfStatementUnderAPragmaAreNotFixed()
        {
            const string source = """

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsFinal(OrderStatus status)
    {
#pragma warning disable CS0162
        if (status == [|OrderStatus.PendingCancel|])
        {
            return true;
        }
#pragma warning restore CS0162

        return status.IsFinal();
    }

    public static bool IsGone(OrderStatus status) => status switch
    {
        OrderStatus.Filled => true,
#pragma warning disable CS0618
        [|OrderStatus.PendingCancel|] => true,
#pragma warning restore CS0618
        _ => false,
    };
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task MovedLabelDoesNotCopyTheAnchorsRegionOrComment() => Fix("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();
    private readonly HashSet<string> _inFlight = new();

    public void OnUpdate(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Filled:
            case OrderStatus.Canceled:
            case [|OrderStatus.PendingCancel|]:
                _open.Remove(order.Id);
                break;
            case OrderStatus.PendingNew:
            #region replace
            case OrderStatus.PendingReplace: // replace in flight
            #endregion
                _inFlight.Add(order.Id);
                break;
        }
    }
}
""", """

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();
    private readonly HashSet<string> _inFlight = new();

    public void OnUpdate(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Filled:
            case OrderStatus.Canceled:
                _open.Remove(order.Id);
                break;
            case OrderStatus.PendingNew:
            #region replace
            case OrderStatus.PendingReplace: // replace in flight
            case OrderStatus.PendingCancel:
            #endregion
                _inFlight.Add(order.Id);
                break;
        }
    }
}
""").VerifyAsync();
    }
}
