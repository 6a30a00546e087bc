using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// Every form the issue lists, flagged with the nullable context disabled (where the compiler says nothing), each with
    /// a correct twin that stays silent.
    /// </summary>
    public class FlaggedFormsTests
    {
        private static Task Verify(string body) => Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body)).WithNullable(false).VerifyAsync();

        [Theory]
        [InlineData("var n = [|order.Symbol|].Length;")]
        [InlineData("var s = [|order.Symbol|].ToUpperInvariant();")]
        [InlineData("var n = [|order.Details|].Count;")]
        [InlineData("var d = [|order.Details|][0];")]
        [InlineData("var i = [|order.InstrumentId|].IndexOf('-');")]
        [InlineData("var u = [|order.UnderlyingInstrumentId|].Trim();")]
        public Task DereferenceIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("if (order.Symbol != null) { var n = order.Symbol.Length; }")]
        [InlineData("var s = order.Symbol?.ToUpperInvariant();")]
        [InlineData("var n = order.Details?.Count ?? 0;")]
        [InlineData("var d = order.Details is { Count: > 0 } details ? details[0] : null;")]
        [InlineData("var i = (order.InstrumentId ?? \"\").IndexOf('-');")]
        [InlineData("if (order.UnderlyingInstrumentId is { } underlying) { var u = underlying.Trim(); }")]
        public Task DereferenceTwinIsSilent(string body) => Verify(body);

        [Fact]
        public Task ForeachIsFlagged() => Verify("foreach (var detail in [|order.Details|]) { Console.WriteLine(detail); }");

        [Fact]
        public Task ForeachTwinIsSilent() => Verify("foreach (var detail in order.Details ?? Array.Empty<string>()) { Console.WriteLine(detail); }");

        [Theory]
        [InlineData("var date = [|order.ExpiresAt.Value|].Date;")]
        [InlineData("Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("decimal total = [|order.LimitPrice.Value|] * order.Quantity;")]
        [InlineData("var type = [|order.InstrumentType.Value|];")]
        [InlineData("bool extended = [|order.ExtendedHours.Value|];")]
        public Task ValueIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("if (order.ExpiresAt.HasValue) { var date = order.ExpiresAt.Value.Date; }")]
        [InlineData("if (order.AverageFillPrice is decimal price) { Use(price); }")]
        [InlineData("decimal? total = order.LimitPrice * order.Quantity;")]
        [InlineData("if (order.InstrumentType != null) { var type = order.InstrumentType.Value; }")]
        [InlineData("bool extended = order.ExtendedHours ?? false;")]
        public Task ValueTwinIsSilent(string body) => Verify(body);

        [Theory]
        [InlineData("var price = [|(decimal)order.AverageFillPrice|];")]
        [InlineData("var price = [|(double)order.AverageFillPrice|];")]
        [InlineData("var expiry = [|(DateTimeOffset)order.ExpiresAt|];")]
        [InlineData("Use([|(decimal)order.StopPrice|]);")]
        public Task CastIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("var price = (decimal?)order.AverageFillPrice;")]
        [InlineData("var price = (double?)order.AverageFillPrice;")]
        [InlineData("var boxed = (object)order.ExpiresAt;")]
        [InlineData("if (order.StopPrice != null) Use((decimal)order.StopPrice);")]
        public Task CastTwinIsSilent(string body) => Verify(body);

        [Theory]
        [InlineData("var n = [|order.Symbol!|].Length;")]
        [InlineData("string symbol = [|order.Symbol!|];")]
        [InlineData("Use([|order.AverageFillPrice!|].Value);")]
        public Task SuppressionIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("if (order.Symbol is null) return; var n = order.Symbol!.Length;")]
        [InlineData("string symbol = order.Symbol;")]
        public Task SuppressionTwinIsSilent(string body) => Verify(body);

        [Theory]
        [InlineData("var price = [|order.AverageFillPrice.GetValueOrDefault()|];")]
        [InlineData("var expiry = [|order.ExpiresAt.GetValueOrDefault()|];")]
        [InlineData("var offset = [|order.TrailingOffset.GetValueOrDefault()|];")]
        [InlineData("var type = [|order.InstrumentType.GetValueOrDefault()|];")]
        public Task GetValueOrDefaultIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("var price = order.AverageFillPrice.GetValueOrDefault(-1m);")]
        [InlineData("var expiry = order.ExpiresAt.GetValueOrDefault(DateTimeOffset.MaxValue);")]
        [InlineData("var extended = order.ExtendedHours.GetValueOrDefault();")]
        [InlineData("if (order.TrailingOffset.HasValue) { var offset = order.TrailingOffset.GetValueOrDefault(); }")]
        public Task GetValueOrDefaultTwinIsSilent(string body) => Verify(body);

        [Theory]
        [InlineData("var price = decimal.Parse([|order.Symbol|]);")]
        [InlineData("var trimmed = \"x\".Trim([|order.Symbol|].ToCharArray());")]
        [InlineData("var upper = [|order.Symbol|].ToUpper(System.Globalization.CultureInfo.InvariantCulture);")]
        [InlineData("var any = [|order.Details|].Any();")]
        [InlineData("var prices = new Dictionary<string, decimal>(); var p = prices[[|order.Symbol|]];")]
        [InlineData("var path = System.IO.Path.Combine(\"orders\", [|order.InstrumentId|]);")]
        public Task ArgumentThatDoesNotAcceptNullIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("UseAnything(order.Symbol);")]
        [InlineData("Use(order.Symbol); // a parameter declared where the nullable context is off: the analysis cannot tell")]
        [InlineData("Console.WriteLine(order.Symbol);")]
        [InlineData("var same = string.Equals(order.Symbol, \"AAPL\");")]
        [InlineData("var text = \"Symbol: \" + order.Symbol;")]
        [InlineData("var list = new List<string>(); list.Add(order.Symbol);")]
        [InlineData("if (order.Symbol != null) { var price = decimal.Parse(order.Symbol); }")]
        [InlineData("var any = order.Details?.Any() == true;")]
        public Task ArgumentThatAcceptsNullIsSilent(string body) => Verify(body);

        [Theory]
        [InlineData("var px = order.AverageFillPrice; Console.WriteLine(); Use([|px.Value|]);")]
        [InlineData("var symbol = order.Symbol; var n = [|symbol|].Length;")]
        [InlineData("decimal? px; px = order.LimitPrice; var p = [|(decimal)px|];")]
        [InlineData("var px = order.AverageFillPrice; var copy = px; Use([|copy.Value|]);")]
        [InlineData("var upper = order.Symbol?.ToUpperInvariant(); var n = [|upper|].Length;")]
        public Task LocalCopyIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("var px = order.AverageFillPrice; if (px == null) return; Use(px.Value);")]
        [InlineData("var px = order.AverageFillPrice; if (px.HasValue) Use(px.Value);")]
        [InlineData("var symbol = order.Symbol; if (string.IsNullOrEmpty(symbol)) return; var n = symbol.Length;")]
        [InlineData("var px = order.AverageFillPrice; if (order.AverageFillPrice is null) return; Use(px.Value);")]
        [InlineData("var px = order.AverageFillPrice; if (px is null) return; Use(order.AverageFillPrice.Value);")]
        [InlineData("var px = order.AverageFillPrice; px = 0m; Use(px.Value);")]
        [InlineData("if (order.LimitPrice == null) return; var px = order.LimitPrice; Use(px.Value);")]
        [InlineData("var upper = order.Symbol?.ToUpperInvariant(); if (upper != null) { var n = upper.Length; }")]
        public Task LocalCopyTwinIsSilent(string body) => Verify(body);

        [Fact]
        public async Task MessageNamesTheWireNameTheReasonAndTheUse()
        {
            await Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod("Use({|#0:order.AverageFillPrice.Value|});"))
                .WithNullable(false)
                .Expecting(new DiagnosticResult(Rules.NullableOptionalField).WithLocation(0)
                    .WithArguments("'average_fill_price'", "null until the order has a fill", "unwrapped with '.Value' without handling its null"))
                .VerifyAsync();
            await Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod("var px = order.ExpiresAt; Use({|#0:px.GetValueOrDefault()|});"))
                .WithNullable(false)
                .Expecting(new DiagnosticResult(Rules.NullableOptionalField).WithLocation(0)
                    .WithArguments("'px', read from 'expires_at',", "null unless the order is good-till-date", "read with 'GetValueOrDefault()', which turns its null into 0001-01-01"))
                .VerifyAsync();
            await Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod("var p = decimal.Parse({|#0:order.Symbol|});"))
                .WithNullable(false)
                .Expecting(new DiagnosticResult(Rules.NullableOptionalField).WithLocation(0)
                    .WithArguments("'symbol'", "null when the order has no single resolvable instrument", "passed to 's' of 'Decimal.Parse', which does not accept null"))
                .VerifyAsync();
        }

        [Fact]
        public Task OnlyTheNineteenAreChecked() => Verify("""

var id = order.Id.Length;
var venue = order.Venue.ToUpperInvariant();
var account = order.ClientOrderId.Trim();
var filled = order.FilledQuantity;
""");

        [Fact]
        public Task OneDiagnosticPerValueAndPath() => Verify("""

var a = [|order.Symbol|].Length;
var b = order.Symbol.ToUpperInvariant();
Use([|order.LimitPrice.Value|]);
Use(order.LimitPrice.Value);
""");
    }
}
