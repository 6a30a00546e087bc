using System.Collections.Immutable;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Form 1 in a collection written in place: PENDING_CANCEL listed with the final statuses in a set named final.</summary>
    internal sealed partial class Judge
    {
        public void JudgeCollection(IOperation collection)
        {
            if (!InlineCollections.TryGetElements(collection, out var elements) || elements.Length < 2)
            {
                return;
            }

            StatusUniverse? universe = null;
            ulong set = 0;
            IOperation? reference = null;
            foreach (var element in elements)
            {
                if (!_reader.TryGetMember(element, out var elementUniverse, out int index)
                    || (universe != null && !ReferenceEquals(universe, elementUniverse)))
                {
                    return;
                }

                universe = elementUniverse;
                set |= 1UL << index;
                if (index == universe!.PendingCancelIndex && reference == null)
                {
                    reference = Operations.SkipConversions(element);
                }
            }

            if (universe == null || reference == null || !universe.IsFinalGroupWithPendingCancel(set))
            {
                return;
            }

            // Climb through what passes the collection on: a set's constructor, ToHashSet(), ImmutableHashSet.Create(…).
            IOperation top = collection;
            while (true)
            {
                var parent = top.Parent;
                if (parent is IConversionOperation)
                {
                    top = parent;
                    continue;
                }

                if (parent is IArgumentOperation { Parent: IObjectCreationOperation { Arguments.Length: 1 } creation })
                {
                    top = creation;
                    continue;
                }

                if (parent is IArgumentOperation { Parent: IInvocationOperation passing } && InlineCollections.IsPassThrough(passing, out var source)
                    && Operations.SkipConversions(source) == Operations.SkipConversions(top))
                {
                    top = passing;
                    continue;
                }

                if (parent is IInvocationOperation instanceCall && instanceCall.Instance == top && InlineCollections.IsPassThrough(instanceCall, out _))
                {
                    top = instanceCall;
                    continue;
                }

                break;
            }

            // Used in place (new[] { … }.Contains(s)): that is a test, judged as one.
            if (top.Parent is IInvocationOperation { TargetMethod.Name: "Contains" } contains && contains.Instance == top
                || top.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Contains" } })
            {
                return;
            }

            var name = ValueUses.ConsumerName(top, _owningSymbol);
            if (!IdentifierWords.SaysFinal(name))
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            PendingCancelDiagnosticProperties.WriteForm(properties, PendingCancelForm.GroupedWithFinal);
            FixPlan.ForCollection(reference, properties);

            _findings.Add(new Finding(reference, Finding.GroupPriority,
                $"'{universe.Spell(universe.PendingCancelIndex)}' is listed with the final statuses in '{name}'",
                properties.ToImmutable(), collection, null));
        }
    }
}
