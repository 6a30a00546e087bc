using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.PendingCancel;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Fix (a): take PENDING_CANCEL out of the final group, or move it to the pending statuses.</summary>
    public class TakeOutOfFinalFixTests
    {
        private static ClstTest<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider> Fix(string before, string after)
            => Rule<PendingCancelTreatedAsFinalAnalyzer, TakeOutOfFinalCodeFixProvider>.On(before).FixesTo(after);

        [Fact]
        public Task OrPatternSideIsRemoved() => Fix("""

using Clst.Contracts;

class Book
{
    public bool Gone(Order order) => order.Status is OrderStatus.Canceled or [|OrderStatus.PendingCancel|] or OrderStatus.Filled;

    public bool Gone2(Order order) => order.Status is [|OrderStatus.PendingCancel|] or OrderStatus.Canceled;
}
""", """

using Clst.Contracts;

class Book
{
    public bool Gone(Order order) => order.Status is OrderStatus.Canceled or OrderStatus.Filled;

    public bool Gone2(Order order) => order.Status is OrderStatus.Canceled;
}
""").VerifyAsync();

        [Fact]
        public Task ChainSideIsRemoved() => Fix("""

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s) => s == OrderStatus.Filled || s == OrderStatus.Canceled || s == [|OrderStatus.PendingCancel|];

    public bool KeepPolling(OrderStatus s) => s != [|OrderStatus.PendingCancel|] && s != OrderStatus.Filled && s != OrderStatus.Canceled;
}
""", """

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s) => s == OrderStatus.Filled || s == OrderStatus.Canceled;

    public bool KeepPolling(OrderStatus s) => s != OrderStatus.Filled && s != OrderStatus.Canceled;
}
""").VerifyAsync();

        [Fact]
        public Task CollectionElementsAreRemoved() => Fix("""

using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Contracts;

static class Statuses
{
    public static readonly HashSet<OrderStatus> FinalStatuses = new HashSet<OrderStatus>
    {
        OrderStatus.Filled,
        OrderStatus.Canceled,
        [|OrderStatus.PendingCancel|],
    };

    public static readonly OrderStatus[] Terminal = { OrderStatus.Filled, [|OrderStatus.PendingCancel|], OrderStatus.Canceled };

    public static readonly IReadOnlyList<OrderStatus> DoneStates = [OrderStatus.Filled, [|OrderStatus.PendingCancel|]];

    public static readonly ImmutableHashSet<OrderStatus> Closed = ImmutableHashSet.Create(OrderStatus.Canceled, [|OrderStatus.PendingCancel|]);
}
""", """

using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Contracts;

static class Statuses
{
    public static readonly HashSet<OrderStatus> FinalStatuses = new HashSet<OrderStatus>
    {
        OrderStatus.Filled,
        OrderStatus.Canceled,
    };

    public static readonly OrderStatus[] Terminal = { OrderStatus.Filled, OrderStatus.Canceled };

    public static readonly IReadOnlyList<OrderStatus> DoneStates = [OrderStatus.Filled];

    public static readonly ImmutableHashSet<OrderStatus> Closed = ImmutableHashSet.Create(OrderStatus.Canceled);
}
""").VerifyAsync();

        [Fact]
        public Task CaseLabelIsRemoved() => Fix("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();

    public void OnUpdate(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Filled:
            case [|OrderStatus.PendingCancel|]:
            case OrderStatus.Canceled:
                _open.Remove(order.Id);
                break;
            default:
                _open[order.Id] = order;
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

    public void OnUpdate(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Filled:
            case OrderStatus.Canceled:
                _open.Remove(order.Id);
                break;
            default:
                _open[order.Id] = order;
                break;
        }
    }
}
""").VerifyAsync();

        [Fact]
        public Task CaseLabelMovesToThePendingSection() => Fix("""

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
            case OrderStatus.PendingReplace:
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
            case OrderStatus.PendingReplace:
            case OrderStatus.PendingCancel:
                _inFlight.Add(order.Id);
                break;
        }
    }
}
""").VerifyAsync();

        [Fact]
        public Task SectionIsRemoved() => Fix("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsComplete(OrderStatus status)
    {
        switch (status)
        {
            case OrderStatus.Filled:
                return true;
            case [|OrderStatus.PendingCancel|]:
                return true;
            default:
                return false;
        }
    }
}
""", """

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsComplete(OrderStatus status)
    {
        switch (status)
        {
            case OrderStatus.Filled:
                return true;
            default:
                return false;
        }
    }
}
""").VerifyAsync();

        [Fact]
        public Task ArmIsRemovedWhenADiscardTakesOver() => Fix("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsTerminal(OrderStatus status) => status switch
    {
        OrderStatus.Filled => true,
        [|OrderStatus.PendingCancel|] => true,
        _ => false,
    };

    public static string Bucket(OrderStatus status) => status switch
    {
        OrderStatus.Filled or OrderStatus.Canceled or [|OrderStatus.PendingCancel|] => "history",
        _ => "blotter",
    };
}
""", """

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsTerminal(OrderStatus status) => status switch
    {
        OrderStatus.Filled => true,
        _ => false,
    };

    public static string Bucket(OrderStatus status) => status switch
    {
        OrderStatus.Filled or OrderStatus.Canceled => "history",
        _ => "blotter",
    };
}
""").VerifyAsync();

        [Fact]
        public Task ArmMovesToThePendingArm() => Fix("""

public enum Outcome { Working, InFlight, Canceled, Filled }

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static Outcome ToOutcome(OrderStatus status) => status switch
        {
            OrderStatus.New or OrderStatus.PartiallyFilled => Outcome.Working,
            OrderStatus.PendingNew or OrderStatus.PendingReplace => Outcome.InFlight,
            OrderStatus.Canceled or [|OrderStatus.PendingCancel|] => Outcome.Canceled,
            OrderStatus.Filled => Outcome.Filled,
            _ => Outcome.Working,
        };
    }
}
""", """

public enum Outcome { Working, InFlight, Canceled, Filled }

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static Outcome ToOutcome(OrderStatus status) => status switch
        {
            OrderStatus.New or OrderStatus.PartiallyFilled => Outcome.Working,
            OrderStatus.PendingNew or OrderStatus.PendingReplace or OrderStatus.PendingCancel => Outcome.InFlight,
            OrderStatus.Canceled => Outcome.Canceled,
            OrderStatus.Filled => Outcome.Filled,
            _ => Outcome.Working,
        };
    }
}
""").VerifyAsync();

        [Fact]
        public Task ArmWithoutAnyFallbackIsNotTouched()
        {
            const string source = """

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static string Label(OrderStatus status) => status switch
        {
            OrderStatus.PendingNew => "new",
            OrderStatus.New => "new",
            OrderStatus.PartiallyFilled => "partial",
            OrderStatus.Filled => "filled",
            OrderStatus.Canceled => "canceled",
            OrderStatus.Rejected => "rejected",
            OrderStatus.Expired => "expired",
            [|OrderStatus.PendingCancel|] => "canceled",
            OrderStatus.PendingReplace => "replacing",
            OrderStatus.Replaced => "replaced",
            OrderStatus.DoneForDay => "paused",
            OrderStatus.Stopped => "stopped",
            OrderStatus.Suspended => "suspended",
            OrderStatus.Calculated => "calculated",
            OrderStatus.Other => "other",
        };
    }
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task IfStatementIsRemoved() => Fix("""

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsFinal(OrderStatus status)
    {
        if (status == [|OrderStatus.PendingCancel|])
        {
            return true;
        }

        return status.IsFinal();
    }
}
""", """

using Clst.Contracts;

static class OrderFacts
{
    public static bool IsFinal(OrderStatus status)
    {
        return status.IsFinal();
    }
}
""").VerifyAsync();
    }
}
