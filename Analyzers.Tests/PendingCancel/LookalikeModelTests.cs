using System.Threading.Tasks;
using Clst.Analyzers.PendingCancel;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.PendingCancel
{
    /// <summary>
    /// The flagged forms and their silent twins on Kiota-, NSwag- and hand-written models (issue 9), the configuration keys
    /// that matter to CLST001 (<c>clst.lookalike_models</c>, <c>clst.cancel_methods</c>, <c>clst.order_status_types</c>),
    /// and an unrelated enum of the same name.
    /// </summary>
    public partial class LookalikeModelTests
    {
        /// <summary>How each model spells the names the tests use.</summary>
        public sealed class Shape
        {
            public Shape(string name, string model, string ns, string pendingCancel, string canceled, string filled, string pendingNew,
                string client, string cancelCall, string status, string filledQuantity, string answerStatus)
            {
                Name = name;
                Model = model;
                Namespace = ns;
                PendingCancel = pendingCancel;
                Canceled = canceled;
                Filled = filled;
                PendingNew = pendingNew;
                Client = client;
                CancelCall = cancelCall;
                Status = status;
                FilledQuantity = filledQuantity;
                AnswerStatus = answerStatus;
            }

            public string Name { get; }
            public string Model { get; }
            public string Namespace { get; }
            public string PendingCancel { get; }
            public string Canceled { get; }
            public string Filled { get; }
            public string PendingNew { get; }
            public string Client { get; }
            public string CancelCall { get; }
            public string Status { get; }
            public string FilledQuantity { get; }
            public string AnswerStatus { get; }

            public string Apply(string template) => template
                .Replace("$NS$", Namespace)
                .Replace("$PC$", "OrderStatus." + PendingCancel)
                .Replace("$CANCELED$", "OrderStatus." + Canceled)
                .Replace("$FILLED$", "OrderStatus." + Filled)
                .Replace("$PN$", "OrderStatus." + PendingNew)
                .Replace("$CLIENT$", Client)
                .Replace("$CANCEL$", CancelCall)
                .Replace("$STATUS$", Status)
                .Replace("$FILLEDQTY$", FilledQuantity)
                .Replace("$ANSWERSTATUS$", AnswerStatus);

            public override string ToString() => Name;
        }

        public static readonly Shape Kiota = new Shape("Kiota", Models.Kiota, "Kiota.Client.Models", "PENDING_CANCEL", "CANCELED", "FILLED", "PENDING_NEW",
            "Kiota.Client.ApiClient", "client.V1.Accounts[accountId].Orders[orderId].DeleteAsync()", "OrderStatus?", "FilledQuantity", "answer?.Data?.Status");

        public static readonly Shape NSwag = new Shape("NSwag", Models.NSwag, "NSwag.Client", "PendingCancel", "Canceled", "Filled", "PendingNew",
            "NSwag.Client.ClearStreetClient", "client.CancelOpenOrderAsync(accountId, orderId)", "OrderStatus", "Filled_quantity", "answer.Data.Status");

        public static readonly Shape Hand = new Shape("Hand", Models.HandWritten, "Hand.Client", "PendingCancel", "Canceled", "Filled", "PendingNew",
            "Hand.Client.TradingClient", "client.CancelOrderAsync(accountId, orderId)", "OrderStatus", "FilledQuantity", "answer.Status");

        public static TheoryData<Shape> Shapes => new TheoryData<Shape> { Kiota, NSwag, Hand };

        private static ClstTest<PendingCancelTreatedAsFinalAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider> On(Shape shape, string template)
            => Rule<PendingCancelTreatedAsFinalAnalyzer>.On(shape.Apply(template)).WithoutShippedModel().WithSource(shape.Model);

        private const string Forms123 = """

using System.Collections.Generic;
using $NS$;

static class Rules
{
    public static bool Grouped($STATUS$ s) => s is $CANCELED$ or $FILLED$ or [|$PC$|];

    public static bool IsCanceled($STATUS$ s) => s == [|$PC$|];

    public static string Label($STATUS$ s) => s switch
    {
        [|$PC$|] => "Canceled",
        _ => "other",
    };
}
""";

        private const string Forms123Twins = """

using System.Collections.Generic;
using $NS$;

static class Rules
{
    public static bool InFlight($STATUS$ s) => s is $PN$ or $PC$;

    public static bool IsCanceled($STATUS$ s) => s == $CANCELED$;

    public static string Label($STATUS$ s) => s switch
    {
        $PC$ => "Cancel pending",
        _ => "other",
    };
}
""";

        private const string Form4 = """

using System.Collections.Generic;
using System.Threading.Tasks;
using $NS$;

class Book
{
    private readonly Dictionary<string, object> _openOrders = new();

    public async Task CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        await [|$CANCEL$|];
        _openOrders.Remove(orderId);
    }
}
""";

        private const string Form4Twin = """

using System.Collections.Generic;
using System.Threading.Tasks;
using $NS$;

class Book
{
    private readonly Dictionary<string, object> _openOrders = new();

    public async Task CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        await $CANCEL$;
        _toConfirm.Add(orderId);
    }

    private readonly HashSet<string> _toConfirm = new();
}
""";

        [Theory]
        [MemberData(nameof(Shapes))]
        public Task Forms1To3AreFlagged(Shape shape) => On(shape, Forms123).VerifyAsync();

        [Theory]
        [MemberData(nameof(Shapes))]
        public Task Forms1To3TwinsStaySilent(Shape shape) => On(shape, Forms123Twins).VerifyAsync();

        [Theory]
        [MemberData(nameof(Shapes))]
        public Task Form4IsFlagged(Shape shape) => On(shape, Form4).VerifyAsync();

        [Theory]
        [MemberData(nameof(Shapes))]
        public Task Form4TwinStaysSilent(Shape shape) => On(shape, Form4Twin).VerifyAsync();

        [Fact]
        public Task Form4FiguresAreFlaggedOnKiota() => On(Kiota, """

using System.Threading.Tasks;
using $NS$;

class Positions
{
    public string? Filled;

    public async Task CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        var answer = await [|$CANCEL$|];
        Filled = answer?.Data?.FilledQuantity;
    }
}
""").VerifyAsync();

        [Fact]
        public Task Form4FiguresAreFlaggedOnNSwag() => On(NSwag, """

using System.Threading.Tasks;
using $NS$;

class Positions
{
    public string? Filled;

    public async Task CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        var answer = await [|$CANCEL$|];
        Filled = answer.Data.$FILLEDQTY$;
    }
}
""").VerifyAsync();

        [Fact]
        public Task Form4FiguresAreFlaggedOnAHandWrittenModel() => On(Hand, """

using System.Threading.Tasks;
using $NS$;

class Positions
{
    public decimal Filled;

    public async Task CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        var order = await [|$CANCEL$|];
        Filled += order.$FILLEDQTY$;
    }
}
""").VerifyAsync();

        [Fact]
        public Task Form5IsFlaggedOnKiota() => On(Kiota, """

using System;
using System.Threading.Tasks;
using $NS$;

class Canceller
{
    public async Task CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        var answer = await $CANCEL$;
        if ([|answer?.Data?.Status == $CANCELED$|])
        {
            Console.WriteLine("canceled");
        }
        else
        {
            throw new InvalidOperationException("cancel failed");
        }
    }
}
""").VerifyAsync();

        [Fact]
        public Task Form5IsFlaggedOnNSwag() => On(NSwag, """

using System;
using System.Threading.Tasks;
using $NS$;

class Canceller
{
    public async Task<bool> CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        var answer = await $CANCEL$;
        if ([|answer.Data.Status != $CANCELED$|])
        {
            return false;
        }

        return true;
    }
}
""").VerifyAsync();

        [Fact]
        public Task Form5IsFlaggedOnAHandWrittenModel() => On(Hand, """

using System;
using System.Threading.Tasks;
using $NS$;

class Canceller
{
    public async Task<string> CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        var order = await $CANCEL$;
        return [|order.Status == $CANCELED$|] ? "ok" : "failed";
    }
}
""").VerifyAsync();

        [Theory]
        [MemberData(nameof(Shapes))]
        public Task Form5TwinStaysSilent(Shape shape) => On(shape, """

using System;
using System.Threading.Tasks;
using $NS$;

class Canceller
{
    public async Task<string> CancelAsync($CLIENT$ client, long accountId, string orderId)
    {
        var answer = await $CANCEL$;
        if ($ANSWERSTATUS$ == $CANCELED$)
        {
            return "ok";
        }
        else if ($ANSWERSTATUS$ == $PC$)
        {
            return "pending";
        }

        throw new InvalidOperationException("cancel failed");
    }
}
""").VerifyAsync();
    }
}
