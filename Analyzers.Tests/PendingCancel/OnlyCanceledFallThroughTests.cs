using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// Form 5 without a failure branch: the code acts on CANCELED right after the cancel (removes the order, returns true)
    /// and the usual answer, PENDING_CANCEL, falls through with nothing done. And the twin of form 4: PENDING_CANCEL passes
    /// a test such as <c>!= Rejected</c> into the branch that treats the order as gone.
    /// </summary>
    public class OnlyCanceledFallThroughTests
    {
        [Fact]
        public Task TheReadmeBeforeExampleIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On("""

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    public async Task CancelAsync(IClstOrdersClient client, HashSet<string> openOrders, long accountId, string orderId, CancellationToken ct)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId, ct);
        if ({|#0:answer.Data.Status == OrderStatus.Canceled|})
        {
            openOrders.Remove(orderId);
        }
    }
}
""").Expecting(new DiagnosticResult(Rules.PendingCancelTreatedAsFinal).WithLocation(0).WithArguments(
            "Only 'OrderStatus.Canceled' is acted on right after 'CancelOpenOrderAsync', so its usual PENDING_CANCEL answer goes past with nothing done (wait for the final status with WaitForFinalStatusAsync, or track the order as pending)"))
            .VerifyAsync();

        [Fact]
        public Task ReturningTrueOnlyForCanceledIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Threading.Tasks;
using Clst.Contracts;

class Canceller
{
    public async Task<bool> TryCancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        if ([|answer.Data.Status == OrderStatus.Canceled|])
        {
            System.Console.WriteLine("canceled " + orderId);
            return true;
        }

        return false;
    }
}
""");

        [Fact]
        public Task ThroughALocalCopyOrTheAwaitedCallItselfIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        var order = answer.Data;
        if ([|order.Status == OrderStatus.Canceled|])
        {
            _open.Remove(orderId);
        }
    }

    public async Task CancelInlineAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        if ([|(await client.CancelOpenOrderAsync(accountId, orderId)).Data.Status == OrderStatus.Canceled|])
        {
            _open.Remove(orderId);
        }
    }

    public async Task CancelWithALogLineAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        if ([|answer.Data.Status == OrderStatus.Canceled|])
        {
            _open.Remove(orderId);
        }
        else
        {
            System.Console.WriteLine("cancel accepted, status " + answer.Data.Status);
        }
    }
}
""");

        [Fact]
        public Task AFallThroughThatWaitsRereadsOrTracksStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly Dictionary<string, Order> _open = new();
    private readonly HashSet<string> _pendingCancels = new();

    public async Task<bool> CancelAndWaitAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        if (answer.Data.Status == OrderStatus.Canceled)
        {
            _open.Remove(orderId);
            return true;
        }

        var final = await client.WaitForFinalStatusAsync(accountId, orderId);
        _open.Remove(orderId);
        return final.Status == OrderStatus.Canceled;
    }

    public async Task CancelAndRereadAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        if (answer.Data.Status == OrderStatus.Canceled)
        {
            _open.Remove(orderId);
            return;
        }

        var again = await client.GetOrderByIdAsync(accountId, orderId);
        _open[orderId] = again.Data;
    }

    public async Task CancelAndTrackAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        if (answer.Data.Status == OrderStatus.Canceled)
        {
            _open.Remove(orderId);
        }
        else
        {
            _pendingCancels.Add(orderId);
        }
    }
}
""");

        [Fact]
        public Task CodeThatOnlyLogsOrDisplaysStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Threading.Tasks;
using Clst.Contracts;

class Screen
{
    public string Banner { get; private set; } = "";

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        if (answer.Data.Status == OrderStatus.Canceled)
        {
            Console.WriteLine("canceled at once: " + orderId);
        }
    }

    public async Task ShowAsync(IClstOrdersClient client, long accountId, string orderId)
    {
        var answer = await client.CancelOpenOrderAsync(accountId, orderId);
        if (answer.Data.Status == OrderStatus.Canceled)
        {
            Banner = "Canceled";
        }
    }
}
""");

        [Fact]
        public Task AnythingButARejectionTakenAsDoneIsFlagged() => Rule<PendingCancelTreatedAsFinalAnalyzer>.On("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _open = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string id)
    {
        var ack = await {|#0:client.CancelOpenOrderAsync(accountId, id)|};
        if (ack.Data.Status != OrderStatus.Rejected) _open.Remove(id);
    }
}
""").Expecting(new DiagnosticResult(Rules.PendingCancelTreatedAsFinal).WithLocation(0).WithArguments(
            "The answer of 'CancelOpenOrderAsync' is taken as the outcome: the code then lets PENDING_CANCEL through 'ack.Data.Status != OrderStatus.Rejected' and removes it from '_open'"))
            .VerifyAsync();

        [Fact]
        public Task AnythingButARejectionTrackedAsPendingStaysSilent() => Rule<PendingCancelTreatedAsFinalAnalyzer>.VerifyAsync("""

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Clst.Contracts;

class Book
{
    private readonly HashSet<string> _pendingCancels = new();

    public async Task CancelAsync(IClstOrdersClient client, long accountId, string id)
    {
        var ack = await client.CancelOpenOrderAsync(accountId, id);
        if (ack.Data.Status != OrderStatus.Rejected) _pendingCancels.Add(id);
    }

    public async Task CancelOrThrowAsync(IClstOrdersClient client, long accountId, string id)
    {
        var ack = await client.CancelOpenOrderAsync(accountId, id);
        if (ack.Data.Status == OrderStatus.Rejected) throw new InvalidOperationException("cancel rejected");
    }
}
""");
    }
}
