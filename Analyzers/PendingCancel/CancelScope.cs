using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What the code after one cancel call does with its answer and with the order.</summary>
    internal sealed class CancelScope
    {
        public CancelScope(IInvocationOperation cancel, IOperation body)
        {
            Cancel = cancel;
            Body = body;
            End = cancel.Syntax.Span.End;
        }

        public IInvocationOperation Cancel { get; }

        public IOperation Body { get; }

        public int End { get; }

        public readonly HashSet<ISymbol> Holders = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        public readonly HashSet<ISymbol> Related = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        public bool ThisIsRelated;
        public bool Escapes;
        public bool LooksAtStatus;
        public bool WaitsOrRereads;
        public bool NamesPendingCancel;

        /// <summary>The code records the cancel as in flight (a pending-cancel set, a "cancel requested" call): it knows.</summary>
        public bool TracksPending;
        public readonly List<(IOperation At, string Action)> Actions = new List<(IOperation, string)>();
        public readonly List<StatusTest> AnswerTests = new List<StatusTest>();
    }
}
