using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clst.Analyzers.Recognition
{
    /// <summary>
    /// A rule's whole-member analysis, run only for the members that can hold a finding. Most members of a compilation
    /// never touch what a rule looks for: the driver hands the rule the operations of a few kinds (from the one operation
    /// walk it shares among analyzers), the rule says whether one of them makes the member relevant, and only a relevant
    /// member is analysed, at its end.
    /// </summary>
    internal static class RelevantMembers
    {
        public static void Register(
            CompilationStartAnalysisContext start,
            ImmutableArray<OperationKind> kinds,
            Func<IOperation, bool> isRelevant,
            Action<OperationBlockAnalysisContext> analyze)
        {
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                // This runs for every member of the compilation: one small object, whose two methods are the callbacks.
                var member = new Member(isRelevant, analyze);
                blockStart.RegisterOperationAction(member.Note, kinds);
                blockStart.RegisterOperationBlockEndAction(member.End);
            });
        }

        private sealed class Member
        {
            private readonly Func<IOperation, bool> _isRelevant;
            private readonly Action<OperationBlockAnalysisContext> _analyze;
            private volatile bool _relevant;

            public Member(Func<IOperation, bool> isRelevant, Action<OperationBlockAnalysisContext> analyze)
            {
                _isRelevant = isRelevant;
                _analyze = analyze;
            }

            public void Note(OperationAnalysisContext context)
            {
                if (!_relevant && _isRelevant(context.Operation))
                {
                    _relevant = true;
                }
            }

            public void End(OperationBlockAnalysisContext context)
            {
                if (_relevant)
                {
                    _analyze(context);
                }
            }
        }
    }
}
