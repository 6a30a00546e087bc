using System;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// The flow of the member a block belongs to, for forms 4 and 5: whether the member is within
    /// <see cref="FlowGraphBound"/> (past it, the answer analysis says nothing), and its control flow graph, each worked out
    /// only when first asked (most cancels are judged without the graph: see <see cref="StraightLineReach"/>).
    /// </summary>
    internal sealed class MemberFlow
    {
        private readonly IOperation _block;
        private readonly Func<IOperation, ControlFlowGraph> _buildGraph;
        private bool? _withinBound;

        public MemberFlow(IOperation block, Func<IOperation, ControlFlowGraph> buildGraph)
        {
            _block = block;
            _buildGraph = buildGraph;
        }

        public bool WithinBound => _withinBound ??= FlowGraphBound.Allows(_block);

        /// <summary>The member's graph (the driver's, shared with the other rules), or null past the bound.</summary>
        public ControlFlowGraph? Graph() => WithinBound ? _buildGraph(_block) : null;
    }
}
