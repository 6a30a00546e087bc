using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.Shared
{
    /// <summary>
    /// The size above which no rule asks for a member's control flow graph (issue 21). Roslyn's graph builder grows faster
    /// than the method on very long members (measured in <c>benchmarks/README.md</c>, "Where the superlinear time goes":
    /// 29 ms at 1,000 statements, 145 ms at 4,000, 471 ms at 8,000, 4.7 s at 20,000), so a member past the bound is not
    /// flow-analysed and the rules that need the graph (CLST002, CLST001's answer analysis) say nothing about it: never a
    /// finding they could not check. The bound is in operations, the unit every rule's reading is linear in; a statement of
    /// the usual shapes is 5 to 15 of them, so the bound is some 2,000 to 6,000 statements in one member.
    /// </summary>
    internal static class FlowGraphBound
    {
        /// <summary>The most operations (lambdas and local functions included) a member may hold to be flow-analysed.</summary>
        public const int MaxOperations = 30_000;

        /// <summary>
        /// True when the member <paramref name="block"/> belongs to (the root of its operation tree, whose graph the driver
        /// builds) holds at most <see cref="MaxOperations"/> operations; counting stops past the bound.
        /// </summary>
        public static bool Allows(IOperation block)
        {
            var root = block;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            int count = 0;
            foreach (var _ in root.DescendantsAndSelf())
            {
                if (++count > MaxOperations)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
