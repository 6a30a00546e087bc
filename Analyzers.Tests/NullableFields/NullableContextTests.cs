using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// With the nullable context enabled the compiler already warns on plain dereferences (CS8602), arguments (CS8604) and
    /// <c>.Value</c> / casts (CS8629): CLST002 stays silent there (never a second warning at the same place) and
    /// reports only what the compiler does not. These tests check the compiler's warnings too.
    /// </summary>
    public class NullableContextTests
    {
        private static Task VerifyWithNullableEnabled(string body)
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body)).WithNullable(true);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }

        [Theory]
        [InlineData("var n = {|CS8602:order.Symbol|}.Length;")]
        [InlineData("var s = {|CS8602:order.Symbol|}.ToUpperInvariant();")]
        [InlineData("var d = {|CS8602:order.Details|}[0];")]
        [InlineData("foreach (var detail in {|CS8602:order.Details|}) { }")]
        [InlineData("var date = {|CS8629:order.ExpiresAt|}.Value.Date;")]
        [InlineData("var price = {|CS8629:(decimal)order.AverageFillPrice|};")]
        [InlineData("var expiry = {|CS8629:(DateTimeOffset)order.ExpiresAt|};")]
        [InlineData("var price = {|CS8629:(double)order.AverageFillPrice|};")]
        [InlineData("var price = {|CS8629:(int)order.LimitPrice|};")]
        [InlineData("var price = decimal.Parse({|CS8604:order.Symbol|});")]
        [InlineData("Use({|CS8604:order.Symbol|});")]
        [InlineData("var px = order.AverageFillPrice; Use({|CS8629:px|}.Value);")]
        [InlineData("var symbol = order.Symbol; var n = {|CS8602:symbol|}.Length;")]
        public Task WhatTheCompilerReportsIsLeftToIt(string body) => VerifyWithNullableEnabled(body);

        [Theory]
        [InlineData("var n = {|CLST002:order.Symbol!|}.Length;")]
        [InlineData("string symbol = {|CLST002:order.Symbol!|};")]
        [InlineData("var price = {|CLST002:order.AverageFillPrice.GetValueOrDefault()|};")]
        [InlineData("var expiry = {|CLST002:order.ExpiresAt.GetValueOrDefault()|};")]
        [InlineData("var px = order.AverageFillPrice; Use({|CLST002:px!|}.Value);")]
        public Task WhatTheCompilerDoesNotReportIsFlagged(string body) => VerifyWithNullableEnabled(body);

        [Theory]
        [InlineData("if (order.Symbol is null) return; var n = order.Symbol!.Length;")]
        [InlineData("var price = order.AverageFillPrice.GetValueOrDefault(-1m);")]
        [InlineData("if (order.AverageFillPrice > 0) { var price = (double)order.AverageFillPrice; }")]
        [InlineData("var price = (double?)order.AverageFillPrice;")]
        public Task TheirTwinsAreSilent(string body) => VerifyWithNullableEnabled(body);

        [Fact]
        public Task NullableDisableRegionInAnEnabledProject()
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.Usings + """

class C
{
    int Enabled(Order order) => {|CS8602:order.Symbol|}.Length;

#nullable disable
    int Disabled(Order order) => [|order.Symbol|].Length;
#nullable restore

    int EnabledAgain(Order order) => {|CS8602:order.Symbol|}.Length;
}
""").WithNullable(true);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }

        [Fact]
        public Task NullableEnableRegionInADisabledProject()
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.Usings + """

class C
{
    int Disabled(Order order) => [|order.Symbol|].Length;

#nullable enable
    int Enabled(Order order) => {|CS8602:order.Symbol|}.Length;
    decimal Forced(Order order) => [|order.AverageFillPrice!|].Value;
#nullable restore

    decimal Cast(Order order) => [|(decimal)order.AverageFillPrice|];
}
""").WithNullable(false);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }

        [Fact]
        public Task AnnotationsWithoutWarningsAreLeftToCLST002()
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.Usings + """

#nullable enable annotations
class C
{
    int Length(Order order) => [|order.Symbol|].Length;
}
""").WithNullable(false);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }

        [Fact]
        public Task AnObliviousModelIsCheckedInEnabledCode()
        {
            // A hand-written model declared with the nullable context off: the compiler cannot warn on its properties.
            var test = Rule<NullableOptionalFieldAnalyzer>.On("""

#nullable enable
using Legacy;
class C
{
    int Length(Order order) => [|order.Symbol|].Length;
    decimal Price(Order order) => {|CS8629:order.AverageFillPrice|}.Value; // nullable value types are always the compiler's
}
""").WithoutShippedModel().WithSource("""

#nullable disable
namespace Legacy
{
    public enum OrderStatus { PendingNew, New, PartiallyFilled, Filled, Canceled, Rejected, Expired, PendingCancel, PendingReplace, Replaced, DoneForDay, Stopped, Suspended, Calculated, Other }
    public class Order
    {
        public string Id { get; set; }
        public OrderStatus Status { get; set; }
        public decimal Quantity { get; set; }
        public decimal FilledQuantity { get; set; }
        public decimal LeavesQuantity { get; set; }
        public string Symbol { get; set; }
        public decimal? AverageFillPrice { get; set; }
    }
}
""").WithNullable(true);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }
    }
}
