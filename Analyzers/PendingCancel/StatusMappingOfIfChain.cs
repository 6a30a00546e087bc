using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Reading a chain of <c>if (test) return …;</c> over a status as a mapping.</summary>
    internal sealed partial class StatusMapping
    {
        /// <summary>
        /// A function body made of <c>if (test) return …;</c> statements and a last <c>return</c>, where every test is of the
        /// same value: which <c>return</c> each member reaches. Null when the body is anything else.
        /// </summary>
        public static StatusMapping? OfIfChain(IBlockOperation body, StatusTestReader reader)
        {
            StatusUniverse? universe = null;
            string? subjectKey = null;
            bool sawTest = false;
            if (!CollectTests(body, reader, ref universe, ref subjectKey, ref sawTest) || universe == null || !sawTest)
            {
                return null;
            }

            int count = universe.Members.Length;
            var routes = NewRoutes(count);
            var routedBy = new StatusReference?[count];
            var branches = new List<MappingBranch>();
            var branchIndex = new Dictionary<IOperation, int>();
            for (int member = 0; member < count; member++)
            {
                StatusReference? reference = null;
                var outcome = Walk(body.Operations, member, reader, ref reference);
                if (outcome == null)
                {
                    routes[member] = StatusMapping.Unknown;
                    continue;
                }

                if (!branchIndex.TryGetValue(outcome, out int index))
                {
                    index = branches.Count;
                    branchIndex.Add(outcome, index);
                    var value = ((IReturnOperation)outcome).ReturnedValue;
                    branches.Add(new MappingBranch(outcome, value, value == null ? null : ValueKey(value),
                        value == null ? null : ValueName(value), false, false));
                }

                routes[member] = index;
                routedBy[member] = reference;
            }

            return new StatusMapping(body, universe, routes, routedBy, branches.ToImmutableArray(), 0);
        }

        private static bool CollectTests(IOperation statement, StatusTestReader reader, ref StatusUniverse? universe, ref string? subjectKey, ref bool sawTest)
        {
            switch (statement)
            {
                case IBlockOperation block:
                    foreach (var inner in block.Operations)
                    {
                        if (!CollectTests(inner, reader, ref universe, ref subjectKey, ref sawTest))
                        {
                            return false;
                        }
                    }

                    return true;
                case IReturnOperation { ReturnedValue: not null }:
                case IEmptyOperation:
                    return true;
                case IConditionalOperation { Type: null } conditional:
                    var test = reader.Read(conditional.Condition);
                    if (test == null || (universe != null && !ReferenceEquals(universe, test.Universe))
                        || (subjectKey != null && subjectKey != test.SubjectKey))
                    {
                        return false;
                    }

                    universe = test.Universe;
                    subjectKey = test.SubjectKey;
                    sawTest = true;
                    return CollectTests(conditional.WhenTrue, reader, ref universe, ref subjectKey, ref sawTest)
                           && (conditional.WhenFalse == null || CollectTests(conditional.WhenFalse, reader, ref universe, ref subjectKey, ref sawTest));
                default:
                    return false;
            }
        }

        /// <summary>The <c>return</c> a member reaches, or null when it falls off the end.</summary>
        private static IOperation? Walk(ImmutableArray<IOperation> statements, int member, StatusTestReader reader, ref StatusReference? reference)
        {
            foreach (var statement in statements)
            {
                var outcome = Walk(statement, member, reader, ref reference, out bool fallsThrough);
                if (!fallsThrough)
                {
                    return outcome;
                }
            }

            return null;
        }

        private static IOperation? Walk(IOperation statement, int member, StatusTestReader reader, ref StatusReference? reference, out bool fallsThrough)
        {
            fallsThrough = false;
            switch (statement)
            {
                case IBlockOperation block:
                    foreach (var inner in block.Operations)
                    {
                        var outcome = Walk(inner, member, reader, ref reference, out bool innerFalls);
                        if (!innerFalls)
                        {
                            return outcome;
                        }
                    }

                    fallsThrough = true;
                    return null;
                case IReturnOperation returned:
                    return returned;
                case IConditionalOperation conditional:
                    var test = reader.Read(conditional.Condition)!;
                    if ((test.TrueSet & (1UL << member)) != 0)
                    {
                        reference ??= test.FirstReference(member);
                        return Walk(conditional.WhenTrue, member, reader, ref reference, out fallsThrough);
                    }

                    if (conditional.WhenFalse != null)
                    {
                        return Walk(conditional.WhenFalse, member, reader, ref reference, out fallsThrough);
                    }

                    fallsThrough = true;
                    return null;
                default:
                    fallsThrough = true;
                    return null;
            }
        }
    }
}
