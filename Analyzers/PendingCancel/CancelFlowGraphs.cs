using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The control flow graph of the function a cancel call runs in (a lambda's or local function's, or the member's).</summary>
    internal static class CancelFlowGraphs
    {
        public static ControlFlowGraph? GraphOf(IOperation cancel, Func<ControlFlowGraph?> getControlFlowGraph)
        {
            ControlFlowGraph? graph;
            try
            {
                graph = getControlFlowGraph();
            }
            catch (ArgumentException)
            {
                // A block the flow analysis does not take: no judgement rather than a crash.
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }

            if (graph == null)
            {
                return null;
            }

            // The chain of lambdas and local functions from the member's body down to the cancel call.
            var chain = new List<IOperation>();
            for (var function = EnclosingFunctions.Of(cancel); function != null; function = EnclosingFunctions.Of(function))
            {
                chain.Insert(0, function);
            }

            foreach (var function in chain)
            {
                graph = function switch
                {
                    ILocalFunctionOperation local => FindLocalFunctionGraph(graph, local.Symbol),
                    IAnonymousFunctionOperation lambda => FindLambdaGraph(graph, lambda.Syntax),
                    _ => null,
                };

                if (graph == null)
                {
                    return null;
                }
            }

            return graph;
        }

        private static ControlFlowGraph? FindLocalFunctionGraph(ControlFlowGraph graph, IMethodSymbol symbol)
        {
            foreach (var local in graph.LocalFunctions)
            {
                if (SymbolEqualityComparer.Default.Equals(local, symbol))
                {
                    return graph.GetLocalFunctionControlFlowGraph(local);
                }
            }

            return null;
        }

        private static ControlFlowGraph? FindLambdaGraph(ControlFlowGraph graph, SyntaxNode syntax)
        {
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    foreach (var inner in operation.DescendantsAndSelf())
                    {
                        if (inner is IFlowAnonymousFunctionOperation flow && flow.Syntax == syntax)
                        {
                            return graph.GetAnonymousFunctionControlFlowGraph(flow);
                        }
                    }
                }

                if (block.BranchValue != null)
                {
                    foreach (var inner in block.BranchValue.DescendantsAndSelf())
                    {
                        if (inner is IFlowAnonymousFunctionOperation flow && flow.Syntax == syntax)
                        {
                            return graph.GetAnonymousFunctionControlFlowGraph(flow);
                        }
                    }
                }
            }

            return null;
        }
    }
}
