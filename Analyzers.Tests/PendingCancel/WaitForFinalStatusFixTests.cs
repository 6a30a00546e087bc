using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.PendingCancel;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>Fix (c): wait for the final status after the cancel call, and read the final order from there on.</summary>
    public class WaitForFinalStatusFixTests
    {
        private static ClstTest<PendingCancelTreatedAsFinalAnalyzer, WaitForFinalStatusCodeFixProvider> Fix(string before, string after)
            => Rule<PendingCancelTreatedAsFinalAnalyzer, WaitForFinalStatusCodeFixProvider>.On(before).FixesTo(after);

        [Fact]
        public Task WaitIsInsertedAndTheFinalOrderIsRead() => Fix("""

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Positions
{
    private readonly Dictionary<string, Order> _openOrders = new();
    private decimal _position;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId, CancellationToken ct)
    {
        var response = await [|client.CancelOpenOrderAsync(accountId, orderId, ct)|];
        _openOrders.Remove(orderId);
        _position += response.Data.FilledQuantity;
    }
}
""", """

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Positions
{
    private readonly Dictionary<string, Order> _openOrders = new();
    private decimal _position;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId, CancellationToken ct)
    {
        var response = await client.CancelOpenOrderAsync(accountId, orderId, ct);
        var finalOrder = await client.WaitForFinalStatusAsync(accountId, orderId, cancellationToken: ct);
        _openOrders.Remove(orderId);
        _position += finalOrder.FilledQuantity;
    }
}
""").VerifyAsync();

        [Fact]
        public Task DiscardedAnswerUsesTheMethodsToken() => Fix("""

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, Order order, CancellationToken cancellationToken)
    {
        await [|client.CancelOpenOrderAsync(order.AccountId, order.Id)|].ConfigureAwait(false);
        _openOrders.Remove(order.Id);
    }
}
""", """

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, Order order, CancellationToken cancellationToken)
    {
        await client.CancelOpenOrderAsync(order.AccountId, order.Id).ConfigureAwait(false);
        var finalOrder = await client.WaitForFinalStatusAsync(order.AccountId, order.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        _openOrders.Remove(order.Id);
    }
}
""").VerifyAsync();

        [Fact]
        public Task AnOrderLocalIsReadFromTheFinalOrder() => Fix("""

using System.Threading.Tasks;
using Clst.Contracts;

class Positions
{
    public decimal? Price;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var order = (await [|client.CancelOpenOrderAsync(accountId, orderId)|]).Data;
        Price = order.AverageFillPrice;
    }
}
""", """

using System.Threading.Tasks;
using Clst.Contracts;

class Positions
{
    public decimal? Price;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var order = (await client.CancelOpenOrderAsync(accountId, orderId)).Data;
        var finalOrder = await client.WaitForFinalStatusAsync(accountId, orderId);
        Price = finalOrder.AverageFillPrice;
    }
}
""").VerifyAsync();

        [Fact]
        public Task TopLevelStatementsAreFixed() => Fix("""

using System.Collections.Generic;
using Clst.Contracts;

var open = new Dictionary<string, Order>();
IClstOrdersClient client = null!;
var id = "o-1";
await [|client.CancelOpenOrderAsync(1, id)|];
open.Remove(id);

""", """

using System.Collections.Generic;
using Clst.Contracts;

var open = new Dictionary<string, Order>();
IClstOrdersClient client = null!;
var id = "o-1";
await client.CancelOpenOrderAsync(1, id);
var finalOrder = await client.WaitForFinalStatusAsync(1, id);
open.Remove(id);

""").AsProgram().VerifyAsync();

        [Fact]
        public Task FixAllNamesEachFinalOrderOnItsOwn() => Fix("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelPairAsync(IClstOrdersClient client, long accountId, string first, string second)
    {
        await [|client.CancelOpenOrderAsync(accountId, first)|];
        _openOrders.Remove(first);
        var answer = await [|client.CancelOpenOrderAsync(accountId, second)|];
        _openOrders.Remove(answer.Data.Id);
    }
}
""", """

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelPairAsync(IClstOrdersClient client, long accountId, string first, string second)
    {
        await client.CancelOpenOrderAsync(accountId, first);
        var finalOrder = await client.WaitForFinalStatusAsync(accountId, first);
        _openOrders.Remove(first);
        var answer = await client.CancelOpenOrderAsync(accountId, second);
        var finalOrder2 = await client.WaitForFinalStatusAsync(accountId, second);
        _openOrders.Remove(finalOrder2.Id);
    }
}
""").VerifyAsync();

        [Fact]
        public Task NotOfferedInSynchronousCode()
        {
            const string source = """

using System.Collections.Generic;
using Clst.Contracts;

class Book
{
    private readonly List<Order> _openOrders = new();

    public void Cancel(IClstOrdersClient client, Order order)
    {
        [|client.CancelOpenOrderAsync(order.AccountId, order.Id)|].GetAwaiter().GetResult();
        _openOrders.Remove(order);
    }
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task NotOfferedWhenTheArgumentsCannotBeReadTwice()
        {
            const string source = """

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, Queue<long> accounts, string orderId)
    {
        await [|client.CancelOpenOrderAsync(accounts.Dequeue(), orderId)|];
        _openOrders.Remove(orderId);
    }
}
""";
            return Fix(source, source).VerifyAsync();
        }

        [Fact]
        public Task NotOfferedForLookalikeClients()
        {
            const string source = """

using System.Collections.Generic;
using System.Threading.Tasks;
using NSwag.Client;

class Book
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelAsync(ClearStreetClient client, long accountId, string orderId)
    {
        await [|client.CancelOpenOrderAsync(accountId, orderId)|];
        _openOrders.Remove(orderId);
    }
}
""";
            var test = Fix(source, source).WithoutShippedModel().WithSource(Models.NSwag);
            test.FixedState.Sources.Add(Models.NSwag);
            return test.VerifyAsync();
        }

        [Fact]
        public Task FixAllCoversProjectAndSolution()
        {
            var test = Fix("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class A
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        await [|client.CancelOpenOrderAsync(accountId, orderId)|];
        _openOrders.Remove(orderId);
    }
}
""", """

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class A
{
    private readonly HashSet<string> _openOrders = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        await client.CancelOpenOrderAsync(accountId, orderId);
        var finalOrder = await client.WaitForFinalStatusAsync(accountId, orderId);
        _openOrders.Remove(orderId);
    }
}
""");
            test.TestState.Sources.Add("""

using System.Threading.Tasks;
using Clst.Contracts;

class B
{
    public decimal Filled;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await [|client.CancelOpenOrderAsync(accountId, orderId)|];
        Filled = answer.Data.FilledQuantity;
    }
}
""");
            test.FixedState.Sources.Add("""

using System.Threading.Tasks;
using Clst.Contracts;

class B
{
    public decimal Filled;

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        var finalOrder = await client.WaitForFinalStatusAsync(accountId, orderId);
        Filled = finalOrder.FilledQuantity;
    }
}
""");
            return test.VerifyAsync();
        }
    }
}
