using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// CLST002's own flow analysis over a method body's control flow graph (and the graphs of its lambdas and local
    /// functions): it tracks which values are known not to be null and which locals hold an unchecked nullable optional
    /// field, and reports each use that throws or hides the null while the value may still be null. It is conservative:
    /// a check of the same path (or of a local copy) anywhere that dominates the use counts, even if a call in between
    /// could have changed the property; a value it cannot follow is never reported through a variable.
    /// </summary>
    /// <remarks>
    /// Bounded: every state operation counts the facts it goes through (<see cref="NullFlowState.Size"/>,
    /// <see cref="NullFlowState.MeetCost"/>), about blocks × tracked values per pass. Past <see cref="DefaultWorkBudget"/>
    /// the member's analysis stops and reports nothing (findings are held until the whole member is analysed), so a huge
    /// or pathological method costs a bounded time and never gets a wrong finding.
    /// </remarks>
    internal sealed class NullableFieldFlowAnalysis
    {
        /// <summary>
        /// The work one member may take (docs/rules/CLST002.md, "Limits"): 20 million fact visits. A 5,000-statement method
        /// of the shapes takes under a tenth of it; a method has to keep thousands of unchecked copies alive across
        /// thousands of branches to reach it.
        /// </summary>
        internal const long DefaultWorkBudget = 20_000_000;

        private readonly long _workBudget;
        private readonly List<NullableFieldFinding> _findings = new List<NullableFieldFinding>();
        private long _work;
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
            CancellationToken cancellationToken,
            long workBudget = DefaultWorkBudget)
        {
            _workBudget = workBudget;
            _model = model;
            _fieldOf = fieldOf;
            _presentWhen = presentWhen;
            _report = report;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The stack every <see cref="NullableFieldGraphWalker"/> of this member visits its operation trees with.</summary>
        internal Stack<(IOperation Operation, bool ChildrenDone)> VisitStack { get; } = new Stack<(IOperation, bool)>();

        /// <summary>The model of the syntax tree analysed.</summary>
        internal SemanticModel Model => _model;

        internal CancellationToken CancellationToken => _cancellationToken;

        /// <summary>The nullable optional field a property is, or null.</summary>
        internal NullableOrderField? FieldOf(IPropertySymbol property) => _fieldOf(property);

        /// <summary>The fields the contract says are present when <paramref name="property"/> holds <paramref name="member"/>.</summary>
        internal ImmutableArray<IPropertySymbol> PresentWhen(IPropertySymbol property, IFieldSymbol member) => _presentWhen(property, member);

        /// <summary>The work done so far (see the remarks on the bound).</summary>
        internal long Work => _work;

        /// <summary>True once the work passed the bound: the member's analysis stops and reports nothing.</summary>
        internal bool Exhausted => _work > _workBudget;

        /// <summary>Counts work against the bound.</summary>
        internal void Charge(int units) => _work += units + 1;

        /// <summary>Keeps a finding, once per use (a graph and the graphs nested in it can reach the same use), until the member is done.</summary>
        internal void Report(NullableFieldFinding finding)
        {
            var use = finding.Use;
            var span = use.Location.Span;
            if (_reported.Add((span.Start, span.Length, use.Form)))
            {
                _findings.Add(finding);
            }
        }

        /// <summary>Queues a nested graph (a lambda's) to walk, starting from <paramref name="entry"/>.</summary>
        internal void Enqueue(ControlFlowGraph graph, NullFlowState entry, IMethodSymbol? lenientOwner)
            => _jobs.Enqueue(new GraphJob(graph, entry, lenientOwner));

        /// <summary>The local functions of a walked graph wait until every call of theirs has been seen.</summary>
        internal void AddLocalFunctionsOf(ControlFlowGraph graph)
        {
            foreach (var localFunction in graph.LocalFunctions)
            {
                _pendingLocalFunctions.Add(new PendingLocalFunction(graph, localFunction));
            }
        }

        /// <summary>
        /// Analyses the graph of an operation block (<paramref name="block"/> is its operation tree) and its nested graphs,
        /// then reports what it found; false (and nothing reported) when the work passed the bound.
        /// </summary>
        public bool Run(IOperation block, ControlFlowGraph graph)
        {
            if (!Analyze(block, graph))
            {
                return false;
            }

            foreach (var finding in _findings)
            {
                _report(finding);
            }

            return true;
        }

        private bool Analyze(IOperation block, ControlFlowGraph graph)
        {
            CountLocalFunctionReferences(block);
            _jobs.Enqueue(new GraphJob(graph, NullFlowState.Empty, null));
            while (true)
            {
                while (_jobs.Count > 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var job = _jobs.Dequeue();
                    new NullableFieldGraphWalker(this, job.Graph, job.LenientOwner).Walk(job.Entry);
                    if (Exhausted)
                    {
                        return false;
                    }
                }

                if (_pendingLocalFunctions.Count == 0)
                {
                    return true;
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
            using (var walk = new OperationWalk(block))
            {
                while (walk.Next(out var operation))
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
        }

        /// <summary>A call of (or a delegate to) a local function, with what is known there: the function starts with what holds at every call.</summary>
        internal void RecordLocalFunctionReference(IMethodSymbol localFunction, NullFlowState state)
        {
            var key = localFunction.OriginalDefinition;
            Charge(state.Size);
            state = state.WithoutCaptures();
            _localFunctionCalls[key] = _localFunctionCalls.TryGetValue(key, out var calls)
                ? (NullFlowState.Meet(calls.State, state), calls.Count + 1)
                : (state, 1);
        }

        /// <summary>The lambda's own operation tree (for a query clause, the syntax is the clause's expression, inside the lambda).</summary>
        internal IAnonymousFunctionOperation? OriginalLambda(IFlowAnonymousFunctionOperation flowLambda)
        {
            if (_originalLambdas.TryGetValue(flowLambda.Syntax, out var cached))
            {
                return cached;
            }

            var found = FindOriginalLambda(flowLambda);
            _originalLambdas[flowLambda.Syntax] = found;
            return found;
        }

        private IAnonymousFunctionOperation? FindOriginalLambda(IFlowAnonymousFunctionOperation flowLambda)
        {
            for (var operation = _model.GetOperation(flowLambda.Syntax, _cancellationToken); operation != null; operation = operation.Parent)
            {
                if (operation is IAnonymousFunctionOperation lambda)
                {
                    return lambda;
                }
            }

            return null;
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
    }
}
