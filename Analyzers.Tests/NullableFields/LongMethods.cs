using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Clst.Analyzers.NullableFields;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Tests.NullableFields
{
    /// <summary>
    /// Long methods for the bound and scaling tests (issue 21): a method <c>M(Order order)</c> of many statements, and a
    /// direct run of <see cref="NullableFieldFlowAnalysis"/> over it with a chosen bound, giving its findings and its work.
    /// </summary>
    internal static class LongMethods
    {
        /// <summary><c>M(Order order)</c> with <paramref name="statements"/> (indented) and a last unchecked <c>.Value</c>.</summary>
        public static string Method(IEnumerable<string> statements)
        {
            var body = new StringBuilder();
            foreach (var statement in statements)
            {
                body.Append("        ").Append(statement).Append('\n');
            }

            return "using System.Linq;\nusing Clst.Contracts;\n\nclass C\n{\n    decimal M(Order order, Order[] orders)\n    {\n        decimal a = 0m;\n        int n = 0;\n        string s = \"\";\n"
                   + body
                   + "        a += order.AverageFillPrice.Value;\n        return a + n + s.Length;\n    }\n}\n";
        }

        /// <summary>The first shape: a declaration pattern per statement.</summary>
        public static IEnumerable<string> Patterns(int count)
            => Enumerable.Range(0, count).Select(i => $"if (order.AverageFillPrice is decimal p{i}) a += p{i};");

        /// <summary>The second shape: the null-safe forms in turn.</summary>
        public static IEnumerable<string> Mixed(int count)
            => Enumerable.Range(0, count).Select(i => (i % 6) switch
            {
                0 => "a += order.AverageFillPrice ?? 0m;",
                1 => "s = order.AverageFillPrice?.ToString() ?? s;",
                2 => "if (order.AverageFillPrice.HasValue) a += order.AverageFillPrice.Value;",
                3 => "if (order.AverageFillPrice != null) a += order.AverageFillPrice.Value;",
                4 => "a += order.AverageFillPrice.GetValueOrDefault(1m);",
                _ => $"a += order.AverageFillPrice is {{ }} q{i} ? q{i} : 0m;",
            });

        /// <summary>Pattern variables that can hold null, and checked copies: more for the analysis to track.</summary>
        public static IEnumerable<string> Copies(int count)
            => Enumerable.Range(0, count).Select(i => i % 2 == 0
                ? $"if (order.Symbol is string s{i}) n += s{i}.Length;"
                : $"var c{i} = order.Symbol; if (c{i} != null) n += c{i}.Length;");

        /// <summary>Runs CLST002's flow analysis over <c>M</c> of <paramref name="source"/> with the bound <paramref name="workBudget"/>.</summary>
        public static (List<NullableFieldFinding> Findings, long Work, bool Completed) Analyse(string source, long workBudget)
        {
            var compilation = AnalyzerRunner.Compile(new[] { source }, isProgram: false, NullableContextOptions.Disable);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var recognizer = ContractRecognizer.TryGet(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
            Assert.NotNull(recognizer);
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "M");
            var body = Assert.IsAssignableFrom<IMethodBodyOperation>(model.GetOperation(method));
            var findings = new List<NullableFieldFinding>();
            var analysis = new NullableFieldFlowAnalysis(
                model, recognizer!.GetNullableOrderField, recognizer.GetFieldsPresentWhen, findings.Add, CancellationToken.None, workBudget);
            bool completed = analysis.Run(body, ControlFlowGraph.Create(body));
            return (findings, analysis.Work, completed);
        }

        /// <summary>The text of each finding's use, in source order.</summary>
        public static string[] Uses(IEnumerable<NullableFieldFinding> findings)
            => findings.OrderBy(f => f.Use.Location.Span.Start).Select(f => f.Use.Location.Span + " " + f.Field.WireName).ToArray();
    }
}
