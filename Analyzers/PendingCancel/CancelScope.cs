using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What the code after one cancel call does with its answer and with the order.</summary>
    internal sealed class CancelScope
    {
        public CancelScope(IInvocationOperation cancel, IOperation anchor, IOperation body, bool isCancelAll)
        {
            // The thread's collections from its last scope, cleared, when it gave them back (see Release).
            var spare = t_spare ?? new Spare();
            t_spare = null;
            _spare = spare;
            Holders = spare.Holders;
            Related = spare.Related;
            Actions = spare.Actions;
            AnswerTests = spare.AnswerTests;
            Cancel = cancel;
            Anchor = anchor;
            Body = body;
            End = anchor.Syntax.Span.End;
            IsCancelAll = isCancelAll;
            ManyOrders = isCancelAll || anchor != cancel;
        }

        public IInvocationOperation Cancel { get; }

        /// <summary>
        /// Where the code after the cancel starts: the cancel call itself, or the <c>Task.WhenAll</c> that awaits it with the
        /// cancels of other orders.
        /// </summary>
        public IOperation Anchor { get; }

        /// <summary>The cancel of all open orders: its answer is the list of orders, each normally PENDING_CANCEL.</summary>
        public bool IsCancelAll { get; }

        /// <summary>
        /// The cancel is one of several (cancel-all, a <c>Task.WhenAll</c> of cancels, a loop that cancels each order): clearing
        /// a collection of open orders afterwards treats them all as gone.
        /// </summary>
        public bool ManyOrders;

        public IOperation Body { get; }

        public int End { get; }

        public readonly HashSet<ISymbol> Holders;
        public readonly HashSet<ISymbol> Related;
        public bool ThisIsRelated;
        public bool Escapes;
        public bool LooksAtStatus;
        public bool WaitsOrRereads;
        public bool NamesPendingCancel;

        /// <summary>The code records the cancel as in flight (a pending-cancel set, a "cancel requested" call): it knows.</summary>
        public bool TracksPending;
        /// <summary>
        /// Nothing after this point can make the cancel's answer a finding (forms 4 and 5): the answer escapes, the code waits
        /// or reads the order again, tracks the cancel as in flight, or looks at the status and names PENDING_CANCEL. The
        /// flags only ever turn on, so a scan may stop here.
        /// </summary>
        public bool Settled => Escapes || WaitsOrRereads || TracksPending || (NamesPendingCancel && LooksAtStatus);

        public readonly List<(IOperation At, string Action)> Actions;
        public readonly List<StatusTest> AnswerTests;

        /// <summary>
        /// Gives the scope's collections back to the thread, cleared, for its next scope: the analysis of a member makes one
        /// scope per cancel call, one after the other. The scope is not used after this; what the analysis keeps from it
        /// (findings, test roots) it has copied out. Collections that grew large are dropped, not kept for the thread's life.
        /// </summary>
        public void Release()
        {
            var spare = _spare;
            if (spare == null)
            {
                return;
            }

            _spare = null;
            if (spare.Holders.Count > MaxKept || spare.Related.Count > MaxKept || spare.Actions.Capacity > MaxKept || spare.AnswerTests.Capacity > MaxKept)
            {
                return;
            }

            spare.Holders.Clear();
            spare.Related.Clear();
            spare.Actions.Clear();
            spare.AnswerTests.Clear();
            t_spare = spare;
        }

        private const int MaxKept = 1024;

        [ThreadStatic]
        private static Spare? t_spare;

        private Spare? _spare;

        private sealed class Spare
        {
            public readonly HashSet<ISymbol> Holders = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            public readonly HashSet<ISymbol> Related = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            public readonly List<(IOperation At, string Action)> Actions = new List<(IOperation, string)>();
            public readonly List<StatusTest> AnswerTests = new List<StatusTest>();
        }
    }
}
