using System;
using System.Text;

namespace Clst.Analyzers.Benchmarks.Scaling
{
    /// <summary>
    /// The one-method shapes of issue 21: one method whose length is multiplied (1×, 10×, 100×). The first four read a
    /// nullable optional field in each statement (CLST002's flow analysis); <c>status-tests</c> and <c>switches</c> give
    /// CLST001 and the enum rules a test or a switch per statement. Every shape ends in one unchecked <c>.Value</c>, so
    /// that each run has exactly one CLST002 (none past the flow graph's bound).
    /// </summary>
    internal static class ScalingShapes
    {
        public static readonly string[] Names = { "pattern", "mixed", "string-pattern", "and-chain", "status-tests", "switches" };

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
                case "status-tests":
                    // CLST001's reading: a status test per statement, every other one grouping PENDING_CANCEL with a
                    // final status (form 1, reported), the others naming only final statuses (silent).
                    for (int i = 0; i < statements; i++)
                    {
                        body.Append(i % 2 == 0
                            ? "        if (order.Status == OrderStatus.Filled || order.Status == OrderStatus.PendingCancel) n++;\n"
                            : "        if (order.Status == OrderStatus.Filled || order.Status == OrderStatus.Canceled) n--;\n");
                    }

                    break;
                case "switches":
                    // The enum rules' reading: a switch statement per statement that leaves members to its default, over
                    // OrderStatus (CLST003) and TimeInForce (CLST004) in turn.
                    for (int i = 0; i < statements; i++)
                    {
                        body.Append(i % 2 == 0
                            ? "        switch (order.Status) { case OrderStatus.Filled: n++; break; default: n--; break; }\n"
                            : "        switch (order.TimeInForce) { case TimeInForce.Day: n++; break; default: throw new System.InvalidOperationException(); }\n");
                    }

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
