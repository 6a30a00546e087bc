using System;
using System.Text;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// The one-method shapes of issue 21: one method whose length is multiplied (1×, 10×, 100×), each statement reading a
    /// nullable optional field. Every shape ends in one unchecked <c>.Value</c>, so that each run has exactly one CLST002.
    /// </summary>
    internal static class ScalingShapes
    {
        public static readonly string[] Names = { "pattern", "mixed", "string-pattern", "and-chain" };

        /// <summary>The source of a shape with <paramref name="statements"/> statements in one method.</summary>
        public static string Source(string shape, int statements)
        {
            var body = new StringBuilder();
            switch (shape)
            {
                case "pattern":
                    // The first rows: a declaration pattern per statement (a new variable each time).
                    for (int i = 0; i < statements; i++)
                    {
                        body.Append("        if (order.AverageFillPrice is decimal p").Append(i).Append(") a += p").Append(i).Append(";\n");
                    }

                    break;
                case "mixed":
                    // The last rows: the null-safe forms in turn.
                    for (int i = 0; i < statements; i++)
                    {
                        body.Append(MixedForm(i));
                    }

                    break;
                case "string-pattern":
                    // Pattern variables that can hold null (a string): the analysis tracks more than the first shape.
                    for (int i = 0; i < statements; i++)
                    {
                        body.Append("        if (order.Symbol is string s").Append(i).Append(") n += s").Append(i).Append(".Length;\n");
                    }

                    break;
                case "and-chain":
                    // One condition of `statements` terms.
                    body.Append("        if (order.Symbol != null");
                    for (int i = 1; i < statements; i++)
                    {
                        body.Append(" && order.Symbol != null");
                    }

                    body.Append(") n += order.Symbol.Length;\n");
                    break;
                default:
                    throw new ArgumentException("Unknown shape " + shape + " (one of " + string.Join(", ", Names) + ").");
            }

            return "using Clst.Contracts;\n\nclass Scaled\n{\n    decimal M(Order order)\n    {\n        decimal a = 0m;\n        int n = 0;\n        string s = \"\";\n"
                   + body
                   + "        a += order.AverageFillPrice.Value;\n        return a + n + s.Length;\n    }\n}\n";
        }

        private static string MixedForm(int i) => (i % 6) switch
        {
            0 => "        a += order.AverageFillPrice ?? 0m;\n",
            1 => "        s = order.AverageFillPrice?.ToString() ?? s;\n",
            2 => "        if (order.AverageFillPrice.HasValue) a += order.AverageFillPrice.Value;\n",
            3 => "        if (order.AverageFillPrice != null) a += order.AverageFillPrice.Value;\n",
            4 => "        a += order.AverageFillPrice.GetValueOrDefault(1m);\n",
            _ => "        a += order.AverageFillPrice is { } q" + i + " ? q" + i + " : 0m;\n",
        };
    }
}
