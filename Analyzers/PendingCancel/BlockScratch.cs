using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// The collections one member's walk fills (see <see cref="BlockAnalysis"/>), kept per thread and cleared for the next
    /// member. A relevant member used to allocate seven collections, grown from empty: about an eighth of the rule's
    /// allocation in the benchmark's build, which measures each fresh page as a page fault.
    /// </summary>
    /// <remarks>
    /// Rented and returned around one block: nothing keeps a reference past <see cref="Return"/>, which also lets go of the
    /// operations (the lists are cleared, not dropped), so no compilation is held alive by a thread's copy. A rent made while
    /// the thread's copy is out (never expected: member analyses do not nest) gets a new one.
    /// </remarks>
    internal sealed class BlockScratch
    {
        /// <summary>Past this many entries a list is not kept for the next member: one huge member does not pin its memory.</summary>
        private const int MaxKeptCapacity = 4096;

        [System.ThreadStatic]
        private static BlockScratch? t_free;

        public readonly List<IOperation> CandidateTests = new List<IOperation>();
        public readonly List<ISwitchExpressionOperation> SwitchExpressions = new List<ISwitchExpressionOperation>();
        public readonly List<ISwitchOperation> SwitchStatements = new List<ISwitchOperation>();
        public readonly List<IBlockOperation> Bodies = new List<IBlockOperation>();
        public readonly List<IOperation> Collections = new List<IOperation>();
        public readonly List<IInvocationOperation> Cancels = new List<IInvocationOperation>();
        public readonly PendingCancelPositions PendingCancels = new PendingCancelPositions();

        public static BlockScratch Rent()
        {
            var scratch = t_free;
            if (scratch == null)
            {
                return new BlockScratch();
            }

            t_free = null;
            return scratch;
        }

        public void Return()
        {
            // Lists only grow during a walk, so each one's count here is the most it held (and the array it keeps).
            if (CandidateTests.Count > MaxKeptCapacity || SwitchExpressions.Count > MaxKeptCapacity || SwitchStatements.Count > MaxKeptCapacity
                || Bodies.Count > MaxKeptCapacity || Collections.Count > MaxKeptCapacity || Cancels.Count > MaxKeptCapacity
                || PendingCancels.Count > MaxKeptCapacity)
            {
                return;
            }

            CandidateTests.Clear();
            SwitchExpressions.Clear();
            SwitchStatements.Clear();
            Bodies.Clear();
            Collections.Clear();
            Cancels.Clear();
            PendingCancels.Clear();
            t_free = this;
        }
    }
}
