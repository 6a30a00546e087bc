using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.PendingCancel;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Issue 21: "Use IsFinal()" and "Wait for the final status" around preprocessor directives and comments. Use IsFinal()
    /// replaces the whole test: not offered when a directive lies inside it; the trivia around it stays, the comments inside
    /// it go with the terms they stood beside. Wait for the final status inserts a statement and rewrites reads: directives
    /// around them stay where they were, inactive code is not rewritten.
    /// </summary>
    public class CancelFixesDirectiveTests
    {
        [Fact]
        public Task UseIsFinalIsNotOfferedAcrossARegionInsideTheTest()
        {
            const string source = """

using Clst.Contracts;

class Poller
{
    public bool Stop(Order order)
        => order.Status is OrderStatus.Filled or OrderStatus.Canceled
            #region the rest
            or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced
            #endregion
            or [|OrderStatus.PendingCancel|];
}
""";
            return Rule<PendingCancelTreatedAsFinalAnalyzer, UseIsFinalCodeFixProvider>.On(source).FixesTo(source).VerifyAsync();
        }

        [Fact]
        public Task UseIsFinalKeepsThePragmasAndCommentsAroundTheTest() => Rule<PendingCancelTreatedAsFinalAnalyzer, UseIsFinalCodeFixProvider>.On("""

using Clst.Contracts;

class Poller
{
#pragma warning disable CS0618
    public bool Stop(Order order)
        => /* done? */ order.Status is OrderStatus.Filled /* f */ or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.Replaced or [|OrderStatus.PendingCancel|]; // finals
#pragma warning restore CS0618
}
""").FixesTo("""

using Clst.Contracts;

class Poller
{
#pragma warning disable CS0618
    public bool Stop(Order order)
        => /* done? */ order.Status.IsFinal(); // finals
#pragma warning restore CS0618
}
""").VerifyAsync();

        [Fact]
        public Task WaitKeepsDirectivesAndLeavesInactiveCodeAlone() => Rule<PendingCancelTreatedAsFinalAnalyzer, WaitForFinalStatusCodeFixProvider>.On("""

using System;
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
#pragma warning disable CS0618
        var response = await [|client.CancelOpenOrderAsync(accountId, orderId, ct)|]; // cancel
#pragma warning restore CS0618
        _openOrders.Remove(orderId);
#if LOGGING
        Console.WriteLine(response.Data.FilledQuantity);
#endif
        #region position
        _position += response.Data.FilledQuantity; // filled so far
        #endregion
    }
}
""").FixesTo("""

using System;
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
#pragma warning disable CS0618
        var response = await client.CancelOpenOrderAsync(accountId, orderId, ct); // cancel
        var finalOrder = await client.WaitForFinalStatusAsync(accountId, orderId, cancellationToken: ct);
#pragma warning restore CS0618
        _openOrders.Remove(orderId);
#if LOGGING
        Console.WriteLine(response.Data.FilledQuantity);
#endif
        #region position
        _position += finalOrder.FilledQuantity; // filled so far
        #endregion
    }
}
""").VerifyAsync();
    }
}
