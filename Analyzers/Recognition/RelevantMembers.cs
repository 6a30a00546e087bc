using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Recognition
{
    /// <summary>
    /// A rule's whole-member analysis, run only for the members that can hold a finding. Most members of a compilation
    /// never touch what a rule looks for: the driver hands the rule the operations of a few kinds (from the one operation
    /// walk it shares among analyzers), the rule says whether one of them makes the member relevant, and only a relevant
    /// member is analysed, when the driver hands over its blocks.
    /// </summary>
    internal static class RelevantMembers
    {
        public static void Register(
            CompilationStartAnalysisContext start,
            ImmutableArray<OperationKind> kinds,
            Func<IOperation, bool> isRelevant,
            Action<OperationBlockAnalysisContext> analyze)
        {
            // The roots of the operation trees that hold a relevant operation, until their member is analysed. The driver
            // runs a member's operation actions before its operation block actions; registered at the compilation, neither
            // costs the driver a set of actions per member.
            var relevantRoots = new ConcurrentDictionary<IOperation, bool>(IdentityComparer<IOperation>.Instance);
            // How many roots are waiting: zero for most members' blocks, which then skip the dictionary. A member's operation
            // actions have all run when its block action runs, so its own root is counted by then.
            int waiting = 0;
            start.RegisterOperationAction(
                context =>
                {
                    var operation = context.Operation;
                    if (isRelevant(operation) && relevantRoots.TryAdd(RootOf(operation), true))
                    {
                        Interlocked.Increment(ref waiting);
                    }
                },
                kinds);
            start.RegisterOperationBlockAction(context =>
            {
                if (Volatile.Read(ref waiting) == 0)
                {
                    return;
                }

                bool relevant = false;
                foreach (var block in context.OperationBlocks)
                {
                    if (relevantRoots.TryRemove(RootOf(block), out _))
                    {
                        Interlocked.Decrement(ref waiting);
                        relevant = true;
                    }
                }

                if (relevant)
                {
                    analyze(context);
                }
            });
        }

        private static IOperation RootOf(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }
    }
}
