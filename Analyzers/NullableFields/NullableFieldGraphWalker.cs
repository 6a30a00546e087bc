using System;
using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// The analysis of one control flow graph for <see cref="NullableFieldFlowAnalysis"/>: a fixed point over the graph's
    /// blocks (what holds at the start of a block is what holds along every branch into it), then one more pass that
    /// reports. This file walks the blocks and the operation trees in them; the other parts of the class read flow captures
    /// and keys (Captures), name the values that may be null (Sources), learn from null tests (NullTests, Patterns), follow
    /// uses and assignments (Uses), and read LINQ queries (Queries).
    /// </summary>
    internal sealed partial class NullableFieldGraphWalker
    {
        private const int MaxRounds = 64;

        private readonly NullableFieldFlowAnalysis _owner;
        private readonly ControlFlowGraph _graph;
        private readonly IMethodSymbol? _lenientOwner;
        private readonly Dictionary<CaptureId, List<IOperation>> _captureValues = new Dictionary<CaptureId, List<IOperation>>();
        private readonly Dictionary<CaptureId, IFlowCaptureReferenceOperation> _conditionalAccessReceivers = new Dictionary<CaptureId, IFlowCaptureReferenceOperation>();
        private readonly Dictionary<CaptureId, ValueKey?> _captureKeys = new Dictionary<CaptureId, ValueKey?>();
        private readonly Dictionary<IOperation, ValueKey?> _keys = new Dictionary<IOperation, ValueKey?>();
        private readonly Func<IFlowCaptureReferenceOperation, ValueKey?> _captureKey;
        private bool _reporting;

        public NullableFieldGraphWalker(NullableFieldFlowAnalysis owner, ControlFlowGraph graph, IMethodSymbol? lenientOwner)
        {
            _owner = owner;
            _graph = graph;
            _lenientOwner = lenientOwner;
            _captureKey = KeyOfCapture;
        }

        public void Walk(NullFlowState entry)
        {
            CollectCaptures();
            var blocks = _graph.Blocks;
            var inStates = new NullFlowState[blocks.Length];
            var outStates = new NullFlowState[blocks.Length];
            for (int i = 0; i < blocks.Length; i++)
            {
                inStates[i] = NullFlowState.Unreached;
                outStates[i] = NullFlowState.Unreached;
            }

            bool changed = true;
            for (int round = 0; changed; round++)
            {
                if (round == MaxRounds)
                {
                    return; // Cannot settle: say nothing rather than something wrong.
                }

                _owner.CancellationToken.ThrowIfCancellationRequested();
                changed = false;
                foreach (var block in blocks)
                {
                    var input = InputOf(block, entry, inStates, outStates);
                    inStates[block.Ordinal] = input;
                    var output = Process(block, input);
                    if (!ReferenceEquals(output, outStates[block.Ordinal]))
                    {
                        _owner.Charge(output.Size);
                        if (!output.Equals(outStates[block.Ordinal]))
                        {
                            outStates[block.Ordinal] = output;
                            changed = true;
                        }
                    }

                    if (_owner.Exhausted)
                    {
                        return; // Past the bound: the member is left alone (see NullableFieldFlowAnalysis).
                    }
                }
            }

            _reporting = true;
            foreach (var block in blocks)
            {
                Process(block, inStates[block.Ordinal]);
                if (_owner.Exhausted)
                {
                    return;
                }
            }

            _owner.AddLocalFunctionsOf(_graph);
        }

        private NullFlowState InputOf(BasicBlock block, NullFlowState entry, NullFlowState[] inStates, NullFlowState[] outStates)
        {
            if (block.Kind == BasicBlockKind.Entry)
            {
                return entry;
            }

            var state = NullFlowState.Unreached;
            foreach (var branch in block.Predecessors)
            {
                state = Meet(state, AlongBranch(branch, outStates[branch.Source.Ordinal]));
            }

            if (HandlerRegionStartingAt(block) is { } tryRegion)
            {
                // An exception can leave the protected code anywhere: what holds throughout it holds in the handler.
                for (int i = tryRegion.FirstBlockOrdinal; i <= tryRegion.LastBlockOrdinal; i++)
                {
                    state = Meet(state, inStates[i]);
                    state = Meet(state, outStates[i]);
                }
            }

            return state;
        }

        private NullFlowState Meet(NullFlowState a, NullFlowState b)
        {
            _owner.Charge(NullFlowState.MeetCost(a, b));
            return NullFlowState.Meet(a, b);
        }

        /// <summary>
        /// True for a fact worth keeping (the state is keyed only by the values that matter): a key that can name a value
        /// that may be null. Not a variable that holds no unchecked field (it is safe without a fact), not a constant,
        /// <c>this</c> or a type, not a value of a type that cannot be null (a pattern's <c>decimal p</c>).
        /// </summary>
        private bool Matters(ValueKey key, NullFlowState state)
        {
            switch (key.Kind)
            {
                case ValueKeyKind.Variable:
                    return key.Symbol != null && state.GetTaint(key.Symbol) != null;
                case ValueKeyKind.Constant:
                case ValueKeyKind.Instance:
                case ValueKeyKind.StaticRoot:
                    return false;
                case ValueKeyKind.Member or ValueKeyKind.Call or ValueKeyKind.Element:
                    return key.Symbol switch
                    {
                        IPropertySymbol property => _owner.FieldOf(property) != null || !Types.CannotBeNull(property.Type),
                        IFieldSymbol field => !Types.CannotBeNull(field.Type),
                        IMethodSymbol method => !Types.CannotBeNull(method.ReturnType),
                        _ => true,
                    };
                default:
                    return true;
            }
        }

        /// <summary>For the first block of a catch, filter or finally region: the region it protects (try and catches); else null.</summary>
        private static ControlFlowRegion? HandlerRegionStartingAt(BasicBlock block)
        {
            for (var region = block.EnclosingRegion; region != null && region.FirstBlockOrdinal == block.Ordinal; region = region.EnclosingRegion)
            {
                if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler
                    or ControlFlowRegionKind.Finally
                    && region.EnclosingRegion is { } parent && parent.NestedRegions.Length > 0)
                {
                    var protectedRegion = parent.NestedRegions[0];
                    if (region.Kind == ControlFlowRegionKind.Finally)
                    {
                        return protectedRegion;
                    }

                    return protectedRegion.Kind == ControlFlowRegionKind.Try ? protectedRegion : null;
                }
            }

            return null;
        }

        private NullFlowState AlongBranch(ControlFlowBranch branch, NullFlowState state)
        {
            var source = branch.Source;
            if (state.IsUnreached || source.BranchValue == null || source.ConditionKind == ControlFlowConditionKind.None)
            {
                return state;
            }

            bool conditionValue = branch.IsConditionalSuccessor
                ? source.ConditionKind == ControlFlowConditionKind.WhenTrue
                : source.ConditionKind == ControlFlowConditionKind.WhenFalse;
            return Assume(state, source.BranchValue, conditionValue);
        }

        private NullFlowState Process(BasicBlock block, NullFlowState state)
        {
            foreach (var operation in block.Operations)
            {
                state = Visit(operation, state);
            }

            if (block.BranchValue != null)
            {
                state = Visit(block.BranchValue, state);
            }

            return state;
        }

        /// <summary>
        /// Visits an operation tree in evaluation order (children first), without recursion (trees can be deep). Each
        /// operation is pushed twice: first to put its children on the stack (last child first, so the first is visited
        /// first), then, once they are done, to visit it. One stack serves every visit of the member's analysis (its graph and
        /// the graphs nested in it): the walk passes over each tree several times, and a stack and a boxed child enumerator
        /// per tree were most of what it allocated. A visit that starts another leaves the stack as it found it.
        /// </summary>
        private NullFlowState Visit(IOperation root, NullFlowState state)
        {
            var stack = _owner.VisitStack;
            int bottom = stack.Count;
            stack.Push((root, false));
            while (stack.Count > bottom)
            {
                var (operation, childrenDone) = stack.Pop();
                if (!childrenDone)
                {
                    if (operation is IFlowAnonymousFunctionOperation lambda)
                    {
                        StartLambda(lambda, state);
                        continue;
                    }

                    stack.Push((operation, true));
                    foreach (var child in operation.ChildOperations.Reverse())
                    {
                        stack.Push((child, false));
                    }

                    continue;
                }

                state = CheckUse(operation, state);
                state = Effects(operation, state);
            }

            return state;
        }

        /// <summary>A lambda starts with what is known where it is created (plus what a <c>Where</c> before it proves of its element).</summary>
        private void StartLambda(IFlowAnonymousFunctionOperation lambda, NullFlowState state)
        {
            if (!_reporting || (lambda.Parent is IConversionOperation conversion && ExemptContexts.IsExpressionTree(conversion.Type)))
            {
                return;
            }

            _owner.Charge(state.Size);
            var entry = state.WithoutCaptures();
            if (!lambda.Symbol.Parameters.IsEmpty && SequenceOfElementLambda(lambda) is { } sequence)
            {
                entry = AddFilterFacts(entry, sequence, lambda.Symbol.Parameters[0]);
            }

            _owner.Enqueue(_graph.GetAnonymousFunctionControlFlowGraph(lambda, _owner.CancellationToken), entry, _lenientOwner);
        }
    }
}
