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

        public CancelAnswerAnalysis(StatusTestReader reader)
        {
            _reader = reader;
            _recognizer = reader.Recognizer;
        }

        /// <summary>The body the cancel call runs in: its lambda's or local function's, or the member's.</summary>
        public static IOperation? BodyOf(IInvocationOperation cancel)
        {
            var function = EnclosingFunctions.Of(cancel);
            switch (function)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Body;
                case ILocalFunctionOperation local:
                    return local.Body;
                default:
                    return EnclosingFunctions.Root(cancel);
            }
        }

        /// <summary>Form 4 (the answer taken as the outcome) and form 5 (only CANCELED accepted) for one cancel call.</summary>
        public void Analyze(
            IInvocationOperation cancel,
            Func<ControlFlowGraph?> getControlFlowGraph,
            out OutcomeFinding? outcome,
            out OnlyCanceledFinding? onlyCanceled,
            CancellationToken cancellationToken)
        {
            outcome = null;
            onlyCanceled = null;
            var body = BodyOf(cancel);
            if (body == null)
            {
                return;
            }

            var scope = new CancelScope(cancel, body);
            CollectRelated(scope);
            Scan(scope, cancellationToken);
            if (scope.Escapes)
            {
                return;
            }

            if (!scope.LooksAtStatus && !scope.WaitsOrRereads && !scope.TracksPending && scope.Actions.Count > 0)
            {
                var graph = CancelFlowGraphs.GraphOf(cancel, getControlFlowGraph);
                if (graph != null)
                {
                    var targets = new HashSet<SyntaxNode> { cancel.Syntax };
                    foreach (var (at, _) in scope.Actions)
                    {
                        targets.Add(at.Syntax);
                    }

                    var reachability = new Reachability(graph, cancel.Syntax, targets);
                    foreach (var (at, action) in scope.Actions)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (reachability.Reaches(at.Syntax))
                        {
                            outcome = new OutcomeFinding(action);
                            return;
                        }
                    }
                }

                return;
            }

            if (!scope.NamesPendingCancel && !scope.WaitsOrRereads)
            {
                onlyCanceled = FindOnlyCanceled(scope);
            }
        }
    }
}
