using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Form 3: PENDING_CANCEL mapped to the canceled outcome.</summary>
    public class MappedToCanceledTests
    {
        private const string Outcome = """

public enum Outcome { Working, Canceled, Filled, Unknown }

""";

        [Fact]
        public Task ArmYieldingTheSameValueAsCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync(Outcome + """

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static int Code(OrderStatus status) => status switch
        {
            OrderStatus.New => 1,
            OrderStatus.Canceled => 9,
            [|OrderStatus.PendingCancel|] => 9,
            _ => 0,
        };
    }
}
""");

        [Fact]
        public Task ArmYieldingAValueNamedCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync(Outcome + """

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static Outcome ToOutcome(OrderStatus status) => status switch
        {
            OrderStatus.New or OrderStatus.PartiallyFilled => Outcome.Working,
            [|OrderStatus.PendingCancel|] => Outcome.Canceled,
            OrderStatus.Filled => Outcome.Filled,
            _ => Outcome.Unknown,
        };

        public static string Label(OrderStatus status) => status switch
        {
            [|OrderStatus.PendingCancel|] => "Closed",
            _ => status.ToString(),
        };
    }
}
""");

        [Fact]
        public Task ArmYieldingAPendingValueStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync(Outcome + """

namespace App
{
    using Clst.Contracts;

    static class Mapper
    {
        public static Outcome ToOutcome(OrderStatus status) => status switch
        {
            OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingCancel => Outcome.Working,
            OrderStatus.Canceled => Outcome.Canceled,
            _ => Outcome.Unknown,
        };

        public static string Label(OrderStatus status) => status switch
        {
            OrderStatus.Canceled => "Canceled",
            OrderStatus.PendingCancel => "Cancel pending",
            _ => status.ToString(),
        };

        public static string Verb(OrderStatus status) => status switch
        {
            OrderStatus.Canceled or OrderStatus.PendingCancel => "Cancelling",
            _ => "Other",
        };
    }
}
""");

        [Fact]
        public Task SectionWithTheSameStatementsAsCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();
    private decimal _released;

    public void OnUpdate(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Canceled:
                _released += order.LeavesQuantity;
                break;
            case [|OrderStatus.PendingCancel|]:
                _released += order.LeavesQuantity;
                break;
            case OrderStatus.New:
                _open[order.Id] = order;
                break;
        }
    }
}
""");

        [Fact]
        public Task SectionThatDiffersFromCanceledStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();
    private decimal _released;

    public void OnUpdate(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Canceled:
                _released += order.LeavesQuantity;
                break;
            case OrderStatus.PendingCancel:
                _open[order.Id] = order;
                break;
        }
    }
}
""");

        [Fact]
        public Task SectionThatOnlyLogsStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using Clst.Contracts;

class Report
{
    public void Print(Order order)
    {
        switch (order.Status)
        {
            case OrderStatus.Canceled:
            case OrderStatus.PendingCancel:
                Console.WriteLine("cancel: " + order.Status);
                break;
        }
    }
}
""");

        [Fact]
        public Task SectionReturningAValueNamedCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class Mapper
{
    public static string Describe(OrderStatus status)
    {
        switch (status)
        {
            case OrderStatus.New:
                return "open";
            case [|OrderStatus.PendingCancel|]:
                return "cancelled";
            default:
                return "other";
        }
    }
}
""");

        [Fact]
        public Task IfChainMappingToTheSameValueAsCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class Mapper
{
    public static int Bucket(OrderStatus status)
    {
        if (status == OrderStatus.Canceled)
        {
            return 3;
        }

        if (status == [|OrderStatus.PendingCancel|])
        {
            return 3;
        }

        return 0;
    }
}
""");

        [Fact]
        public Task TheDefaultArmIsNotAMapping() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using Clst.Contracts;

static class Mapper
{
    public static string Label(OrderStatus status) => status switch
    {
        OrderStatus.New => "open",
        _ => "closed",
    };
}
""");
    }
}
