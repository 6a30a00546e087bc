using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// The size above which no rule asks for a member's control flow graph (issue 21). Roslyn's graph builder grows faster
    /// than the member with the number of its statements, how much faster depending on what they are (measured in
    /// <c>benchmarks/README.md</c>, "Where the superlinear time goes": a switch statement each, 26 ms at 500 statements,
    /// 262 ms at 2,000, 831 ms at 4,000; a declaration pattern each, 29 ms at 1,000, 471 ms at 8,000, 4.7 s at 20,000),
    /// while it stays about linear in the size of one expression (a 50,000-term <c>&amp;&amp;</c> chain: 1.2 s, against
    /// 26 s for the compiler alone). So a member of more statements than the bound is not flow-analysed, and the rules that
    /// need the graph (CLST002, CLST001's answer analysis) say nothing about it: never a finding they could not check.
    /// </summary>
    internal static class FlowGraphBound
    {
        /// <summary>
        /// The most statements (operations directly inside a block, in the member and its lambdas and local functions) a
        /// member may hold to be flow-analysed.
        /// </summary>
        public const int MaxStatements = 2_000;

        /// <summary>True when <paramref name="operation"/> is one of the statements <see cref="MaxStatements"/> counts.</summary>
        public static bool IsStatement(IOperation operation) => operation.Parent is { Kind: OperationKind.Block };

        /// <summary>
        /// True when the member <paramref name="block"/> belongs to (the root of its operation tree, whose graph the driver
        /// builds) holds at most <see cref="MaxStatements"/> statements; counting stops past the bound.
        /// </summary>
        public static bool Allows(IOperation block)
        {
            var root = block;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            int statements = 0;
            using (var walk = new OperationWalk(root))
            {
                while (walk.Next(out var operation))
                {
                    if (IsStatement(operation) && ++statements > MaxStatements)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
