using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// Which CLST001 fix is safe for a finding, decided here because only the analyzer sees the flow and the recogniser;
    /// written to the diagnostic through <see cref="PendingCancelDiagnosticProperties"/>. Mappings: <see cref="MappingFixPlan"/>.
    /// </summary>
    internal static class FixPlan
    {
        /// <summary>A test: how PENDING_CANCEL leaves it, and whether <c>IsFinal()</c> can replace the whole test.</summary>
        public static void ForTest(StatusTest test, IOperation reference, ContractRecognizer recognizer, ImmutableDictionary<string, string?>.Builder properties)
        {
            var takeOut = TakeOutSyntax.OfTestOrCollection(reference.Syntax);
            if (takeOut != null)
            {
                PendingCancelDiagnosticProperties.WriteTakeOut(properties, takeOut.Value);
            }

            var useIsFinal = UseIsFinal(test, recognizer);
            if (useIsFinal != null)
            {
                PendingCancelDiagnosticProperties.WriteUseIsFinal(properties, useIsFinal.Value);
            }
        }

        /// <summary>A collection written in place: PENDING_CANCEL leaves it as an element, when it is one of a list.</summary>
        public static void ForCollection(IOperation reference, ImmutableDictionary<string, string?>.Builder properties)
        {
            if (TakeOutSyntax.OfTestOrCollection(reference.Syntax) == TakeOutWay.Element)
            {
                PendingCancelDiagnosticProperties.WriteTakeOut(properties, TakeOutWay.Element);
            }
        }

        /// <summary>A cancel call whose answer is taken as the outcome: whether the shipped wait can follow it.</summary>
        public static void ForCancel(IInvocationOperation cancel, ContractRecognizer recognizer, ImmutableDictionary<string, string?>.Builder properties)
        {
            if (CanWait(cancel, recognizer))
            {
                PendingCancelDiagnosticProperties.WriteWait(properties);
            }
        }

        private static IsFinalReplacement? UseIsFinal(StatusTest test, ContractRecognizer recognizer)
        {
            var universe = test.Universe;
            if (!universe.IsShipped || recognizer.ShippedStatusExtensions == null
                || !SymbolEqualityComparer.Default.Equals(test.Subject.Type, universe.EnumType))
            {
                return null;
            }

            ulong group = universe.Finals | universe.PendingCancelBit;
            if (test.Listed != group)
            {
                return null;
            }

            if (test.TrueSet == group && test.Shape is TestShape.OrPattern or TestShape.EqualsChain or TestShape.Contains)
            {
                return IsFinalReplacement.IsFinal;
            }

            if (test.TrueSet == (universe.All & ~group) && test.Shape is TestShape.NotOrPattern or TestShape.NotEqualsChain)
            {
                return IsFinalReplacement.NotIsFinal;
            }

            return null;
        }

        /// <summary>True when the shipped <c>WaitForFinalStatusAsync</c> can follow this awaited call in an async function.</summary>
        private static bool CanWait(IInvocationOperation cancel, ContractRecognizer recognizer)
        {
            if (recognizer.ShippedClientExtensions == null || cancel.Instance?.Type == null)
            {
                return false;
            }

            IMethodSymbol? wait = null;
            foreach (var member in recognizer.ShippedClientExtensions.GetMembers("WaitForFinalStatusAsync"))
            {
                if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: > 0 } method)
                {
                    wait = method;
                }
            }

            if (wait == null)
            {
                return false;
            }

            var clientType = wait.Parameters[0].Type;
            var receiverType = cancel.Instance.Type;
            bool converts = SymbolEqualityComparer.Default.Equals(receiverType, clientType);
            foreach (var implemented in receiverType.AllInterfaces)
            {
                converts |= SymbolEqualityComparer.Default.Equals(implemented, clientType);
            }

            if (!converts)
            {
                return false;
            }

            bool awaited = false;
            for (var parent = cancel.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IAwaitOperation)
                {
                    awaited = true;
                    break;
                }

                if (parent is not (IInvocationOperation or IConversionOperation))
                {
                    break;
                }
            }

            return awaited;
        }
    }
}
