using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Which code the normal flow reaches from the cancel call (exceptions and catch blocks left out).</summary>
    internal sealed class Reachability
    {
        private readonly Dictionary<SyntaxNode, int> _blockOf = new Dictionary<SyntaxNode, int>();
        private readonly HashSet<int> _reached = new HashSet<int>();
        private readonly int _start = -1;
        private readonly int _startPosition;

        public Reachability(ControlFlowGraph graph, SyntaxNode from, HashSet<SyntaxNode> targets)
        {
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    Index(operation, block.Ordinal, targets);
                }

                if (block.BranchValue != null)
                {
                    Index(block.BranchValue, block.Ordinal, targets);
                }
            }

            _startPosition = from.SpanStart;
            if (!_blockOf.TryGetValue(from, out _start))
            {
                _start = -1;
                return;
            }

            var pending = new Stack<BasicBlock>();
            pending.Push(graph.Blocks[_start]);
            var seen = new HashSet<int>();
            while (pending.Count > 0)
            {
                var block = pending.Pop();
                foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    var destination = branch?.Destination;
                    if (destination != null && seen.Add(destination.Ordinal))
                    {
                        _reached.Add(destination.Ordinal);
                        pending.Push(destination);
                    }
                }
            }
        }

        private void Index(IOperation operation, int ordinal, HashSet<SyntaxNode> targets)
        {
            if (!operation.Syntax.Span.IntersectsWith(Span(targets)))
            {
                return;
            }

            foreach (var inner in operation.DescendantsAndSelf())
            {
                if (!inner.IsImplicit && targets.Contains(inner.Syntax) && !_blockOf.ContainsKey(inner.Syntax))
                {
                    _blockOf.Add(inner.Syntax, ordinal);
                }
            }
        }

        private TextSpan? _span;

        /// <summary>The span that covers every target: operations outside it need no look.</summary>
        private TextSpan Span(HashSet<SyntaxNode> targets)
        {
            if (_span == null)
            {
                int start = int.MaxValue, end = 0;
                foreach (var target in targets)
                {
                    start = Math.Min(start, target.SpanStart);
                    end = Math.Max(end, target.Span.End);
                }

                _span = TextSpan.FromBounds(start, Math.Max(start, end));
            }

            return _span.Value;
        }

        public bool Reaches(SyntaxNode target)
        {
            if (_start < 0 || !_blockOf.TryGetValue(target, out int block))
            {
                return false;
            }

            return _reached.Contains(block) || (block == _start && target.SpanStart > _startPosition);
        }
    }
}
