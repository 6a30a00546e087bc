using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// A member whose every read of a nullable field ends at once in something that copes with null is not flow-analysed
    /// at all (its graph is not built). These hold the boundary: reads that end safely stay silent, and a value that such a
    /// form passes on (a <c>?.</c> result) is still followed, and a read that does not end safely still brings the analysis.
    /// </summary>
    public class SafeReadTests
    {
        private static Task Verify(string body) => Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body)).WithNullable(false).VerifyAsync();

        [Theory]
        [InlineData("var n = order.Symbol?.Length ?? 0;")]
        [InlineData("var s = order.Symbol ?? \"?\";")]
        [InlineData("var known = order.LimitPrice > 0m || order.StopPrice == null;")]
        [InlineData("var text = $\"{order.Symbol} @ {order.LimitPrice}\";")]
        [InlineData("var text = \"limit \" + order.LimitPrice;")]
        [InlineData("var set = order.ExpiresAt.HasValue && order.Details is { Count: > 0 };")]
        [InlineData("var px = order.AverageFillPrice.GetValueOrDefault(1m);")]
        [InlineData("var blank = string.IsNullOrWhiteSpace(order.Symbol);")]
        public Task ReadsThatEndSafelyAreSilent(string body) => Verify(body);

        [Theory]
        [InlineData("var n = ([|order.Symbol?.Trim()|]).Length;")]
        [InlineData("var count = order.Details?.Count; var n = [|count.Value|];")]
        [InlineData("var s = (order.Symbol ?? order.InstrumentId); var n = [|order.InstrumentId|].Length;")]
        [InlineData("var s = order.Symbol?.Trim(); var text = \"x\" + s; var n = [|s|].Length;")]
        public Task ValuesPassedOnAreStillFollowed(string body) => Verify(body);
    }
}
