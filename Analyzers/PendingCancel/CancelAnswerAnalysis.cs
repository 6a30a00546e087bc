using System;
using System.Collections.Generic;
using System.Threading;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What the code does with a cancel call's answer, and with the order, after the call (forms 4 and 5).</summary>
    internal sealed partial class CancelAnswerAnalysis
    {
        private readonly StatusTestReader _reader;
        private readonly ContractRecognizer _recognizer;
        /// <summary>
        /// Which operations sit inside a logging call's arguments, as far as the walks up have found (see
        /// <see cref="LoggingCalls"/>); made at the first such walk, which most scans never take.
        /// </summary>
        private Dictionary<IOperation, bool>? _insideLogging;

        private Dictionary<IOperation, bool> InsideLogging => _insideLogging ??= new Dictionary<IOperation, bool>();

        public CancelAnswerAnalysis(StatusTestReader reader)
        {
            _reader = reader;
            _recognizer = reader.Recognizer;
        }

        /// <summary>The body an operation runs in: its lambda's or local function's, or the member's.</summary>
        public static IOperation? BodyOf(IOperation operation)
        {
            var function = EnclosingFunctions.Of(operation);
            switch (function)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Body;
                case ILocalFunctionOperation local:
                    return local.Body;
                default:
                    return EnclosingFunctions.Root(operation);
            }
        }

        /// <summary>
        /// Form 4 (the answer taken as the outcome, or PENDING_CANCEL sent down the branch that acts as if the order were
        /// gone) and form 5 (only CANCELED accepted) for one cancel call, or one cancel of all open orders.
        /// </summary>
        public void Analyze(
            IInvocationOperation cancel,
            MemberFlow flow,
            out OutcomeFinding? outcome,
            out OnlyCanceledFinding? onlyCanceled,
            CancellationToken cancellationToken)
        {
            outcome = null;
            onlyCanceled = null;
            bool isCancelAll = _recognizer.IsCancelAllOperation(cancel.TargetMethod);
            var anchor = AnchorOf(cancel, out var manyFrom);
            var body = BodyOf(anchor);
            if (body == null)
            {
                return;
            }

            var scope = new CancelScope(cancel, anchor, body, isCancelAll);
            try
            {
                (outcome, onlyCanceled) = FindingsOf(scope, manyFrom, flow, cancellationToken);
            }
            finally
            {
                scope.Release();
            }
        }

        /// <summary>The findings of forms 4 and 5 for one cancel's scope (see <see cref="Analyze(IInvocationOperation, MemberFlow, out OutcomeFinding?, out OnlyCanceledFinding?, CancellationToken)"/>).</summary>
        private (OutcomeFinding? Outcome, OnlyCanceledFinding? OnlyCanceled) FindingsOf(CancelScope scope, IOperation? manyFrom, MemberFlow flow, CancellationToken cancellationToken)
        {
            CollectRelated(scope, manyFrom);
            Scan(scope, stopWhenSettled: true, cancellationToken);
            if (scope.Settled)
            {
                return default;
            }

            if (!scope.LooksAtStatus && !scope.WaitsOrRereads && !scope.TracksPending && scope.Actions.Count > 0)
            {
                var action = FirstReached(scope, flow, scope.Actions, cancellationToken);
                return (action != null ? new OutcomeFinding(action) : null, null);
            }

            if (scope.NamesPendingCancel || scope.WaitsOrRereads || scope.TracksPending)
            {
                return default;
            }

            var taken = FindPendingCancelTakenAsDone(scope);
            if (taken != null)
            {
                var action = FirstReached(scope, flow, taken.Value.Actions, cancellationToken);
                if (action != null)
                {
                    return (new OutcomeFinding("lets PENDING_CANCEL through '" + taken.Value.Test + "' and " + action), null);
                }
            }

            return (null, FindOnlyCanceled(scope));
        }

        /// <summary>
        /// Walks the code after the cancel. With <paramref name="stopWhenSettled"/>, the walk ends as soon as the scope is
        /// <see cref="CancelScope.Settled"/>: what is still ahead cannot change the verdict, only cost its reading.
        /// </summary>
        private void Scan(CancelScope scope, bool stopWhenSettled, CancellationToken cancellationToken)
        {
            // The thread's work stack, taken for the scan and given back cleared (a scan never runs inside another: a new
            // stack if it ever did), so that no member's operations are held after it.
            var work = t_scanStack ?? new Stack<IOperation>();
            t_scanStack = null;
            try
            {
                Scan(scope, stopWhenSettled, work, cancellationToken);
            }
            finally
            {
                work.Clear();
                t_scanStack = work;
            }
        }

        [ThreadStatic]
        private static Stack<IOperation>? t_scanStack;

        /// <summary>The roots of the tests of the cancel's answer (its status, read from it or a local holding it) after the call.</summary>
        public List<IOperation> AnswerTestRoots(IInvocationOperation cancel, CancellationToken cancellationToken)
        {
            var roots = new List<IOperation>();
            var anchor = AnchorOf(cancel, out var manyFrom);
            var body = BodyOf(anchor);
            if (body == null)
            {
                return roots;
            }

            var scope = new CancelScope(cancel, anchor, body, _recognizer.IsCancelAllOperation(cancel.TargetMethod));
            try
            {
                CollectRelated(scope, manyFrom);
                Scan(scope, stopWhenSettled: false, cancellationToken);
                foreach (var test in scope.AnswerTests)
                {
                    roots.Add(test.Root);
                }
            }
            finally
            {
                scope.Release();
            }

            return roots;
        }

        /// <summary>
        /// The first of the actions the normal flow reaches from the cancel (or the <c>Task.WhenAll</c> around it). An action
        /// a few statements below the cancel in the same block is found without the graph (<see cref="StraightLineReach"/>,
        /// which never says "not reached"); otherwise the graph is built and answers for all of them.
        /// </summary>
        private static string? FirstReached(
            CancelScope scope,
            MemberFlow flow,
            List<(IOperation At, string Action)> actions,
            CancellationToken cancellationToken)
        {
            // The first action judged: when a straight line reaches it, no graph is needed.
            if (actions.Count > 0 && StraightLineReach.Reaches(scope.Anchor, actions[0].At))
            {
                // Past the bound the answer analysis says nothing, graph or not.
                return flow.WithinBound ? actions[0].Action : null;
            }

            var graph = CancelFlowGraphs.GraphOf(scope.Anchor, flow.Graph);
            if (graph == null)
            {
                return null;
            }

            var targets = new HashSet<SyntaxNode> { scope.Anchor.Syntax };
            foreach (var (at, _) in actions)
            {
                targets.Add(at.Syntax);
            }

            var reachability = new Reachability(graph, scope.Anchor.Syntax, targets);
            foreach (var (at, action) in actions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reachability.Reaches(at.Syntax))
                {
                    return action;
                }
            }

            return null;
        }
    }
}
