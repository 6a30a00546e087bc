using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>How the fixes add the missing members: the order status's by lifecycle group, under the group's comment; one group otherwise.</summary>
    internal static class MissingMemberGroups
    {
        /// <summary>The order status's missing members by lifecycle group; one group otherwise. Members in declaration order.</summary>
        public static ImmutableArray<MemberGroup> Group(ImmutableArray<IFieldSymbol> unhandled, DiagnosticDescriptor descriptor, ContractRecognizer recognizer)
        {
            if (descriptor != Rules.IncompleteOrderStatusMatch)
            {
                return ImmutableArray.Create(new MemberGroup(string.Empty, unhandled.Select(f => f.Name).ToImmutableArray()));
            }

            var order = new List<LifecycleGroup>();
            var byGroup = new Dictionary<LifecycleGroup, ImmutableArray<string>.Builder>();
            foreach (var field in unhandled)
            {
                var group = recognizer.GetStatusGroup(field) ?? LifecycleGroup.Unknown;
                if (!byGroup.TryGetValue(group, out var names))
                {
                    names = ImmutableArray.CreateBuilder<string>();
                    byGroup.Add(group, names);
                    order.Add(group);
                }

                names.Add(field.Name);
            }

            // In the contract README's order: final, pending, working, paused, unknown.
            return order
                .OrderBy(g => g == LifecycleGroup.Unknown ? int.MaxValue : (int)g)
                .Select(g => new MemberGroup(LifecycleGroupComments.For(g), byGroup[g].ToImmutable()))
                .ToImmutableArray();
        }
    }
}
