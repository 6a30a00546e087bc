using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Form 1: PENDING_CANCEL grouped with the final statuses.</summary>
    public partial class GroupedWithFinalTests
    {
        [Fact]
        public Task OrPatternWithCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();

    public void OnUpdate(Order order)
    {
        if (order.Status is OrderStatus.Canceled or [|OrderStatus.PendingCancel|])
        {
            _open.Remove(order.Id);
        }
    }
}
""");

        [Fact]
        public Task OrPatternWithPendingStatusesStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _inFlight = new();

    public void OnUpdate(Order order)
    {
        if (order.Status is OrderStatus.PendingNew or OrderStatus.PendingCancel or OrderStatus.PendingReplace)
        {
            _inFlight.Add(order.Id);
        }
    }
}
""");

        [Fact]
        public Task IsFinalStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();

    public void OnUpdate(Order order)
    {
        if (order.Status.IsFinal())
        {
            _open.Remove(order.Id);
        }
    }
}
""");

        [Fact]
        public Task OrChainOfEqualsIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class Poller
{
    public bool ShouldStop(Order order)
    {
        var s = order.Status;
        return s == OrderStatus.Filled || s == OrderStatus.Canceled || s == OrderStatus.Rejected || s == [|OrderStatus.PendingCancel|];
    }
}
""");

        [Fact]
        public Task OrChainWithAWorkingStatusStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class Poller
{
    public bool MayStillFill(Order order)
    {
        var s = order.Status;
        return s == OrderStatus.New || s == OrderStatus.PartiallyFilled || s == OrderStatus.PendingCancel;
    }
}
""");

        [Fact]
        public Task AndChainOfNotEqualsIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Threading.Tasks;
using Clst.Contracts;

class Poller
{
    public async Task<Order> PollAsync(IClstOrdersClient client, long account, string id)
    {
        var order = (await client.GetOrderByIdAsync(account, id)).Data;
        while (order.Status != OrderStatus.Filled && order.Status != OrderStatus.Canceled && order.Status != [|OrderStatus.PendingCancel|])
        {
            await Task.Delay(100);
            order = (await client.GetOrderByIdAsync(account, id)).Data;
        }

        return order;
    }
}
""");

        [Fact]
        public Task NegatedOrPatternIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Linq;
using Clst.Contracts;

class Book
{
    public List<Order> OpenOrders(IEnumerable<Order> orders)
        => orders.Where(o => o.Status is not (OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced or [|OrderStatus.PendingCancel|])).ToList();
}
""");

        [Fact]
        public Task IsFinalOrPendingCancelIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s) => s.IsFinal() || s == [|OrderStatus.PendingCancel|];
}
""");

        [Fact]
        public Task SharedCaseLabelsAreFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

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
            case [|OrderStatus.PendingCancel|]:
                _open.Remove(order.Id);
                break;
            default:
                _open[order.Id] = order;
                break;
        }
    }
}
""");

        [Fact]
        public Task SharedCaseLabelsWithPendingStaySilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

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
            case OrderStatus.PendingNew:
            case OrderStatus.PendingCancel:
                _open[order.Id] = order;
                break;
        }
    }
}
""");

        [Fact]
        public Task SwitchExpressionArmWithOrPatternIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

class View
{
    public string Bucket(Order order) => order.Status switch
    {
        OrderStatus.Filled or OrderStatus.Canceled or [|OrderStatus.PendingCancel|] => "history",
        _ => "blotter",
    };
}
""");

        [Fact]
        public Task InlineArrayContainsIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Linq;
using Clst.Contracts;

class Poller
{
    public bool Stop(Order order) => new[] { OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired, [|OrderStatus.PendingCancel|] }.Contains(order.Status);
}
""");

        [Fact]
        public Task StoredSetNamedFinalIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

static class Statuses
{
    public static readonly HashSet<OrderStatus> FinalStatuses = new HashSet<OrderStatus>
    {
        OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.Replaced, [|OrderStatus.PendingCancel|],
    };

    public static readonly OrderStatus[] Terminal = { OrderStatus.Filled, OrderStatus.Canceled, [|OrderStatus.PendingCancel|] };

    public static readonly IReadOnlyList<OrderStatus> DoneStates = [OrderStatus.Filled, [|OrderStatus.PendingCancel|]];
}
""");

        [Fact]
        public Task StoredSetWithANeutralNameStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

static class Statuses
{
    public static readonly HashSet<OrderStatus> Interesting = new HashSet<OrderStatus> { OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.PendingCancel };

    public static readonly HashSet<OrderStatus> FinalStatuses = new HashSet<OrderStatus>
    {
        OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.Replaced,
    };
}
""");
    }
}
