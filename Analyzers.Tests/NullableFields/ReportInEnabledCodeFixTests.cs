using System.Threading.Tasks;
using Clst.Analyzers.CodeFixes.NullableFields;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// The fixes on what <c>clst.nullable_fields.report_in_enabled_code = true</c> reports in nullable-enabled code: full
    /// before/after text, Fix All in document, project and solution (the testing library runs each), and the fixed code
    /// compiles without the compiler's nullable warnings that stood beside each diagnostic.
    /// </summary>
    public class ReportInEnabledCodeFixTests
    {
        private static ClstTest<NullableOptionalFieldAnalyzer, TFix> Fix<TFix>(string before, string after, string key)
            where TFix : CodeFixProvider, new()
        {
            var test = Rule<NullableOptionalFieldAnalyzer, TFix>.On(Code.InMethod(before)).FixesTo(Code.InMethod(after))
                .WithCodeAction(key).WithNullable(true).WithEditorConfig("clst.nullable_fields.report_in_enabled_code = true");
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            return test;
        }

        [Fact]
        public Task GuardFixesEachFormAndFixAllFixesThemAll() => Fix<NullableFieldGuardCodeFixProvider>("""
        Console.WriteLine({|CLST002:{|CS8629:order.AverageFillPrice|}.Value|} * order.FilledQuantity);
        Use({|CLST002:{|CS8629:(decimal)order.LimitPrice|}|});
        Console.WriteLine({|CLST002:{|CS8602:order.Symbol|}|}.ToUpper());
        foreach (var detail in {|CLST002:{|CS8602:order.Details|}|})
        {
            Console.WriteLine(detail);
        }
""", """
        if (order.AverageFillPrice is { } averageFillPrice)
        {
            Console.WriteLine(averageFillPrice * order.FilledQuantity);
        }
        if (order.LimitPrice is { } limitPrice)
        {
            Use(limitPrice);
        }
        if (order.Symbol is { } symbol)
        {
            Console.WriteLine(symbol.ToUpper());
        }
        if (order.Details is { } details)
        {
            foreach (var detail in details)
            {
                Console.WriteLine(detail);
            }
        }
""", NullableFieldFixes.Guard).VerifyAsync();

        [Fact]
        public Task GuardFixAllPutsTwoValuesOfOneStatementInOneIf()
        {
            var test = Fix<NullableFieldGuardCodeFixProvider>(
                "        Use({|CLST002:{|CS8629:order.LimitPrice|}.Value|} - {|CLST002:{|CS8629:(decimal)order.StopPrice|}|});",
                """
        if (order.LimitPrice is { } limitPrice)
        {
            if (order.StopPrice is { } stopPrice)
            {
                Use(limitPrice - stopPrice);
            }
        }
""",
                NullableFieldFixes.Guard);
            test.BatchFixedCode = Code.InMethod("""
        if (order.LimitPrice is { } limitPrice && order.StopPrice is { } stopPrice)
        {
            Use(limitPrice - stopPrice);
        }
""");
            return test.VerifyAsync();
        }

        [Fact]
        public Task ConditionalAccessFixesADereferenceAndFixAllFixesThemAll() => Fix<NullableFieldInlineCodeFixProvider>("""
        var upper = {|CLST002:{|CS8602:order.Symbol|}|}.ToUpper();
        var first = {|CLST002:{|CS8602:order.Details|}|}[0];
        UseAnything(upper + first);
""", """
        var upper = order.Symbol?.ToUpper();
        var first = order.Details?[0];
        UseAnything(upper + first);
""", NullableFieldFixes.Conditional).VerifyAsync();

        [Fact]
        public Task CoalesceFixesValueCastAndEnumerationAndFixAllFixesThemAll() => Fix<NullableFieldInlineCodeFixProvider>("""
        Use({|CLST002:{|CS8629:order.AverageFillPrice|}.Value|});
        var limit = {|CLST002:{|CS8629:(decimal)order.LimitPrice|}|};
        foreach (var detail in {|CLST002:{|CS8602:order.Details|}|})
        {
            Use(detail + limit);
        }
""", """
        Use(order.AverageFillPrice ?? 0m);
        var limit = order.LimitPrice ?? 0m;
        foreach (var detail in order.Details ?? Array.Empty<string>())
        {
            Use(detail + limit);
        }
""", NullableFieldFixes.Coalesce).VerifyAsync();
    }
}
