using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Decides, for each construct, whether it treats PENDING_CANCEL as final, and records the finding.</summary>
    internal sealed partial class Judge
    {
        private readonly StatusTestReader _reader;
        private readonly ISymbol _owningSymbol;
        private readonly List<IInvocationOperation> _cancels;
        private readonly Findings _findings;

        public Judge(StatusTestReader reader, ISymbol owningSymbol, List<IInvocationOperation> cancels, Findings findings)
        {
            _reader = reader;
            _owningSymbol = owningSymbol;
            _cancels = cancels;
            _findings = findings;
        }

        private bool SaysFinalAndReturnsBool(IOperation? function, string? functionName)
            => IdentifierWords.SaysFinal(functionName)
               && EnclosingFunctions.ReturnType(function, _owningSymbol)?.SpecialType == SpecialType.System_Boolean;

        /// <summary>
        /// Not judged: names that say "pending / requested / can cancel", code that only logs, and a check made before
        /// sending a cancel in the same function (it asks whether there is anything left to cancel).
        /// </summary>
        private bool IsExempt(IOperation construct, string? consumerName, string? functionName)
        {
            if (IdentifierWords.SaysInFlightOrCancelable(consumerName) || IdentifierWords.SaysInFlightOrCancelable(functionName)
                || LoggingCalls.IsInsideLogging(construct))
            {
                return true;
            }

            // The functions the construct sits in, innermost first, up to the member itself (null).
            var functions = new List<IOperation?>();
            for (var function = EnclosingFunctions.Of(construct); ; function = EnclosingFunctions.Of(function))
            {
                functions.Add(function);
                if (function == null)
                {
                    break;
                }

                if (IdentifierWords.SaysInFlightOrCancelable(EnclosingFunctions.Name(function, _owningSymbol)))
                {
                    return true;
                }
            }

            if (IdentifierWords.SaysInFlightOrCancelable(EnclosingFunctions.Name(null, _owningSymbol)))
            {
                return true;
            }

            // A check made before a cancel is sent, in the same function or one around it: is there anything left to cancel?
            foreach (var cancel in _cancels)
            {
                if (cancel.Syntax.SpanStart > construct.Syntax.Span.End && functions.Contains(EnclosingFunctions.Of(cancel)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the test picks a value for PENDING_CANCEL whose name says "pending / canceling" (<c>… ? "Canceling" : …</c>).</summary>
        private static bool TernaryYieldsInFlight(IOperation test, bool pcIsTrue)
        {
            if (ValueUses.ParentThroughConversions(test) is not IConditionalOperation { Type: not null } ternary || Operations.SkipConversions(ternary.Condition) != Operations.SkipConversions(test))
            {
                return false;
            }

            var value = pcIsTrue ? ternary.WhenTrue : ternary.WhenFalse;
            return value != null && IdentifierWords.SaysInFlightOrCancelable(StatusMapping.ValueName(value));
        }

        /// <summary>True when the test is an <c>if</c>'s condition and both branches only log.</summary>
        private static bool OnlyLogsOnEitherBranch(IOperation test)
        {
            var current = test;
            var parent = current.Parent;
            while (parent != null && (parent is IConversionOperation || LogicalOperators.IsLogical(parent, out _) || LogicalOperators.IsNot(parent)))
            {
                current = parent;
                parent = parent.Parent;
            }

            return parent is IConditionalOperation { Type: null } conditional && conditional.Condition == current
                   && LoggingCalls.OnlyLogs(conditional.WhenTrue) && LoggingCalls.OnlyLogs(conditional.WhenFalse);
        }
    }
}
