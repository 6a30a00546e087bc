using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.PendingCancel;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Fix (b): a hand-made set of the final statuses and PENDING_CANCEL becomes <c>IsFinal()</c>.</summary>
    public class UseIsFinalFixTests
    {
        private static ClstTest<PendingCancelTreatedAsFinalAnalyzer, UseIsFinalCodeFixProvider> Fix(string before, string after)
            => Rule<PendingCancelTreatedAsFinalAnalyzer, UseIsFinalCodeFixProvider>.On(before).FixesTo(after);

        [Fact]
        public Task OrPatternBecomesIsFinal() => Fix("""

using Clst.Contracts;

class Poller
{
    public bool Stop(Order order)
        => order.Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced or [|OrderStatus.PendingCancel|];
}
""", """

using Clst.Contracts;

class Poller
{
    public bool Stop(Order order)
        => order.Status.IsFinal();
}
""").VerifyAsync();

        [Fact]
        public Task ChainsAndContainsBecomeIsFinal() => Fix("""

using System.Linq;
using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
        => s == OrderStatus.Filled || s == OrderStatus.Canceled || s == OrderStatus.Rejected || s == OrderStatus.Expired || s == OrderStatus.Replaced || s == [|OrderStatus.PendingCancel|];

    public bool Live(OrderStatus s)
        => s != OrderStatus.Filled && s != OrderStatus.Canceled && s != OrderStatus.Rejected && s != OrderStatus.Expired && s != OrderStatus.Replaced && s != [|OrderStatus.PendingCancel|];

    public bool Done(Order o)
        => new[] { OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired, OrderStatus.Replaced, [|OrderStatus.PendingCancel|] }.Contains(o.Status);

    public bool Open(Order o)
        => o.Status is not (OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced or [|OrderStatus.PendingCancel|]);
}
""", """

using System.Linq;
using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s)
        => s.IsFinal();

    public bool Live(OrderStatus s)
        => !s.IsFinal();

    public bool Done(Order o)
        => o.Status.IsFinal();

    public bool Open(Order o)
        => !o.Status.IsFinal();
}
""").VerifyAsync();

        [Fact]
        public Task TheImportIsAddedWhenMissing() => Fix("""

class Poller
{
    public bool Stop(Clst.Contracts.OrderStatus s)
        => s is Clst.Contracts.OrderStatus.Filled or Clst.Contracts.OrderStatus.Canceled or Clst.Contracts.OrderStatus.Rejected
            or Clst.Contracts.OrderStatus.Expired or Clst.Contracts.OrderStatus.Replaced or [|Clst.Contracts.OrderStatus.PendingCancel|];

    public bool Go(Clst.Contracts.OrderStatus s)
        => s is not (Clst.Contracts.OrderStatus.Filled or Clst.Contracts.OrderStatus.Canceled or Clst.Contracts.OrderStatus.Rejected
            or Clst.Contracts.OrderStatus.Expired or Clst.Contracts.OrderStatus.Replaced or [|Clst.Contracts.OrderStatus.PendingCancel|]);
}
""", """
using Clst.Contracts;

class Poller
{
    public bool Stop(Clst.Contracts.OrderStatus s)
        => s.IsFinal();

    public bool Go(Clst.Contracts.OrderStatus s)
        => !s.IsFinal();
}
""").VerifyAsync();

        [Fact]
        public Task NotOfferedWhenTheSetIsNotExactlyTheFinals()
        {
            const string source = """

using Clst.Contracts;

class Poller
{
    public bool Stop(OrderStatus s) => s is OrderStatus.Filled or OrderStatus.Canceled or [|OrderStatus.PendingCancel|];
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task NotOfferedWhenTheUsersOwnIsFinalWouldBeCalled()
        {
            const string source = """

using Clst.Contracts;

static class MyStatusExtensions
{
    public static bool IsFinal(this OrderStatus status)
        => status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced or [|OrderStatus.PendingCancel|];
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task NotOfferedForLookalikeModels()
        {
            const string source = """

using NSwag.Client;

static class Rules
{
    public static bool Stop(OrderStatus s)
        => s is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced or [|OrderStatus.PendingCancel|];
}
""";
            var test = Fix(source, source).WithoutShippedModel().WithSource(Models.NSwag);
            test.FixedState.Sources.Add(Models.NSwag);
            return test.VerifyAsync();
        }
    }
}
