using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// A member that reads one of the fields once, in straight-line code, is judged without a flow graph
    /// (<see cref="StraightLineRead"/>): flagged when the read is used at once, as the flow analysis flags it. Beside each,
    /// its twin with one read too, where something in the straight line before the use tells the flow analysis that the
    /// value is there or that the use is never reached: a call that assumes a condition (<c>Debug.Assert</c>, a
    /// <c>[DoesNotReturnIf]</c> parameter), a call that never returns, a <c>throw</c>, <c>return</c> or <c>goto</c> before
    /// the use. Those twins must stay silent: they go to the flow analysis.
    /// </summary>
    public class StraightLineTests
    {
        private static Task Verify(string body) => Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body + Helpers)).WithNullable(false).VerifyAsync();

        private const string Helpers = """

    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    static void Fail() => throw new InvalidOperationException();

    static void Ensure([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition) { if (!condition) throw new InvalidOperationException(); }

    static decimal Round(decimal value) => Math.Round(value, 2);

    void Unused()
    {
""";

        [Theory]
        [InlineData("Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("var n = [|order.Details|].Count;")]
        [InlineData("var limit = [|(decimal)order.LimitPrice|];")]
        [InlineData("Console.WriteLine(\"placing\"); Use(Round([|order.StopPrice.Value|]));")]
        [InlineData("var first = [|order.Details|][0]; Console.WriteLine(first);")]
        [InlineData("var created = new Order(); Use([|created.AverageFillPrice.Value|]);")]
        // what the straight line holds before the use proves nothing here: flagged by the flow analysis
        [InlineData("Debug.Assert(order.Status == OrderStatus.PendingCancel); Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("Ensure(order.OrderType == OrderType.Market); Use([|order.LimitPrice.Value|]);")]
        public Task AReadUsedAtOnceIsFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("Debug.Assert(order.Status == OrderStatus.Filled); Use(order.AverageFillPrice.Value);")]
        [InlineData("Ensure(order.OrderType == OrderType.Limit); Use(order.LimitPrice.Value);")]
        [InlineData("Fail(); Use(order.AverageFillPrice.Value);")]
        [InlineData("throw new InvalidOperationException(); Use(order.AverageFillPrice.Value);")]
        [InlineData("return; Use(order.AverageFillPrice.Value);")]
        [InlineData("goto done; Use(order.AverageFillPrice.Value); done: Console.WriteLine();")]
        public Task SomethingBeforeTheUseThatTheFlowAnalysisLearnsFromKeepsItSilent(string body) => Verify(body);

        [Fact]
        public Task AnExpressionBodiedMember() => Verify("""
    }

    decimal Limit(Order order) => [|(decimal)order.LimitPrice|];

    decimal Filled(Order order) => order.Status == OrderStatus.Filled ? order.AverageFillPrice.Value : 0m;

    void Unused2()
    {
""");
    }
}
