using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// The checks that handle the null (each dominating the use: silent), and checks that do not dominate the use or
    /// check something else (still flagged). All with the nullable context disabled, where CLST002 does all the work.
    /// </summary>
    public class ChecksTests
    {
        private static Task Verify(string body, string parameters = "Order order")
            => Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body, parameters)).WithNullable(false).VerifyAsync();

        [Theory]
        // is null / == null with an early exit
        [InlineData("if (order.AverageFillPrice is null) return; Use(order.AverageFillPrice.Value);")]
        [InlineData("if (order.AverageFillPrice == null) { return; } Use(order.AverageFillPrice.Value);")]
        [InlineData("if (null == order.Symbol) throw new InvalidOperationException(); var n = order.Symbol.Length;")]
        [InlineData("if (order.ExpiresAt is null || order.Symbol is null) return; Use(order.ExpiresAt.Value); var n = order.Symbol.Length;")]
        [InlineData("if (!order.AverageFillPrice.HasValue) return; Use(order.AverageFillPrice.Value);")]
        [InlineData("if (order.AverageFillPrice is not { } price) return; Use(order.AverageFillPrice.Value);")]
        [InlineData("if (order.AverageFillPrice is not decimal) return; Use((decimal)order.AverageFillPrice);")]
        [InlineData("if (object.ReferenceEquals(order.Symbol, null)) return; var n = order.Symbol.Length;")]
        // is { } p, is decimal p, HasValue, != null
        [InlineData("if (order.AverageFillPrice is { } price) { Use(price); Use(order.AverageFillPrice.Value); }")]
        [InlineData("if (order.AverageFillPrice is decimal price) { Use(order.AverageFillPrice.Value); }")]
        [InlineData("if (order.AverageFillPrice.HasValue) { Use(order.AverageFillPrice.Value); }")]
        [InlineData("if (order.Symbol != null && order.Symbol.Length > 3) { }")]
        [InlineData("if (order.Symbol == null || order.Symbol.Length > 3) { }")]
        [InlineData("if (order.Symbol is not null) { var n = order.Symbol.Length; }")]
        [InlineData("if (order.Symbol is string s && order.Symbol.Length > 0) { }")]
        [InlineData("if (order.Details is { Count: > 0 }) { var first = order.Details[0]; }")]
        [InlineData("var n = order.Symbol != null ? order.Symbol.Length : 0;")]
        [InlineData("var n = order.Symbol == null ? 0 : order.Symbol.Length;")]
        [InlineData("while (order.Symbol != null) { var n = order.Symbol.Length; break; }")]
        // ?. and ??, GetValueOrDefault(x)
        [InlineData("var n = order.Symbol?.Length;")]
        [InlineData("var n = order.Symbol?.Trim().Length;")]
        [InlineData("var date = order.ExpiresAt?.Date;")]
        [InlineData("var n = (order.Symbol ?? string.Empty).Length;")]
        [InlineData("var price = order.AverageFillPrice ?? throw new InvalidOperationException(); Use(price);")]
        [InlineData("var symbol = order.Symbol ?? throw new InvalidOperationException(); var n = symbol.Length;")]
        [InlineData("Use(order.AverageFillPrice.GetValueOrDefault(decimal.MinusOne));")]
        [InlineData("order.Symbol ??= \"?\"; var n = order.Symbol.Length;")]
        // comparisons that are false for null
        [InlineData("if (order.Symbol?.Length > 0) { var n = order.Symbol.Length; }")]
        [InlineData("if (order.Details?.Count > 0) { var first = order.Details[0]; }")]
        [InlineData("if (order.Details?.Any() == true) { var first = order.Details[0]; }")]
        [InlineData("if (order.AverageFillPrice > 0) { Use(order.AverageFillPrice.Value); }")]
        [InlineData("if (order.InstrumentType == SecurityType.Option) { var t = order.InstrumentType.Value; }")]
        [InlineData("if (order.Symbol?.StartsWith(\"A\") ?? false) { } var n = order.Symbol?.Length;")]
        // switch patterns that handle null
        [InlineData("switch (order.Symbol) { case null: return; default: var n = order.Symbol.Length; break; }")]
        [InlineData("switch (order.AverageFillPrice) { case null: break; case decimal p: Use(order.AverageFillPrice.Value); break; }")]
        [InlineData("var n = order.Symbol switch { null => 0, _ => order.Symbol.Length };")]
        [InlineData("var n = order.Symbol switch { null => 0, var s => s.Length };")]
        [InlineData("var price = order.AverageFillPrice switch { { } p => p, null => 0m };")]
        // string.IsNullOrEmpty, throw helpers, asserts
        [InlineData("if (string.IsNullOrEmpty(order.Symbol)) return; var n = order.Symbol.Length;")]
        [InlineData("if (!string.IsNullOrWhiteSpace(order.Symbol)) { var n = order.Symbol.Length; }")]
        [InlineData("ArgumentNullException.ThrowIfNull(order.Symbol); var n = order.Symbol.Length;")]
        [InlineData("ArgumentException.ThrowIfNullOrEmpty(order.InstrumentId); var n = order.InstrumentId.Length;")]
        [InlineData("Debug.Assert(order.Symbol != null); var n = order.Symbol.Length;")]
        [InlineData("Guard.NotNull(order.Symbol); var n = order.Symbol.Length;")]
        [InlineData("if (order.Symbol == null) Fail(); var n = order.Symbol.Length;")]
        [InlineData("if (decimal.TryParse(order.Symbol, out var parsed)) { var n = order.Symbol.Length; }")]
        // a local copy
        [InlineData("var symbol = order.Symbol; if (symbol == null) return; var n = order.Symbol.Length;")]
        [InlineData("var price = order.AverageFillPrice; if (!price.HasValue) return; Use(price.Value);")]
        // the value assigned by the user
        [InlineData("order.Symbol = \"AAPL\"; var n = order.Symbol.Length;")]
        [InlineData("order.AverageFillPrice = 1m; Use(order.AverageFillPrice.Value);")]
        // comparisons with true / false
        [InlineData("if (order.AverageFillPrice.HasValue == false) return; Use(order.AverageFillPrice.Value);")]
        [InlineData("if (string.IsNullOrEmpty(order.Symbol) != true) { var n = order.Symbol.Length; }")]
        // property patterns
        [InlineData("if (order is { AverageFillPrice: not null }) Use(order.AverageFillPrice.Value);")]
        [InlineData("if (order is { Details.Count: > 0, Symbol: { } s }) { var first = order.Details[0]; var n = order.Symbol.Length; }")]
        [InlineData("if (order is not { ExpiresAt: { } }) return; Use(order.ExpiresAt.Value);")]
        [InlineData("var n = order switch { { Symbol: not null } => order.Symbol.Length, _ => 0 };")]
        // what the contract says is present for the order's type, time in force or status
        [InlineData("if (order.OrderType == OrderType.Limit) Use(order.LimitPrice.Value);")]
        [InlineData("if (order.OrderType is OrderType.Limit or OrderType.StopLimit) Use(order.LimitPrice.Value);")]
        [InlineData("if (order.OrderType != OrderType.Stop) return; Use(order.StopPrice.Value);")]
        [InlineData("switch (order.OrderType) { case OrderType.Stop: case OrderType.StopLimit: Use(order.StopPrice.Value); break; }")]
        [InlineData("var limit = order.OrderType switch { OrderType.Limit => order.LimitPrice.Value, _ => 0m };")]
        [InlineData("if (order.TimeInForce == TimeInForce.GoodTillDate) Use(order.ExpiresAt.Value);")]
        [InlineData("if (order.Status == OrderStatus.Filled) Use(order.AverageFillPrice.Value);")]
        [InlineData("if (order.OrderType == OrderType.TrailingStopLimit) Use(order.LimitOffset.Value + order.TrailingOffset.Value);")]
        // an object the user creates with the field set
        [InlineData("var created = new Order { Symbol = \"AAPL\", AverageFillPrice = 1m }; var n = created.Symbol.Length; Use(created.AverageFillPrice.Value);")]
        // an element a query proves not null
        [InlineData("var n = new List<Order>().First(o => o.Symbol != null).Symbol.Length;")]
        [InlineData("Use(new List<Order>().Where(o => o.AverageFillPrice.HasValue).Last().AverageFillPrice.Value);")]
        // loops: checked on every path into the loop
        [InlineData("if (order.Details == null) return; for (int i = 0; i < order.Details.Count; i++) { var d = order.Details[i]; }")]
        [InlineData("foreach (var o in new[] { order }) { if (o.Symbol == null) continue; var n = o.Symbol.Length; }")]
        // try/catch/finally: the check before the try holds in the handlers
        [InlineData("if (order.Symbol == null) return; try { Console.WriteLine(); } catch (Exception) { var n = order.Symbol.Length; } finally { var m = order.Symbol.Length; }")]
        public Task ADominatingCheckHandlesTheNull(string body) => Verify(body + """

    }

    static class Guard { public static void NotNull(object value) { if (value == null) throw new ArgumentNullException(); } }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    static void Fail() => throw new InvalidOperationException();

    void Unused()
    {
""");

        [Theory]
        // the check does not dominate the use
        [InlineData("if (order.Symbol != null) { Console.WriteLine(); } var n = [|order.Symbol|].Length;")]
        [InlineData("if (order.AverageFillPrice is null) { Console.WriteLine(\"no fill\"); } Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("var n = [|order.Symbol|].Length; if (order.Symbol == null) return;")]
        [InlineData("if (order.Symbol != null || [|order.Symbol|].Length > 3) { }")]
        [InlineData("var n = order.Symbol == null ? [|order.Symbol|].Length : 0;")]
        [InlineData("if (order.Symbol is null) { var n = [|order.Symbol|].Length; }")]
        [InlineData("if (string.IsNullOrEmpty(order.Symbol)) { var n = [|order.Symbol|].Length; }")]
        [InlineData("var ok = order.Symbol != null; if (ok) { var n = [|order.Symbol|].Length; }")]
        [InlineData("if (order.Symbol?.Length > 0) { } else { var n = [|order.Symbol|].Length; }")]
        [InlineData("switch (order.Symbol) { case \"A\": break; default: var n = [|order.Symbol|].Length; break; }")]
        [InlineData("try { if (order.Symbol == null) return; } catch (Exception) { var n = [|order.Symbol|].Length; }")]
        // a check of something else
        [InlineData("if (other.Symbol == null) return; var n = [|order.Symbol|].Length;", "Order order, Order other")]
        [InlineData("if (order.LimitPrice == null) return; Use([|order.StopPrice.Value|]);")]
        [InlineData("if (order.AverageFillPrice == null) return; order = new Order(); Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("var price = order.AverageFillPrice; if (price == null) return; price = order.LimitPrice; Use([|price.Value|]);")]
        // a property pattern or a value that proves something else
        [InlineData("if (order is { Symbol: not null }) Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("if (order is { AverageFillPrice: null }) Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("if (order.OrderType == OrderType.Market) Use([|order.LimitPrice.Value|]);")]
        [InlineData("if (order.OrderType is OrderType.Limit or OrderType.Stop) Use([|order.LimitPrice.Value|]);")]
        [InlineData("if (order.OrderType == OrderType.Limit) Use([|order.StopPrice.Value|]);")]
        [InlineData("if (other.OrderType == OrderType.Limit) Use([|order.LimitPrice.Value|]);", "Order order, Order other")]
        [InlineData("if (order.Status == OrderStatus.PendingCancel) Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("if (order.OrderType == OrderType.TrailingStop) Use([|order.TrailingStopPx.Value|]);")]
        // what the object initializer did not set, what the query did not check
        [InlineData("var created = new Order { Symbol = \"AAPL\" }; Use([|created.AverageFillPrice.Value|]);")]
        [InlineData("var n = [|new List<Order>().First(o => o.Symbol != null).InstrumentId|].Length;")]
        // a check inside a loop does not cover the loop's first use
        [InlineData("for (int i = 0; i < 2; i++) { var n = [|order.Symbol|].Length; if (order.Symbol == null) return; }")]
        public Task ACheckThatDoesNotHandleTheNullIsFlagged(string body, string parameters = "Order order") => Verify(body, parameters);

        [Fact]
        public Task ACallBetweenCheckAndUseIsTrusted() => Verify("""

if (order.Symbol == null) return;
Refresh(order);
var n = order.Symbol.Length; // Refresh could set Symbol to null: the analysis cannot tell, so it stays silent
    }

    static void Refresh(Order order) { }

    void Unused()
    {
""");
    }
}
