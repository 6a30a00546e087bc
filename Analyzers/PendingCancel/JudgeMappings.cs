using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Forms 1, 2 and 3 in a mapping (a switch, an <c>if … return</c> chain): where PENDING_CANCEL is sent, and with what.</summary>
    internal sealed partial class Judge
    {
        public void JudgeMapping(StatusMapping mapping)
        {
            var universe = mapping.Universe;
            int pc = universe.PendingCancelIndex;
            int route = mapping.Routes[pc];
            var routedBy = mapping.RoutedBy[pc];
            if (route < 0 || routedBy == null)
            {
                return;
            }

            var branch = mapping.Branches[route];
            if (branch.OnlyLogs)
            {
                return;
            }

            var construct = mapping.Construct;
            var function = construct is IBlockOperation ? EnclosingFunctions.OfBody(construct) : EnclosingFunctions.Of(construct);
            var functionName = EnclosingFunctions.Name(function, _owningSymbol);
            bool isFunctionResult = construct switch
            {
                ISwitchExpressionOperation => ValueUses.IsReturned(construct),
                ISwitchOperation => branch.Node is ISwitchCaseOperation section && section.Body.Length > 0 && section.Body[0] is IReturnOperation,
                _ => true,
            };

            bool answersYes = isFunctionResult && branch.YieldsTrue && SaysFinalAndReturnsBool(function, functionName);
            ulong sameResult = mapping.SameResultAs(route);
            bool sameAsFinal = mapping.ResultIsKnownFor(route) && universe.IsFinalGroupWithPendingCancel(sameResult);
            bool namedFinal = branch.ValueName != null && IdentifierWords.SaysFinal(branch.ValueName);
            if (!answersYes && !sameAsFinal && !namedFinal)
            {
                return;
            }

            var consumer = construct is ISwitchExpressionOperation ? ValueUses.ConsumerName(construct, _owningSymbol) : null;
            if (IsExempt(construct, consumer, functionName) || (branch.ValueName != null && IdentifierWords.SaysInFlightOrCancelable(branch.ValueName)))
            {
                return;
            }

            var reference = routedBy.Value.Operation;
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            IOperation? moveTo = MappingFixPlan.ForMapping(mapping, route, reference, properties);
            PendingCancelForm form;
            int priority;
            string description;
            if (answersYes)
            {
                form = PendingCancelForm.AnswersYes;
                priority = Finding.NamedFunctionPriority;
                description = $"'{functionName}' answers yes for '{universe.Spell(pc)}'";
            }
            else if (namedFinal)
            {
                form = PendingCancelForm.MappedToOutcome;
                priority = Finding.NamedValuePriority;
                description = $"'{universe.Spell(pc)}' is mapped to '{branch.ValueName}'";
            }
            else if ((OwnMembers(mapping, route) & universe.Finals) != 0)
            {
                form = PendingCancelForm.GroupedWithFinal;
                priority = Finding.GroupPriority;
                description = $"'{universe.Spell(pc)}' is grouped with the final statuses ({universe.Describe(OwnMembers(mapping, route) & universe.Finals)})";
            }
            else
            {
                form = PendingCancelForm.MappedToOutcome;
                priority = Finding.SameResultPriority;
                int peer = (sameResult & (1UL << Math.Max(universe.CanceledIndex, 0))) != 0 && universe.CanceledIndex >= 0
                    ? universe.CanceledIndex
                    : LowestFinal(universe, sameResult);
                description = $"'{universe.Spell(pc)}' is mapped to the same result as '{universe.Spell(peer)}'";
            }

            PendingCancelDiagnosticProperties.WriteForm(properties, form);
            _findings.Add(new Finding(reference, priority, description, properties.ToImmutable(), construct, moveTo));
        }

        private static ulong OwnMembers(StatusMapping mapping, int route)
        {
            ulong set = 0;
            for (int i = 0; i < mapping.Routes.Length; i++)
            {
                if (mapping.Routes[i] == route)
                {
                    set |= 1UL << i;
                }
            }

            return set;
        }

        private static int LowestFinal(StatusUniverse universe, ulong set)
        {
            for (int i = 0; i < universe.Members.Length; i++)
            {
                if ((set & universe.Finals & (1UL << i)) != 0)
                {
                    return i;
                }
            }

            return universe.PendingCancelIndex;
        }
    }
}
