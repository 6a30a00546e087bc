using System;
using System.Collections.Immutable;
using System.Linq;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>How the fixes add the missing members: the order status's by lifecycle group, under the group's comment; one group otherwise.</summary>
    internal static class MissingMemberGroups
    {
        /// <summary>
        /// Every lifecycle group in the contract README's order, which is the enum's (final, pending, working, paused), unknown
        /// last; read from the enum once, so a group added to it is never left out.
        /// </summary>
        private static readonly ImmutableArray<LifecycleGroup> s_readmeOrder = Enum.GetValues(typeof(LifecycleGroup))
            .Cast<LifecycleGroup>()
            .OrderBy(g => g == LifecycleGroup.Unknown ? int.MaxValue : (int)g)
            .ToImmutableArray();

        /// <summary>The order status's missing members by lifecycle group; one group otherwise. Members in declaration order.</summary>
        public static ImmutableArray<MemberGroup> Group(ImmutableArray<IFieldSymbol> unhandled, DiagnosticDescriptor descriptor, ContractRecognizer recognizer)
        {
            if (descriptor != Rules.IncompleteOrderStatusMatch)
            {
                var names = ImmutableArray.CreateBuilder<string>(unhandled.Length);
                foreach (var field in unhandled)
                {
                    names.Add(field.Name);
                }

                return ImmutableArray.Create(new MemberGroup(null, names.MoveToImmutable()));
            }

            // Each member's group, asked once; then the groups in the README's order (no LINQ, no dictionary: this runs for
            // every order status match reported).
            var groups = new LifecycleGroup[unhandled.Length];
            for (int i = 0; i < unhandled.Length; i++)
            {
                groups[i] = recognizer.GetStatusGroup(unhandled[i]) ?? LifecycleGroup.Unknown;
            }

            var result = ImmutableArray.CreateBuilder<MemberGroup>();
            foreach (var group in s_readmeOrder)
            {
                ImmutableArray<string>.Builder? names = null;
                for (int i = 0; i < unhandled.Length; i++)
                {
                    if (groups[i] == group)
                    {
                        (names ??= ImmutableArray.CreateBuilder<string>()).Add(unhandled[i].Name);
                    }
                }

                if (names != null)
                {
                    result.Add(new MemberGroup(group, names.ToImmutable()));
                }
            }

            return result.ToImmutable();
        }
    }
}
