using System;
using System.Collections.Immutable;
using System.Globalization;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// Where each order status member goes in a switch expression, a switch statement, or a chain of <c>if … return</c>:
    /// the branch that handles it, the constant that sends it there, and what the branch yields.
    /// </summary>
    internal sealed partial class StatusMapping
    {
        public const int Unhandled = -1;
        public const int Unknown = -2;

        private StatusMapping(IOperation construct, StatusUniverse universe, int[] routes, StatusReference?[] routedBy,
            ImmutableArray<MappingBranch> branches, int firstUncertainBranch)
        {
            FirstUncertainBranch = firstUncertainBranch;
            Construct = construct;
            Universe = universe;
            Routes = routes;
            RoutedBy = routedBy;
            Branches = branches;
        }

        /// <summary>The switch, or the function body of an <c>if</c> chain.</summary>
        public IOperation Construct { get; }

        public StatusUniverse Universe { get; }

        /// <summary>Per member: the index of its branch, <see cref="Unhandled"/> or <see cref="Unknown"/>.</summary>
        public int[] Routes { get; }

        /// <summary>Per member: the constant written in the code that sends it to its branch, if any.</summary>
        public StatusReference?[] RoutedBy { get; }

        public ImmutableArray<MappingBranch> Branches { get; }

        /// <summary>The first branch from which members may have gone unknown ways (a guard, a pattern not understood).</summary>
        public int FirstUncertainBranch { get; }

        /// <summary>
        /// True when every member that may share the branch's result is known: all members are, or the branch's result is
        /// its own (no key) and it comes before the first uncertain branch (a member not yet routed there cannot reach it).
        /// </summary>
        public bool ResultIsKnownFor(int branch)
        {
            if (AllKnown)
            {
                return true;
            }

            if (Truncated)
            {
                return false;
            }

            // A member gone an unknown way ends in the uncertain branch, a later one or the default: none may share the result.
            var key = Branches[branch].Key;
            for (int other = 0; other < Branches.Length; other++)
            {
                if (other < FirstUncertainBranch && !Branches[other].IsDefault)
                {
                    continue;
                }

                if (other == branch || (key != null && Branches[other].Key == key))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when reading stopped at a pattern it does not understand: later branches are not listed.</summary>
        public bool Truncated { get; private set; }

        public bool AllKnown
        {
            get
            {
                foreach (var route in Routes)
                {
                    if (route == Unknown)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The members whose branch yields the same result as <paramref name="branch"/> (the branch's own members at least).</summary>
        public ulong SameResultAs(int branch)
        {
            ulong set = 0;
            var key = Branches[branch].Key;
            for (int i = 0; i < Routes.Length; i++)
            {
                int route = Routes[i];
                if (route == branch || (route >= 0 && key != null && Branches[route].Key == key))
                {
                    set |= 1UL << i;
                }
            }

            return set;
        }

        private static int[] NewRoutes(int count)
        {
            var routes = new int[count];
            for (int i = 0; i < count; i++)
            {
                routes[i] = Unhandled;
            }

            return routes;
        }

        private static void MarkUnknown(int[] routes, ulong members)
        {
            for (int i = 0; i < routes.Length; i++)
            {
                if ((members & (1UL << i)) != 0)
                {
                    routes[i] = Unknown;
                }
            }
        }

        private static void Route(int[] routes, StatusReference?[] routedBy, ulong members, int branch,
            ImmutableArray<StatusReference> references, bool guarded)
        {
            for (int i = 0; i < routes.Length; i++)
            {
                if ((members & (1UL << i)) == 0 || routes[i] != Unhandled)
                {
                    continue;
                }

                if (guarded)
                {
                    routes[i] = Unknown;
                    continue;
                }

                routes[i] = branch;
                foreach (var reference in references)
                {
                    if (reference.Index == i)
                    {
                        routedBy[i] = reference;
                        break;
                    }
                }
            }
        }

        /// <summary>A key for a value that two branches can share: a constant, or a static field; null for anything else.</summary>
        public static string? ValueKey(IOperation value)
        {
            var stripped = Operations.SkipConversions(value);
            if (stripped.ConstantValue.HasValue)
            {
                var constant = stripped.ConstantValue.Value;
                if (constant == null)
                {
                    return null;
                }

                return "c:" + (stripped.Type?.ToDisplayString() ?? "?") + ":" + Convert.ToString(constant, CultureInfo.InvariantCulture);
            }

            if (stripped is IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field })
            {
                return "f:" + field.ToDisplayString();
            }

            return null;
        }

        /// <summary>The name a value carries: an enum member's or constant's name, or a string's text.</summary>
        public static string? ValueName(IOperation value)
        {
            var stripped = Operations.SkipConversions(value);
            return stripped switch
            {
                IFieldReferenceOperation field => field.Field.Name,
                ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } => text,
                _ => null,
            };
        }
    }
}
