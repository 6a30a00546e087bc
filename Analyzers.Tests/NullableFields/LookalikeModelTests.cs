using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// CLST002 on the models users make themselves (Kiota, NSwag, hand-written; the recogniser finds the nineteen by wire
    /// name), on the configuration keys <c>clst.order_types</c> and <c>clst.lookalike_models</c>, and on false friends.
    /// </summary>
    public class LookalikeModelTests
    {
        private static Task Verify(string source, string model, bool nullable = false, params string[] editorConfig)
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(source).WithoutShippedModel().WithSource(model).WithNullable(nullable);
            if (editorConfig.Length > 0)
            {
                test.WithEditorConfig(editorConfig);
            }

            return test.VerifyAsync();
        }

        // ------------------------------------------------------------------ Kiota

        private const string KiotaUse = """

using System;
using System.Linq;
using System.Threading.Tasks;
using Kiota.Client;
using Kiota.Client.Models;

class C
{
    void Flagged(Order order)
    {
        var n = [|order.Symbol|].Length;
        var price = decimal.Parse([|order.AverageFillPrice|]);
        var expiry = [|order.ExpiresAt.GetValueOrDefault()|];
        var date = [|order.ExpiresAt.Value|].Date;
        foreach (var detail in [|order.Details|]) { }
        var type = [|(SecurityType)order.InstrumentType|];
        var limit = [|order.LimitPrice!|].Trim();
        var stop = order.StopPrice;
        var s = decimal.Parse([|stop|]);
    }

    void Twins(Order order)
    {
        var n = order.Symbol?.Length ?? 0;
        if (decimal.TryParse(order.AverageFillPrice, out var price)) { }
        if (order.ExpiresAt is { } expiresAt) { var date = expiresAt.Date; }
        var expiry = order.ExpiresAt.GetValueOrDefault(DateTimeOffset.MaxValue);
        foreach (var detail in order.Details ?? new System.Collections.Generic.List<string>()) { }
        if (order.InstrumentType.HasValue) { var type = (SecurityType)order.InstrumentType; }
        if (order.LimitPrice == null) return;
        var limit = order.LimitPrice!.Trim();
        var stop = order.StopPrice;
        if (!string.IsNullOrEmpty(stop)) { var s = decimal.Parse(stop); }
        if (order.Status == OrderStatus.FILLED) { var fill = decimal.Parse(order.AverageFillPrice); }
        if (order.TimeInForce is TimeInForce.GOOD_TILL_DATE) { var expires = order.ExpiresAt.Value; }
    }

    void OnlyTheNineteen(Order order)
    {
        // Kiota makes every property nullable; only the contract's nullable optional fields are CLST002's.
        var id = order.Id.Length;
        var status = order.Status.Value;
        var quantity = decimal.Parse(order.Quantity);
    }

    async Task<int> AfterTheCancel(ApiClient client)
    {
        var response = await client.V1.Accounts[1].Orders["o-1"].DeleteAsync();
        return [|response.Data.Symbol|].Length;
    }
}
""";

        [Fact]
        public Task KiotaModelWithTheNullableContextDisabled() => Verify(KiotaUse, Models.Kiota);

        [Fact]
        public Task KiotaModelWithTheNullableContextEnabled() => Verify("""

using System;
using Kiota.Client.Models;

class C
{
    void LeftToTheCompiler(Order order)
    {
        var n = order.Symbol.Length;
        var price = decimal.Parse(order.AverageFillPrice);
        var date = order.ExpiresAt.Value.Date;
    }

    void Flagged(Order order)
    {
        var expiry = [|order.ExpiresAt.GetValueOrDefault()|];
        var limit = [|order.LimitPrice!|].Trim();
        var id = order.Id!.Trim();
    }
}
""", Models.Kiota, nullable: true);

        // ------------------------------------------------------------------ NSwag

        [Fact]
        public Task NSwagModel() => Verify("""

using System;
using System.Linq;
using System.Threading.Tasks;
using NSwag.Client;

class C
{
    void Flagged(Order order)
    {
        var n = [|order.Symbol|].Length;
        var price = decimal.Parse([|order.Average_fill_price|]);
        var date = [|order.Expires_at.Value|].Date;
        var count = [|order.Details|].Count;
        var type = [|order.Instrument_type.GetValueOrDefault()|];
        var id = [|order.Instrument_id!|];
    }

    void Twins(Order order)
    {
        if (order.Symbol is null) return;
        var n = order.Symbol.Length;
        var price = order.Average_fill_price is { } text ? decimal.Parse(text) : 0m;
        var date = order.Expires_at?.Date;
        var count = order.Details?.Count ?? 0;
        var type = order.Instrument_type.GetValueOrDefault(SecurityType.Cash);
        string id = order.Instrument_id;
        var quantity = order.Quantity.Trim();
        if (order.Order_type == OrderType.StopLimit) { var stop = order.Stop_price.Trim(); }
    }

    async Task<string> AfterTheCancel(ClearStreetClient client)
    {
        var response = await client.CancelOpenOrderAsync(1, "o-1");
        return [|response.Data.Limit_price|].Trim();
    }
}
""", Models.NSwag);

        // ------------------------------------------------------------------ hand-written

        [Fact]
        public Task HandWrittenModel() => Verify("""

using System;
using System.Threading.Tasks;
using Hand.Client;

class C
{
    async Task<decimal> Flagged(TradingClient client)
    {
        var order = await client.CancelOrderAsync(1, "o-1");
        var n = [|order.Symbol|].Length;
        var notional = [|order.AverageFillPrice.Value|] * order.FilledQuantity;
        var limit = [|(decimal)order.LimitPrice|];
        var stop = [|order.StopPrice.GetValueOrDefault()|];
        var copy = order.ExpiresAt;
        return notional + limit + stop + [|copy.Value|].Offset.Hours;
    }

    async Task<decimal> Twins(TradingClient client)
    {
        var order = await client.CancelOrderAsync(1, "o-1");
        var n = order.Symbol?.Length;
        var notional = order.AverageFillPrice is decimal price ? price * order.FilledQuantity : 0m;
        if (order.LimitPrice is null || order.StopPrice is null || order.ExpiresAt is null) return notional;
        var copy = order.ExpiresAt;
        return notional + (decimal)order.LimitPrice + order.StopPrice.GetValueOrDefault() + copy.Value.Offset.Hours;
    }
}
""", Models.HandWritten);

        // ------------------------------------------------------------------ configuration and false friends

        [Fact]
        public Task LookalikesCanBeTurnedOff() => Verify("""

using Kiota.Client.Models;

class C
{
    int Length(Order order) => order.Symbol.Length;
}
""", Models.Kiota, false, "clst.lookalike_models = false");

        [Fact]
        public Task LookalikesOffLeavesTheShippedModelChecked() => Rule<NullableOptionalFieldAnalyzer>.On("""

using Clst.Contracts;

class C
{
    int Length(Order order) => [|order.Symbol|].Length;
}
""").WithNullable(false).WithEditorConfig("clst.lookalike_models = false").VerifyAsync();

        private const string Ticket = """

namespace My.Trading
{
    public class Ticket
    {
        public string Id { get; set; }
        public string Symbol { get; set; }
        public decimal? LimitPrice { get; set; }
    }
}
""";

        private const string TicketUse = """

using My.Trading;

class C
{
    int Length(Ticket ticket) => [|ticket.Symbol|].Length + (int)[|ticket.LimitPrice.Value|] + ticket.Id.Length;
}
""";

        [Fact]
        public Task AnOrderTypeRecognitionCannotSeeIsNamedInTheConfiguration()
            => Verify(TicketUse, Ticket, false, "clst.order_types = My.Trading.Ticket");

        [Fact]
        public Task WithoutTheConfigurationThatTypeIsNotAnOrder()
            => Verify(TicketUse.Replace("[|", string.Empty).Replace("|]", string.Empty), Ticket);

        [Fact]
        public Task AnOptionalFieldDeclaredAsAPlainValueTypeCannotBeNull() => Verify("""

using System;
using System.Text.Json.Serialization;

public enum OrderStatus { PendingNew, New, PartiallyFilled, Filled, Canceled, Rejected, Expired, PendingCancel, PendingReplace, Replaced, DoneForDay, Stopped, Suspended, Calculated, Other }

public sealed class Fill
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("client_order_id")] public string ClientOrderId { get; set; } = "";
    [JsonPropertyName("status")] public OrderStatus Status { get; set; }
    [JsonPropertyName("quantity")] public decimal Quantity { get; set; }
    [JsonPropertyName("filled_quantity")] public decimal FilledQuantity { get; set; }
    [JsonPropertyName("symbol")] public string Symbol { get; set; }
    [JsonPropertyName("average_fill_price")] public decimal AverageFillPrice { get; set; }
    [JsonPropertyName("expires_at")] public DateTimeOffset ExpiresAt { get; set; }
}

class C
{
    string Describe(Fill fill) => fill.AverageFillPrice.ToString("F2") + fill.ExpiresAt.Date.ToString() + [|fill.Symbol|].Trim();
}
""", string.Empty);

        [Fact]
        public Task AProductWithASymbolIsNoFalseFriend() => Verify("""

using Kiota.Client.Models;

class Product
{
    public string Symbol { get; set; }
    public decimal? LimitPrice { get; set; }
    public System.DateTimeOffset? ExpiresAt { get; set; }
}

class C
{
    int Length(Product product) => product.Symbol.Length + (int)product.LimitPrice.Value + product.ExpiresAt.Value.Day;
}
""", Models.Kiota);

        [Fact]
        public Task UserCodeMarkedGeneratedIsNotReported() => Verify("""

using NSwag.Client;

[System.CodeDom.Compiler.GeneratedCode("NSwag", "14.0.0.0")]
partial class ClearStreetClientHelpers
{
    int Length(Order order) => order.Symbol.Length;
}
""", Models.NSwag);
    }
}
