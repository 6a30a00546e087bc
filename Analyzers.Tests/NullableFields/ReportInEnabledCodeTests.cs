using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// <c>clst.nullable_fields.report_in_enabled_code = true</c>: where the compiler's nullable warnings are on, CLST002
    /// also reports what the compiler reports (CS8602, CS8604, CS8629) — beside the compiler's warning, with the contract's
    /// reason — so that a build gated on the contract's rules alone catches it. Off (the default), nothing changes; in
    /// disabled code the option changes nothing. The compiler's warnings are checked too.
    /// </summary>
    public class ReportInEnabledCodeTests
    {
        private const string On = "clst.nullable_fields.report_in_enabled_code = true";
        private const string Off = "clst.nullable_fields.report_in_enabled_code = false";

        private static Task VerifyEnabled(string body, string option)
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body)).WithNullable(true).WithEditorConfig(option);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }

        /// <summary>Each use that the compiler reports, flagged by CLST002 too when the option is on.</summary>
        public static IEnumerable<object[]> ReportedByTheCompiler() => new[]
        {
            new object[] { "Use({|CLST002:{|CS8629:order.AverageFillPrice|}.Value|});" },
            new object[] { "var date = {|CLST002:{|CS8629:order.ExpiresAt|}.Value|}.Date;" },
            new object[] { "var price = {|CLST002:{|CS8629:(decimal)order.AverageFillPrice|}|};" },
            new object[] { "var price = {|CLST002:{|CS8629:(double)order.LimitPrice|}|};" },
            new object[] { "var upper = {|CLST002:{|CS8602:order.Symbol|}|}.ToUpper();" },
            new object[] { "var n = {|CLST002:{|CS8602:order.Details|}|}.Count;" },
            new object[] { "foreach (var detail in {|CLST002:{|CS8602:order.Details|}|}) { Use(detail); }" },
            new object[] { "var id = decimal.Parse({|CLST002:{|CS8604:order.InstrumentId|}|});" },
            new object[] { "var px = order.AverageFillPrice; Use({|CLST002:{|CS8629:px|}.Value|});" },
        };

        [Theory]
        [MemberData(nameof(ReportedByTheCompiler))]
        public Task WithTheOptionOnTheyAreFlaggedBesideTheCompiler(string body) => VerifyEnabled(body, On);

        [Theory]
        [MemberData(nameof(ReportedByTheCompiler))]
        public Task WithTheOptionOffTheSameCodeIsLeftToTheCompiler(string body) => VerifyEnabled(WithoutClst002(body), Off);

        [Theory]
        [MemberData(nameof(ReportedByTheCompiler))]
        public Task WithoutTheOptionTheSameCodeIsLeftToTheCompiler(string body)
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(WithoutClst002(body))).WithNullable(true);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }

        [Theory]
        [InlineData("if (order.AverageFillPrice is { } price) Use(price);")]
        [InlineData("if (order.ExpiresAt.HasValue) { var date = order.ExpiresAt.Value.Date; }")]
        [InlineData("if (order.AverageFillPrice != null) { var price = (decimal)order.AverageFillPrice; }")]
        [InlineData("var price = (double?)order.LimitPrice;")]
        [InlineData("var upper = order.Symbol?.ToUpper();")]
        [InlineData("if (order.Symbol is null) return; var upper = order.Symbol.ToUpper();")]
        [InlineData("var n = order.Details?.Count ?? 0;")]
        [InlineData("foreach (var detail in order.Details ?? Array.Empty<string>()) { Use(detail); }")]
        [InlineData("if (order.InstrumentId is { } instrumentId) { var id = decimal.Parse(instrumentId); }")]
        [InlineData("var px = order.AverageFillPrice; if (px is null) return; Use(px.Value);")]
        public Task WithTheOptionOnTheirNullHandledTwinsAreSilent(string body) => VerifyEnabled(body, On);

        [Fact]
        public Task WithTheOptionOnAFactOfTheContractStillCountsWhereTheCompilerDoesNotKnowIt()
            // The compiler knows nothing of order types: its warning stays, CLST002 takes the contract's word.
            => VerifyEnabled("if (order.OrderType == OrderType.Limit) Use({|CS8629:order.LimitPrice|}.Value);", On);

        [Fact]
        public Task WithTheOptionOnTheFormsCLST002AlwaysReportsAreReportedOnce() => VerifyEnabled("""
var n = {|CLST002:order.Symbol!|}.Length;
var price = {|CLST002:order.AverageFillPrice.GetValueOrDefault()|};
var limit = order.LimitPrice.GetValueOrDefault(-1m);
""", On);

        [Fact]
        public async Task WithTheOptionOnTheMessageIsTheOneOfDisabledCode()
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod("Use({|#0:{|CS8629:order.AverageFillPrice|}.Value|});"))
                .WithNullable(true).WithEditorConfig(On)
                .Expecting(new DiagnosticResult(Rules.NullableOptionalField).WithLocation(0)
                    .WithArguments("'average_fill_price'", "null until the order has a fill", "unwrapped with '.Value' without handling its null"));
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            await test.VerifyAsync();
        }

        [Theory]
        [InlineData("var upper = [|order.Symbol|].ToUpper();")]
        [InlineData("Use([|order.AverageFillPrice.Value|]);")]
        [InlineData("var price = [|(decimal)order.AverageFillPrice|];")]
        [InlineData("foreach (var detail in [|order.Details|]) { Use(detail); }")]
        [InlineData("var n = [|order.Symbol!|].Length;")]
        public Task InDisabledCodeTheOptionChangesNothing(string body)
            => Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body)).WithNullable(false).WithEditorConfig(On).VerifyAsync();

        [Theory]
        [InlineData("var upper = order.Symbol?.ToUpper();")]
        [InlineData("if (order.AverageFillPrice.HasValue) Use(order.AverageFillPrice.Value);")]
        [InlineData("var price = order.AverageFillPrice ?? 0m;")]
        [InlineData("foreach (var detail in order.Details ?? Array.Empty<string>()) { Use(detail); }")]
        public Task InDisabledCodeTheTwinsStaySilentWithTheOption(string body)
            => Rule<NullableOptionalFieldAnalyzer>.On(Code.InMethod(body)).WithNullable(false).WithEditorConfig(On).VerifyAsync();

        [Fact]
        public Task TheOptionFollowsTheNullableContextOfEachUse()
        {
            var test = Rule<NullableOptionalFieldAnalyzer>.On(Code.Usings + """

class C
{
    int Enabled(Order order) => {|CLST002:{|CS8602:order.Symbol|}|}.Length;

#nullable disable
    int Disabled(Order order) => [|order.Symbol|].Length;
#nullable restore

#nullable disable warnings
    int WarningsOff(Order order) => [|order.Symbol|].Length;
#nullable restore

    int Handled(Order order) => order.Symbol?.Length ?? 0;
}
""").WithNullable(true).WithEditorConfig(On);
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test.VerifyAsync();
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("TRUE", true)]
        [InlineData("yes", true)]
        [InlineData("1", true)]
        [InlineData("false", false)]
        [InlineData("no", false)]
        [InlineData("maybe", false)]
        public Task TheOptionIsABoolean(string value, bool reports)
        {
            string body = reports
                ? "var upper = {|CLST002:{|CS8602:order.Symbol|}|}.ToUpper();"
                : "var upper = {|CS8602:order.Symbol|}.ToUpper();";
            return VerifyEnabled(body, "clst.nullable_fields.report_in_enabled_code = " + value);
        }

        /// <summary>The markup without its CLST002 spans (the compiler's spans stay): what the option off must report.</summary>
        private static string WithoutClst002(string markup)
        {
            var text = new StringBuilder();
            var open = new Stack<bool>();
            for (int i = 0; i < markup.Length; i++)
            {
                if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
                {
                    int colon = markup.IndexOf(':', i);
                    bool ours = markup.Substring(i + 2, colon - i - 2) == "CLST002";
                    open.Push(ours);
                    if (ours)
                    {
                        i = colon;
                        continue;
                    }
                }
                else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
                {
                    if (open.Pop())
                    {
                        i++;
                        continue;
                    }
                }

                text.Append(markup[i]);
            }

            Assert.DoesNotContain("CLST002", text.ToString());
            return text.ToString();
        }
    }
}
