using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>A use of a nullable optional field that nothing before it handles.</summary>
    internal sealed class NullableFieldFinding
    {
        public NullableFieldFinding(NullableUse use, NullableOrderField field, bool compilerTracks, string? throughVariable)
        {
            Use = use;
            Field = field;
            CompilerTracks = compilerTracks;
            ThroughVariable = throughVariable;
        }

        public NullableUse Use { get; }

        public NullableOrderField Field { get; }

        /// <summary>True when the compiler's own nullable analysis knows the value may be null (a nullable value type, or an annotated reference).</summary>
        public bool CompilerTracks { get; }

        /// <summary>The local the value went through (<c>var px = order.AverageFillPrice; ... px.Value</c>), or null.</summary>
        public string? ThroughVariable { get; }
    }

    /// <summary>
    /// CLST002's own flow analysis over a method body's control flow graph (and the graphs of its lambdas and local
    /// functions): it tracks which values are known not to be null and which locals hold an unchecked nullable optional
    /// field, and reports each use that throws or hides the null while the value may still be null. It is conservative:
    /// a check of the same path (or of a local copy) anywhere that dominates the use counts, even if a call in between
    /// could have changed the property; a value it cannot follow is never reported through a variable.
    /// </summary>
    internal sealed class NullableFieldFlowAnalysis
    {
        private const int MaxRounds = 64;

        /// <summary>The LINQ methods that keep the elements of their source (so that a <c>Where</c> before them still holds).</summary>
        private static readonly ImmutableHashSet<string> s_elementPreserving = ImmutableHashSet.Create(
            "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Take", "Skip", "TakeLast", "SkipLast",
            "TakeWhile", "SkipWhile", "Distinct", "DistinctBy", "Reverse", "AsEnumerable", "ToList", "ToArray", "ToHashSet");

        private readonly SemanticModel _model;
        private readonly Func<IPropertySymbol, NullableOrderField?> _fieldOf;
        private readonly Func<IPropertySymbol, IFieldSymbol, ImmutableArray<IPropertySymbol>> _presentWhen;
        private readonly Action<NullableFieldFinding> _report;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<(int Start, int Length, NullableUseForm Form)> _reported = new HashSet<(int, int, NullableUseForm)>();
        private readonly Queue<GraphJob> _jobs = new Queue<GraphJob>();
        private readonly Dictionary<SyntaxNode, IAnonymousFunctionOperation?> _originalLambdas = new Dictionary<SyntaxNode, IAnonymousFunctionOperation?>();
        private readonly List<PendingLocalFunction> _pendingLocalFunctions = new List<PendingLocalFunction>();
        private readonly Dictionary<IMethodSymbol, int> _localFunctionReferenceCounts = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, (NullFlowState State, int Count)> _localFunctionCalls =
            new Dictionary<IMethodSymbol, (NullFlowState, int)>(SymbolEqualityComparer.Default);

        public NullableFieldFlowAnalysis(
            SemanticModel model,
            Func<IPropertySymbol, NullableOrderField?> fieldOf,
            Func<IPropertySymbol, IFieldSymbol, ImmutableArray<IPropertySymbol>> presentWhen,
            Action<NullableFieldFinding> report,
            CancellationToken cancellationToken)
        {
            _model = model;
            _fieldOf = fieldOf;
            _presentWhen = presentWhen;
            _report = report;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Analyses the graph of an operation block (<paramref name="block"/> is its operation tree) and its nested graphs.</summary>
        public void Run(IOperation block, ControlFlowGraph graph)
        {
            CountLocalFunctionReferences(block);
            _jobs.Enqueue(new GraphJob(graph, NullFlowState.Empty, null));
            while (true)
            {
                while (_jobs.Count > 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var job = _jobs.Dequeue();
                    new GraphWalker(this, job.Graph, job.LenientOwner).Walk(job.Entry);
                }

                if (_pendingLocalFunctions.Count == 0)
                {
                    return;
                }

                // A local function starts with what is known at every call, once every call has been seen; one that is
                // called from where the analysis cannot see (recursion, a delegate) trusts what it captures.
                bool progress = false;
                for (int i = _pendingLocalFunctions.Count - 1; i >= 0; i--)
                {
                    var pending = _pendingLocalFunctions[i];
                    _localFunctionReferenceCounts.TryGetValue(pending.Symbol, out int total);
                    if (_localFunctionCalls.TryGetValue(pending.Symbol, out var calls) && calls.Count >= total && total > 0)
                    {
                        _pendingLocalFunctions.RemoveAt(i);
                        _jobs.Enqueue(new GraphJob(pending.Parent.GetLocalFunctionControlFlowGraph(pending.Symbol, _cancellationToken), calls.State, null));
                        progress = true;
                    }
                }

                if (!progress)
                {
                    foreach (var pending in _pendingLocalFunctions)
                    {
                        _jobs.Enqueue(new GraphJob(pending.Parent.GetLocalFunctionControlFlowGraph(pending.Symbol, _cancellationToken), NullFlowState.Empty, pending.Symbol));
                    }

                    _pendingLocalFunctions.Clear();
                }
            }
        }

        private void CountLocalFunctionReferences(IOperation block)
        {
            foreach (var operation in block.Descendants())
            {
                IMethodSymbol? target = operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IMethodReferenceOperation reference => reference.Method,
                    _ => null,
                };

                if (target is { MethodKind: MethodKind.LocalFunction })
                {
                    var key = target.OriginalDefinition;
                    _localFunctionReferenceCounts[key] = _localFunctionReferenceCounts.TryGetValue(key, out int count) ? count + 1 : 1;
                }
            }
        }

        private void RecordLocalFunctionReference(IMethodSymbol localFunction, NullFlowState state)
        {
            var key = localFunction.OriginalDefinition;
            state = state.WithoutCaptures();
            _localFunctionCalls[key] = _localFunctionCalls.TryGetValue(key, out var calls)
                ? (NullFlowState.Meet(calls.State, state), calls.Count + 1)
                : (state, 1);
        }

        private readonly struct GraphJob
        {
            public GraphJob(ControlFlowGraph graph, NullFlowState entry, IMethodSymbol? lenientOwner)
            {
                Graph = graph;
                Entry = entry;
                LenientOwner = lenientOwner;
            }

            public ControlFlowGraph Graph { get; }

            public NullFlowState Entry { get; }

            public IMethodSymbol? LenientOwner { get; }
        }

        private readonly struct PendingLocalFunction
        {
            public PendingLocalFunction(ControlFlowGraph parent, IMethodSymbol symbol)
            {
                Parent = parent;
                Symbol = symbol;
            }

            public ControlFlowGraph Parent { get; }

            public IMethodSymbol Symbol { get; }
        }

        /// <summary>A value that may be null: where it came from and how it is named.</summary>
        private sealed class Source
        {
            public Source(NullableOrderField field, ValueKey? key, ValueKey? inner, bool compilerTracks, string? throughVariable, bool direct)
            {
                Field = field;
                Key = key;
                Inner = inner;
                CompilerTracks = compilerTracks;
                ThroughVariable = throughVariable;
                Direct = direct;
            }

            public NullableOrderField Field { get; }

            /// <summary>The value's key (null when the analysis cannot name it).</summary>
            public ValueKey? Key { get; }

            /// <summary>For the result of <c>x?.M()</c>: the key of <c>x</c> (the result is null only if <c>x</c> is).</summary>
            public ValueKey? Inner { get; }

            public bool CompilerTracks { get; }

            public string? ThroughVariable { get; }

            /// <summary>True for a plain read of the field or a plain copy of it (a local copy can alias the path).</summary>
            public bool Direct { get; }
        }

        /// <summary>The analysis of one control flow graph.</summary>
        private sealed class GraphWalker
        {
            private readonly NullableFieldFlowAnalysis _owner;
            private readonly ControlFlowGraph _graph;
            private readonly IMethodSymbol? _lenientOwner;
            private readonly Dictionary<CaptureId, List<IOperation>> _captureValues = new Dictionary<CaptureId, List<IOperation>>();
            private readonly Dictionary<CaptureId, IFlowCaptureReferenceOperation> _conditionalAccessReceivers = new Dictionary<CaptureId, IFlowCaptureReferenceOperation>();
            private readonly Dictionary<CaptureId, ValueKey?> _captureKeys = new Dictionary<CaptureId, ValueKey?>();
            private readonly Dictionary<IOperation, ValueKey?> _keys = new Dictionary<IOperation, ValueKey?>();
            private readonly Func<IFlowCaptureReferenceOperation, ValueKey?> _captureKey;
            private bool _reporting;

            public GraphWalker(NullableFieldFlowAnalysis owner, ControlFlowGraph graph, IMethodSymbol? lenientOwner)
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

                    _owner._cancellationToken.ThrowIfCancellationRequested();
                    changed = false;
                    foreach (var block in blocks)
                    {
                        var input = InputOf(block, entry, inStates, outStates);
                        inStates[block.Ordinal] = input;
                        var output = Process(block, input);
                        if (!output.Equals(outStates[block.Ordinal]))
                        {
                            outStates[block.Ordinal] = output;
                            changed = true;
                        }
                    }
                }

                _reporting = true;
                foreach (var block in blocks)
                {
                    Process(block, inStates[block.Ordinal]);
                }

                foreach (var localFunction in _graph.LocalFunctions)
                {
                    _owner._pendingLocalFunctions.Add(new PendingLocalFunction(_graph, localFunction));
                }
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
                    state = NullFlowState.Meet(state, AlongBranch(branch, outStates[branch.Source.Ordinal]));
                }

                if (HandlerRegionStartingAt(block) is { } tryRegion)
                {
                    // An exception can leave the protected code anywhere: what holds throughout it holds in the handler.
                    for (int i = tryRegion.FirstBlockOrdinal; i <= tryRegion.LastBlockOrdinal; i++)
                    {
                        state = NullFlowState.Meet(state, inStates[i]);
                        state = NullFlowState.Meet(state, outStates[i]);
                    }
                }

                return state;
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

            // ------------------------------------------------------------------ captures

            private void CollectCaptures()
            {
                foreach (var block in _graph.Blocks)
                {
                    foreach (var operation in block.Operations)
                    {
                        foreach (var node in operation.DescendantsAndSelf())
                        {
                            if (node is IFlowCaptureOperation capture)
                            {
                                if (!_captureValues.TryGetValue(capture.Id, out var values))
                                {
                                    _captureValues[capture.Id] = values = new List<IOperation>();
                                }

                                values.Add(capture.Value);
                            }
                        }
                    }
                }

                // The result of x?.M() is captured twice: once as default (x is null), once as the access on x's capture.
                foreach (var pair in _captureValues)
                {
                    if (pair.Value.Count != 2)
                    {
                        continue;
                    }

                    int nullIndex = OperationHelpers.IsNullConstant(pair.Value[0]) ? 0 : OperationHelpers.IsNullConstant(pair.Value[1]) ? 1 : -1;
                    if (nullIndex >= 0 && InnermostReceiver(pair.Value[1 - nullIndex]) is { } receiver && !receiver.Id.Equals(pair.Key))
                    {
                        _conditionalAccessReceivers[pair.Key] = receiver;
                    }
                }
            }

            private static IFlowCaptureReferenceOperation? InnermostReceiver(IOperation operation)
            {
                for (int depth = 0; depth < 32; depth++)
                {
                    switch (operation)
                    {
                        case IFlowCaptureReferenceOperation reference:
                            return reference;
                        case IConversionOperation conversion:
                            operation = conversion.Operand;
                            break;
                        case IMemberReferenceOperation { Instance: { } instance }:
                            operation = instance;
                            break;
                        case IInvocationOperation { Instance: { } instance }:
                            operation = instance;
                            break;
                        case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension:
                            operation = extension.Arguments[0].Value;
                            break;
                        case IArrayElementReferenceOperation element:
                            operation = element.ArrayReference;
                            break;
                        default:
                            return null;
                    }
                }

                return null;
            }

            private ValueKey? KeyOfCapture(IFlowCaptureReferenceOperation reference)
            {
                if (_captureKeys.TryGetValue(reference.Id, out var key))
                {
                    return key;
                }

                _captureKeys[reference.Id] = ValueKey.Capture(reference.Id); // guards against cycles while computing
                if (_captureValues.TryGetValue(reference.Id, out var values) && values.Count == 1)
                {
                    key = ValueKey.Of(values[0], _captureKey) ?? ValueKey.Capture(reference.Id);
                }
                else
                {
                    key = ValueKey.Capture(reference.Id);
                }

                _captureKeys[reference.Id] = key;
                return key;
            }

            /// <summary>The key of an operation, computed once per graph (the fixed point visits each block several times).</summary>
            private ValueKey? KeyOf(IOperation operation)
            {
                if (!_keys.TryGetValue(operation, out var key))
                {
                    key = ValueKey.Of(operation, _captureKey);
                    _keys[operation] = key;
                }

                return key;
            }

            // ------------------------------------------------------------------ sources

            private Source? SourceOf(IOperation operation, NullFlowState state, int depth = 0)
            {
                if (depth > 8)
                {
                    return null;
                }

                operation = OperationHelpers.SkipTransparent(operation);
                switch (operation)
                {
                    case IPropertyReferenceOperation property when _owner._fieldOf(property.Property) is { } field:
                        bool tracks = OperationHelpers.IsNullableValueType(property.Property.Type)
                                      || property.Property.NullableAnnotation == NullableAnnotation.Annotated;
                        return new Source(field, KeyOf(property), null, tracks, null, true);
                    case ILocalReferenceOperation local when state.GetTaint(local.Local) is { } localTaint:
                        return new Source(localTaint.Field, ValueKey.Variable(local.Local), null, localTaint.CompilerTracks, local.Local.Name, true);
                    case IParameterReferenceOperation parameter when state.GetTaint(parameter.Parameter) is { } parameterTaint:
                        return new Source(parameterTaint.Field, ValueKey.Variable(parameter.Parameter), null, parameterTaint.CompilerTracks, parameter.Parameter.Name, true);
                    case IFlowCaptureReferenceOperation capture:
                        if (_captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1)
                        {
                            var inner = SourceOf(values[0], state, depth + 1);
                            return inner == null
                                ? null
                                : new Source(inner.Field, KeyOfCapture(capture), inner.Inner, inner.CompilerTracks, inner.ThroughVariable, inner.Direct);
                        }

                        if (_conditionalAccessReceivers.TryGetValue(capture.Id, out var receiver) && SourceOf(receiver, state, depth + 1) is { } accessed)
                        {
                            return new Source(accessed.Field, ValueKey.Capture(capture.Id), accessed.Key, true, accessed.ThroughVariable, false);
                        }

                        return null;
                    default:
                        return null;
                }
            }

            private bool IsSafe(Source source, NullFlowState state)
            {
                if (state.IsSafe(source.Key) || (source.Inner != null && state.IsSafe(source.Inner)))
                {
                    return true;
                }

                return _lenientOwner != null && source.Key != null && IsCaptured(source.Key);
            }

            /// <summary>In a local function whose callers are not all seen: true when the key reads what the function captures.</summary>
            private bool IsCaptured(ValueKey key)
            {
                if (key.ReadsInstance())
                {
                    return true;
                }

                bool captured = false;
                key.ForEachVariable(variable =>
                {
                    for (var container = variable.ContainingSymbol; container is IMethodSymbol method; container = method.ContainingSymbol)
                    {
                        if (SymbolEqualityComparer.Default.Equals(method, _lenientOwner))
                        {
                            return;
                        }
                    }

                    captured = true;
                });
                return captured;
            }

            // ------------------------------------------------------------------ conditions

            private NullFlowState Assume(NullFlowState state, IOperation condition, bool value)
            {
                var keys = new List<ValueKey>();
                CollectNotNull(condition, value, keys, 0);
                foreach (var key in keys)
                {
                    state = MarkSafe(state, key, 0);
                }

                return state;
            }

            private NullFlowState MarkSafe(NullFlowState state, ValueKey? key, int depth)
            {
                if (key == null || depth > 8)
                {
                    return state;
                }

                state = state.WithSafe(key);
                if (key.Kind == ValueKeyKind.Capture && key.Constant is CaptureId id && _conditionalAccessReceivers.TryGetValue(id, out var receiver))
                {
                    state = MarkSafe(state, KeyOf(receiver), depth + 1);
                }

                return state;
            }

            /// <summary>Adds the keys of the values that are not null when <paramref name="condition"/> is <paramref name="value"/>.</summary>
            private void CollectNotNull(IOperation condition, bool value, List<ValueKey> keys, int depth)
            {
                if (depth > 16)
                {
                    return;
                }

                switch (condition)
                {
                    case IParenthesizedOperation parenthesized:
                        CollectNotNull(parenthesized.Operand, value, keys, depth + 1);
                        return;
                    case IConversionOperation conversion when conversion.IsImplicit:
                        CollectNotNull(conversion.Operand, value, keys, depth + 1);
                        return;
                    case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                        CollectNotNull(not.Operand, !value, keys, depth + 1);
                        return;
                    case IIsNullOperation isNull:
                        if (!value)
                        {
                            Add(keys, isNull.Operand);
                        }

                        return;
                    case IIsPatternOperation isPattern:
                        if (value ? NullChecks.RejectsNull(isPattern.Pattern) : NullChecks.AcceptsNull(isPattern.Pattern))
                        {
                            Add(keys, isPattern.Value);
                        }

                        var matched = isPattern.Pattern;
                        bool matches = value;
                        while (matched is INegatedPatternOperation negated)
                        {
                            matched = negated.Pattern;
                            matches = !matches;
                        }

                        if (matches)
                        {
                            CollectFromPattern(isPattern.Value, matched, keys, depth + 1);
                        }

                        return;
                    case IIsTypeOperation isType:
                        if (value != isType.IsNegated)
                        {
                            Add(keys, isType.ValueOperand);
                        }

                        return;
                    case IPropertyReferenceOperation { Property.Name: "HasValue", Instance: { } instance }
                        when OperationHelpers.IsNullableValueType(instance.Type):
                        if (value)
                        {
                            Add(keys, instance);
                        }

                        return;
                    case IBinaryOperation binary:
                        CollectFromBinary(binary, value, keys, depth);
                        return;
                    case IInvocationOperation invocation:
                        CollectFromCall(invocation, value, keys);
                        return;
                }
            }

            private void CollectFromBinary(IBinaryOperation binary, bool value, List<ValueKey> keys, int depth)
            {
                switch (binary.OperatorKind)
                {
                    case BinaryOperatorKind.ConditionalAnd when value:
                    case BinaryOperatorKind.And when value && binary.Type?.SpecialType == SpecialType.System_Boolean:
                        CollectNotNull(binary.LeftOperand, true, keys, depth + 1);
                        CollectNotNull(binary.RightOperand, true, keys, depth + 1);
                        return;
                    case BinaryOperatorKind.ConditionalOr when !value:
                    case BinaryOperatorKind.Or when !value && binary.Type?.SpecialType == SpecialType.System_Boolean:
                        CollectNotNull(binary.LeftOperand, false, keys, depth + 1);
                        CollectNotNull(binary.RightOperand, false, keys, depth + 1);
                        return;
                    case BinaryOperatorKind.Equals:
                    case BinaryOperatorKind.NotEquals:
                    case BinaryOperatorKind.ObjectValueEquals:
                    case BinaryOperatorKind.ObjectValueNotEquals:
                        bool equal = binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.ObjectValueEquals;
                        bool operandsEqual = value == equal;
                        if (!binary.IsLifted && BoolConstant(binary.RightOperand) is bool right)
                        {
                            // x.HasValue == false, string.IsNullOrEmpty(s) != true
                            CollectNotNull(binary.LeftOperand, operandsEqual == right, keys, depth + 1);
                            return;
                        }

                        if (!binary.IsLifted && BoolConstant(binary.LeftOperand) is bool left)
                        {
                            CollectNotNull(binary.RightOperand, operandsEqual == left, keys, depth + 1);
                            return;
                        }

                        if (OperationHelpers.IsNullConstant(binary.RightOperand))
                        {
                            if (!operandsEqual)
                            {
                                Add(keys, binary.LeftOperand);
                            }
                        }
                        else if (OperationHelpers.IsNullConstant(binary.LeftOperand))
                        {
                            if (!operandsEqual)
                            {
                                Add(keys, binary.RightOperand);
                            }
                        }
                        else if (operandsEqual)
                        {
                            AddPresentWhen(binary.LeftOperand, binary.RightOperand, keys);
                            AddPresentWhen(binary.RightOperand, binary.LeftOperand, keys);

                            // x == 5, x?.Any() == true: equal to something not null, so not null.
                            if (OperationHelpers.IsCertainlyNotNull(binary.RightOperand))
                            {
                                Add(keys, binary.LeftOperand);
                            }

                            if (OperationHelpers.IsCertainlyNotNull(binary.LeftOperand))
                            {
                                Add(keys, binary.RightOperand);
                            }
                        }

                        return;
                    case BinaryOperatorKind.LessThan:
                    case BinaryOperatorKind.LessThanOrEqual:
                    case BinaryOperatorKind.GreaterThan:
                    case BinaryOperatorKind.GreaterThanOrEqual:
                        if (value && binary.IsLifted)
                        {
                            // A lifted comparison is false when either side is null.
                            Add(keys, binary.LeftOperand);
                            Add(keys, binary.RightOperand);
                        }

                        return;
                }
            }

            /// <summary>
            /// What a pattern that matched proves beyond its input: the members its property patterns read
            /// (<c>order is { AverageFillPrice: not null }</c>, <c>order is { Details.Count: &gt; 0 }</c>), and the fields the
            /// contract says are present for the values it accepts (<c>order.OrderType is OrderType.Limit or OrderType.StopLimit</c>).
            /// </summary>
            private void CollectFromPattern(IOperation input, IPatternOperation pattern, List<ValueKey> keys, int depth)
            {
                if (depth > 16)
                {
                    return;
                }

                switch (pattern)
                {
                    case IRecursivePatternOperation recursive:
                        // Order { Symbol: not null } o: the facts hold for the input and for the variable the pattern declares.
                        foreach (var root in new[] { KeyOf(input), recursive.DeclaredSymbol is { } declared ? ValueKey.Variable(declared) : null })
                        {
                            if (root == null)
                            {
                                continue;
                            }

                            foreach (var subpattern in recursive.PropertySubpatterns)
                            {
                                CollectFromSubpattern(root, subpattern, keys, depth + 1);
                            }
                        }

                        return;
                    case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                        CollectFromPattern(input, and.LeftPattern, keys, depth + 1);
                        CollectFromPattern(input, and.RightPattern, keys, depth + 1);
                        return;
                    default:
                        if (EnumValuesMatched(pattern, 0) is { Count: > 0 } members && PropertyOf(input) is { Instance: { } instance } property
                            && KeyOf(instance) is { } receiver)
                        {
                            HashSet<IPropertySymbol>? present = null;
                            foreach (var member in members)
                            {
                                var forMember = _owner._presentWhen(property.Property, member);
                                if (present == null)
                                {
                                    present = new HashSet<IPropertySymbol>(forMember, SymbolEqualityComparer.Default);
                                }
                                else
                                {
                                    present.IntersectWith(forMember);
                                }
                            }

                            foreach (var dependent in present!)
                            {
                                keys.Add(ValueKey.MemberOf(receiver, dependent));
                            }
                        }

                        return;
                }
            }

            private void CollectFromSubpattern(ValueKey inputKey, IPropertySubpatternOperation subpattern, List<ValueKey> keys, int depth)
            {
                // { A.B.C: pattern }: A and A.B were read, so not null; C is what the pattern says.
                var members = new List<ISymbol>();
                for (var member = subpattern.Member; member != null;)
                {
                    switch (member)
                    {
                        case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                            members.Add(property.Property);
                            member = property.Instance;
                            continue;
                        case IFieldReferenceOperation field:
                            members.Add(field.Field);
                            member = field.Instance;
                            continue;
                        case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput }:
                            member = null;
                            continue;
                        default:
                            return;
                    }
                }

                var key = inputKey;
                for (int i = members.Count - 1; i >= 0; i--)
                {
                    key = ValueKey.MemberOf(key, members[i]);
                    if (i > 0)
                    {
                        keys.Add(key);
                    }
                }

                if (NullChecks.RejectsNull(subpattern.Pattern))
                {
                    keys.Add(key);
                }

                if (subpattern.Pattern is IRecursivePatternOperation nested)
                {
                    foreach (var inner in nested.PropertySubpatterns)
                    {
                        CollectFromSubpattern(key, inner, keys, depth + 1);
                    }
                }
            }

            /// <summary>The enum members a pattern of constants matches (<c>OrderType.Limit or OrderType.StopLimit</c>), or null.</summary>
            private static List<IFieldSymbol>? EnumValuesMatched(IPatternOperation pattern, int depth)
            {
                switch (pattern)
                {
                    case IConstantPatternOperation constant when EnumConstant(constant.Value) is { } member:
                        return new List<IFieldSymbol> { member };
                    case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either when depth < 16:
                        var left = EnumValuesMatched(either.LeftPattern, depth + 1);
                        var right = EnumValuesMatched(either.RightPattern, depth + 1);
                        if (left == null || right == null)
                        {
                            return null;
                        }

                        left.AddRange(right);
                        return left;
                    default:
                        return null;
                }
            }

            private static IFieldSymbol? EnumConstant(IOperation operation)
            {
                while (operation is IConversionOperation { IsImplicit: true } conversion)
                {
                    operation = conversion.Operand;
                }

                return operation is IFieldReferenceOperation { Field: { HasConstantValue: true, ContainingType.TypeKind: TypeKind.Enum } field } ? field : null;
            }

            /// <summary>The property read an operation is (through conversions and flow captures), or null.</summary>
            private IPropertyReferenceOperation? PropertyOf(IOperation operation)
            {
                for (int depth = 0; depth < 8; depth++)
                {
                    while (operation is IConversionOperation { IsImplicit: true } conversion)
                    {
                        operation = conversion.Operand;
                    }

                    switch (operation)
                    {
                        case IPropertyReferenceOperation property:
                            return property;
                        case IFlowCaptureReferenceOperation capture when _captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1:
                            operation = values[0];
                            continue;
                        default:
                            return null;
                    }
                }

                return null;
            }

            /// <summary><c>order.OrderType == OrderType.Limit</c>: the fields the contract says a limit order has are present.</summary>
            private void AddPresentWhen(IOperation subject, IOperation constant, List<ValueKey> keys)
            {
                if (EnumConstant(constant) is not { } member || PropertyOf(subject) is not { Instance: { } instance } property
                    || KeyOf(instance) is not { } receiver)
                {
                    return;
                }

                foreach (var dependent in _owner._presentWhen(property.Property, member))
                {
                    keys.Add(ValueKey.MemberOf(receiver, dependent));
                }
            }

            private static bool? BoolConstant(IOperation operation)
                => operation.Type?.SpecialType == SpecialType.System_Boolean && operation.ConstantValue is { HasValue: true, Value: bool constant }
                    ? constant
                    : null;

            private void CollectFromCall(IInvocationOperation invocation, bool value, List<ValueKey> keys)
            {
                var method = invocation.TargetMethod;
                if (method.Name is "ReferenceEquals" or "Equals" && method.IsStatic && invocation.Arguments.Length == 2
                    && method.ContainingType?.SpecialType == SpecialType.System_Object)
                {
                    var left = invocation.Arguments[0].Value;
                    var right = invocation.Arguments[1].Value;
                    if (!value)
                    {
                        if (OperationHelpers.IsNullConstant(right))
                        {
                            Add(keys, left);
                        }
                        else if (OperationHelpers.IsNullConstant(left))
                        {
                            Add(keys, right);
                        }
                    }

                    return;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (NullChecks.NotNullWhen(invocation, argument) == value)
                    {
                        Add(keys, argument.Value);
                    }
                }
            }

            private void Add(List<ValueKey> keys, IOperation operation)
            {
                // Outside the graph (a Where predicate), x?.M() is not lowered: its result is not null only if x is not.
                while (OperationHelpers.SkipTransparent(operation) is IConditionalAccessOperation conditionalAccess)
                {
                    operation = conditionalAccess.Operation;
                }

                if (KeyOf(operation) is { } key)
                {
                    keys.Add(key);
                }
            }

            // ------------------------------------------------------------------ operations

            /// <summary>Visits an operation tree in evaluation order (children first), without recursion (trees can be deep).</summary>
            private NullFlowState Visit(IOperation root, NullFlowState state)
            {
                var stack = new Stack<(IOperation Operation, IEnumerator<IOperation>? Children)>();
                stack.Push((root, null));
                while (stack.Count > 0)
                {
                    var (operation, children) = stack.Pop();
                    if (children == null)
                    {
                        if (operation is IFlowAnonymousFunctionOperation lambda)
                        {
                            StartLambda(lambda, state);
                            continue;
                        }

                        children = ((IEnumerable<IOperation>)operation.ChildOperations).GetEnumerator();
                    }

                    if (children.MoveNext())
                    {
                        stack.Push((operation, children));
                        stack.Push((children.Current, null));
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

                var entry = state.WithoutCaptures();
                if (!lambda.Symbol.Parameters.IsEmpty && SequenceOfElementLambda(lambda) is { } sequence)
                {
                    entry = AddFilterFacts(entry, sequence, lambda.Symbol.Parameters[0]);
                }

                _owner._jobs.Enqueue(new GraphJob(_graph.GetAnonymousFunctionControlFlowGraph(lambda, _owner._cancellationToken), entry, _lenientOwner));
            }

            private NullFlowState CheckUse(IOperation operation, NullFlowState state)
            {
                if (operation.Parent is IFlowCaptureOperation
                    || operation.Kind is not (OperationKind.PropertyReference or OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.FlowCaptureReference)
                    || SourceOf(operation, state) is not { } source
                    || NullableUse.Classify(operation) is not { } use)
                {
                    return state;
                }

                if (!IsSafe(source, state) && _reporting && !ProvenByQuery(operation))
                {
                    var span = use.Location.Span;
                    if (_owner._reported.Add((span.Start, span.Length, use.Form)))
                    {
                        _owner._report(new NullableFieldFinding(use, source.Field, source.CompilerTracks, source.ThroughVariable));
                    }
                }

                if (use.Throws || use.Form == NullableUseForm.Suppression)
                {
                    // Past a use that throws on null, the value is not null (and one diagnostic per value is enough).
                    state = MarkSafe(state, source.Key, 0);
                }

                return state;
            }

            private NullFlowState Effects(IOperation operation, NullFlowState state)
            {
                switch (operation)
                {
                    case ISimpleAssignmentOperation assignment:
                        return Assign(state, assignment.Target, assignment.Value);
                    case ICompoundAssignmentOperation compound:
                        return Assign(state, compound.Target, null);
                    case IIncrementOrDecrementOperation increment:
                        return Assign(state, increment.Target, null);
                    case ICoalesceAssignmentOperation coalesce:
                        return Assign(state, coalesce.Target, null);
                    case IDeconstructionAssignmentOperation deconstruction:
                        foreach (var target in deconstruction.Target.DescendantsAndSelf())
                        {
                            if (target is ILocalReferenceOperation or IParameterReferenceOperation)
                            {
                                state = Assign(state, target, null);
                            }
                        }

                        return state;
                    case IVariableDeclaratorOperation declarator:
                        return state.AssignVariable(declarator.Symbol, declarator.Initializer == null ? null : TaintOf(declarator.Initializer.Value, state));
                    case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                        return state.AssignVariable(declared, null);
                    case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } byReference:
                        return Assign(state, byReference.Value, null);
                    case IInvocationOperation invocation:
                        return AfterCall(invocation, state);
                    case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                        if (_reporting)
                        {
                            _owner.RecordLocalFunctionReference(reference.Method, state);
                        }

                        return state;
                    default:
                        return state;
                }
            }

            private NullFlowState AfterCall(IInvocationOperation invocation, NullFlowState state)
            {
                var method = invocation.TargetMethod;
                if (_reporting && method.MethodKind == MethodKind.LocalFunction)
                {
                    _owner.RecordLocalFunctionReference(method, state);
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (NullChecks.ThrowsWhenNull(invocation, argument))
                    {
                        state = MarkSafe(state, KeyOf(argument.Value), 0);
                    }
                    else if (NullChecks.DoesNotReturnIf(argument) is bool stopsWhen)
                    {
                        state = Assume(state, argument.Value, !stopsWhen);
                    }
                }

                return NullChecks.DoesNotReturn(method) ? NullFlowState.Unreached : state;
            }

            private NullFlowState Assign(NullFlowState state, IOperation target, IOperation? value)
            {
                target = OperationHelpers.SkipTransparent(target);
                switch (target)
                {
                    case ILocalReferenceOperation local:
                        var before = state;
                        state = state.AssignVariable(local.Local, value == null ? null : TaintOf(value, state));
                        if (value != null && EnumeratedSequence(value) is { } sequence)
                        {
                            state = AddFilterFacts(state, sequence, local.Local);
                        }

                        return value != null ? WithInitializedMembers(before, state, value, ValueKey.Variable(local.Local)) : state;
                    case IParameterReferenceOperation parameter:
                        return state.AssignVariable(parameter.Parameter, value == null ? null : TaintOf(value, state));
                    case IPropertyReferenceOperation or IFieldReferenceOperation or IFlowCaptureReferenceOperation or IArrayElementReferenceOperation:
                        return KeyOf(target) is { } key ? state.AssignMember(key) : state;
                    default:
                        return state;
                }
            }

            /// <summary>
            /// <c>var order = new Order { Symbol = "X" };</c>: what the object initializer set (facts about the new object's
            /// capture) holds for the variable that receives it.
            /// </summary>
            private NullFlowState WithInitializedMembers(NullFlowState before, NullFlowState state, IOperation value, ValueKey variable)
            {
                if (OperationHelpers.SkipTransparent(value) is not IFlowCaptureReferenceOperation capture
                    || !_captureValues.TryGetValue(capture.Id, out var values) || values.Count != 1
                    || values[0] is not IObjectCreationOperation || before.IsUnreached)
                {
                    return state;
                }

                var created = ValueKey.Capture(capture.Id);
                foreach (var key in before.Safe)
                {
                    if (!key.Equals(created) && key.Contains(created))
                    {
                        state = state.WithSafe(key.Rebase(created, variable));
                    }
                }

                return state;
            }

            /// <summary>
            /// True for a read of an element a query proves not null: <c>orders.First(o =&gt; o.Symbol != null).Symbol</c>,
            /// <c>orders.Where(o =&gt; o.Symbol != null).First().Symbol</c> (First, Single, Last and their OrDefault forms).
            /// </summary>
            private bool ProvenByQuery(IOperation operation)
            {
                var members = new List<ISymbol>();
                IOperation? current = operation;
                for (int depth = 0; current != null && depth < 8; depth++)
                {
                    current = OperationHelpers.SkipTransparent(current);
                    switch (current)
                    {
                        case IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: { } instance } property:
                            members.Add(property.Property);
                            current = instance;
                            continue;
                        case IFieldReferenceOperation { Instance: { } instance } field:
                            members.Add(field.Field);
                            current = instance;
                            continue;
                        case IFlowCaptureReferenceOperation capture:
                            current = _captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1 ? values[0] : null;
                            continue;
                        case IInvocationOperation call when IsElementQuery(call):
                            var element = call.TargetMethod;
                            var facts = AddFilterFacts(NullFlowState.Empty, call.Arguments[0].Value, element);
                            if (call.Arguments.Length == 2)
                            {
                                facts = AddPredicateFacts(facts, call.Arguments[1].Value, element);
                            }

                            var key = ValueKey.Variable(element);
                            for (int i = members.Count - 1; i >= 0; i--)
                            {
                                key = ValueKey.MemberOf(key, members[i]);
                            }

                            return facts.Safe.Contains(key);
                        default:
                            return false;
                    }
                }

                return false;
            }

            private static bool IsElementQuery(IInvocationOperation call)
                => call.TargetMethod.Name is "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault"
                   && call.TargetMethod.ContainingType is { Name: "Enumerable" } type
                   && type.ContainingNamespace?.ToDisplayString() == "System.Linq"
                   && call.Arguments.Length is 1 or 2;

            // ------------------------------------------------------------------ filtered sequences

            /// <summary>
            /// For a lambda that receives the elements of a sequence (<c>seq.Select(o =&gt; ...)</c>, <c>list.ForEach(o =&gt; ...)</c>):
            /// the sequence; else null.
            /// </summary>
            private IOperation? SequenceOfElementLambda(IFlowAnonymousFunctionOperation lambda)
            {
                IOperation current = lambda;
                while (current.Parent is IDelegateCreationOperation or IConversionOperation)
                {
                    current = current.Parent;
                }

                if (current.Parent is not IArgumentOperation { Parent: IInvocationOperation invocation } argument)
                {
                    return null;
                }

                IOperation? sequence = invocation.TargetMethod.IsExtensionMethod && invocation.Instance == null
                    ? (invocation.Arguments.Length > 0 && invocation.Arguments[0] != argument ? invocation.Arguments[0].Value : null)
                    : invocation.Instance;
                if (sequence == null)
                {
                    return null;
                }

                var element = ElementType(sequence.Type);
                return element != null && SymbolEqualityComparer.Default.Equals(element, lambda.Symbol.Parameters[0].Type) ? sequence : null;
            }

            /// <summary>For the loop variable of a <c>foreach</c> (assigned <c>enumerator.Current</c>): the sequence enumerated; else null.</summary>
            private IOperation? EnumeratedSequence(IOperation value)
            {
                if (value is IPropertyReferenceOperation { Property.Name: "Current", Instance: IFlowCaptureReferenceOperation enumerator }
                    && _captureValues.TryGetValue(enumerator.Id, out var values) && values.Count == 1
                    && values[0] is IInvocationOperation { TargetMethod.Name: "GetEnumerator", Instance: { } sequence })
                {
                    return sequence;
                }

                return null;
            }

            private static ITypeSymbol? ElementType(ITypeSymbol? sequenceType)
            {
                if (sequenceType is not INamedTypeSymbol named)
                {
                    return null;
                }

                if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return named.TypeArguments[0];
                }

                foreach (var @interface in named.AllInterfaces)
                {
                    if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                    {
                        return @interface.TypeArguments[0];
                    }
                }

                return null;
            }

            /// <summary>
            /// Adds what <c>Where(p =&gt; condition)</c> calls of the sequence (through LINQ calls that keep its elements) prove of
            /// every element, as facts about <paramref name="element"/>: <c>Where(o =&gt; o.Symbol != null).Select(o =&gt; o.Symbol.Length)</c>.
            /// </summary>
            private NullFlowState AddFilterFacts(NullFlowState state, IOperation sequence, ISymbol element)
            {
                IOperation? current = sequence;
                for (int depth = 0; current != null && depth < 16; depth++)
                {
                    current = OperationHelpers.SkipTransparent(current);
                    if (current is IConversionOperation { IsImplicit: true } conversion)
                    {
                        current = conversion.Operand;
                        continue;
                    }

                    if (current is IFlowCaptureReferenceOperation capture)
                    {
                        current = _captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1 ? values[0] : null;
                        continue;
                    }

                    if (current is not IInvocationOperation call
                        || call.TargetMethod.ContainingType is not { Name: "Enumerable" } type
                        || type.ContainingNamespace?.ToDisplayString() != "System.Linq"
                        || !s_elementPreserving.Contains(call.TargetMethod.Name)
                        || call.Arguments.IsEmpty)
                    {
                        break;
                    }

                    if (call.TargetMethod.Name == "Where" && call.Arguments.Length == 2)
                    {
                        state = AddPredicateFacts(state, call.Arguments[1].Value, element);
                    }

                    current = call.Arguments[0].Value;
                }

                return state;
            }

            /// <summary>The lambda's own operation tree (for a query clause, the syntax is the clause's expression, inside the lambda).</summary>
            private IAnonymousFunctionOperation? OriginalLambda(IFlowAnonymousFunctionOperation flowLambda)
            {
                if (_owner._originalLambdas.TryGetValue(flowLambda.Syntax, out var cached))
                {
                    return cached;
                }

                var found = FindOriginalLambda(flowLambda);
                _owner._originalLambdas[flowLambda.Syntax] = found;
                return found;
            }

            private IAnonymousFunctionOperation? FindOriginalLambda(IFlowAnonymousFunctionOperation flowLambda)
            {
                for (var operation = _owner._model.GetOperation(flowLambda.Syntax, _owner._cancellationToken); operation != null; operation = operation.Parent)
                {
                    if (operation is IAnonymousFunctionOperation lambda)
                    {
                        return lambda;
                    }
                }

                return null;
            }

            private NullFlowState AddPredicateFacts(NullFlowState state, IOperation predicate, ISymbol element)
            {
                while (predicate is IDelegateCreationOperation or IConversionOperation)
                {
                    predicate = predicate is IDelegateCreationOperation creation ? creation.Target : ((IConversionOperation)predicate).Operand;
                }

                if (predicate is not IFlowAnonymousFunctionOperation flowLambda
                    || flowLambda.Syntax.SyntaxTree != _owner._model.SyntaxTree
                    || OriginalLambda(flowLambda) is not { } lambda
                    || lambda.Symbol.Parameters.Length != 1
                    || lambda.Body.Operations.Length != 1
                    || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } condition })
                {
                    return state;
                }

                var parameter = lambda.Symbol.Parameters[0];
                var keys = new List<ValueKey>();
                CollectNotNull(condition, true, keys, 0);
                foreach (var key in keys)
                {
                    if (key.DependsOn(parameter))
                    {
                        state = state.WithSafe(key.Rebase(parameter, element));
                    }
                }

                return state;
            }

            /// <summary>What a variable holds after it is assigned <paramref name="value"/>: an unchecked field, or nothing to follow.</summary>
            private Taint? TaintOf(IOperation value, NullFlowState state)
            {
                var source = SourceOf(value, state);
                if (source == null || IsSafe(source, state))
                {
                    return null;
                }

                return new Taint(source.Field, source.Direct ? source.Key : null, source.CompilerTracks);
            }
        }
    }
}
