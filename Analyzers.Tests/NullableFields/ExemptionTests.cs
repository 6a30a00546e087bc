using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// Reads that are not flagged: inside <c>nameof</c> (never evaluated), expression trees (translated by a query
    /// provider), string interpolation and logging calls (only displayed). In the last two, the forms that throw are
    /// still flagged: a log line that throws still crashes the caller.
    /// </summary>
    public class ExemptionTests
    {
        private const string LoggingStub = """

namespace Microsoft.Extensions.Logging
{
    public interface ILogger { void Log(string message, params object?[] args); }
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string? message, params object?[] args) => logger.Log(message ?? "", args);
    }
}
""";

        private static Task Verify(string body, string parameters = "Order order")
            => Rule<NullableOptionalFieldAnalyzer>.On("using Microsoft.Extensions.Logging;\n" + Code.InMethod(body, parameters)).WithSource(LoggingStub).WithNullable(false).VerifyAsync();

        [Theory]
        [InlineData("var name = nameof(order.Symbol.Length);")]
        [InlineData("var name = nameof(Order.AverageFillPrice.Value);")]
        public Task NameOf(string body) => Verify(body);

        [Theory]
        [InlineData("System.Linq.Expressions.Expression<Func<Order, decimal>> price = o => o.AverageFillPrice.Value;")]
        [InlineData("System.Linq.Expressions.Expression<Func<Order, int>> length = o => o.Symbol.Length + (int)o.LimitPrice;")]
        [InlineData("var query = new List<Order>().AsQueryable().Where(o => o.Symbol.StartsWith(\"A\")).Select(o => o.ExpiresAt.Value);")]
        public Task ExpressionTrees(string body) => Verify(body);

        [Theory]
        [InlineData("var text = $\"{order.Symbol} at {order.AverageFillPrice}\";")]
        [InlineData("var text = $\"{order.Symbol!} at {order.AverageFillPrice.GetValueOrDefault()}\";")]
        [InlineData("var text = $\"expires {order.ExpiresAt:O}\";")]
        public Task StringInterpolation(string body) => Verify(body);

        [Theory]
        [InlineData("var text = $\"{[|order.Symbol|].Length} chars\";")]
        [InlineData("var text = $\"expires {[|order.ExpiresAt.Value|].Date}\";")]
        public Task WhatThrowsInsideAnInterpolationIsStillFlagged(string body) => Verify(body);

        [Theory]
        [InlineData("logger.LogInformation(\"{Symbol} filled at {Price}\", order.Symbol, order.AverageFillPrice);")]
        [InlineData("logger.LogInformation(\"{Symbol} filled at {Price}\", order.Symbol!, order.AverageFillPrice.GetValueOrDefault());")]
        [InlineData("logger.Log(\"{Price}\", order.AverageFillPrice.GetValueOrDefault());")]
        [InlineData("Debug.WriteLine(order.Symbol!);")]
        [InlineData("Trace.WriteLine(order.LimitPrice.GetValueOrDefault());")]
        public Task Logging(string body) => Verify(body, "Order order, Microsoft.Extensions.Logging.ILogger logger");

        [Theory]
        [InlineData("logger.LogInformation(\"{Length}\", [|order.Symbol|].Length);")]
        [InlineData("logger.LogInformation(\"{Price}\", [|order.AverageFillPrice.Value|]);")]
        [InlineData("Console.WriteLine([|order.AverageFillPrice.GetValueOrDefault()|]); // Console is not logging: a report of 0")]
        public Task WhatThrowsInsideALogCallIsStillFlagged(string body) => Verify(body, "Order order, Microsoft.Extensions.Logging.ILogger logger");
    }
}
