using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>One way out of a mapping: a switch arm, a switch section, or a <c>return</c>.</summary>
    internal sealed class MappingBranch
    {
        public MappingBranch(IOperation node, IOperation? value, string? key, string? valueName, bool onlyLogs, bool isDefault)
        {
            Node = node;
            Value = value;
            Key = key;
            ValueName = valueName;
            OnlyLogs = onlyLogs;
            IsDefault = isDefault;
        }

        /// <summary>The arm, the section, or the <c>return</c>.</summary>
        public IOperation Node { get; }

        /// <summary>The value the branch yields or returns, when it is one expression.</summary>
        public IOperation? Value { get; }

        /// <summary>Equal keys: equal results. Null when the result cannot be compared with another branch's.</summary>
        public string? Key { get; }

        /// <summary>The name of the value (an enum member, a constant, a string), when it has one.</summary>
        public string? ValueName { get; }

        public bool OnlyLogs { get; }

        /// <summary>The <c>default</c> section or a discard arm: it takes what the others do not.</summary>
        public bool IsDefault { get; }

        public bool YieldsTrue => Value != null && OperationFacts.Strip(Value).ConstantValue is { HasValue: true, Value: true };
    }

    /// <summary>
    /// Where each order status member goes in a switch expression, a switch statement, or a chain of <c>if … return</c>:
    /// the branch that handles it, the constant that sends it there, and what the branch yields.
    /// </summary>
    internal sealed class StatusMapping
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

        // ------------------------------------------------------------------ switch expression

        public static StatusMapping? OfSwitchExpression(ISwitchExpressionOperation switchExpression, StatusTestReader reader)
        {
            var universe = reader.UniverseOf(switchExpression.Value.Type);
            if (universe == null)
            {
                return null;
            }

            int count = universe.Members.Length;
            var routes = NewRoutes(count);
            var routedBy = new StatusReference?[count];
            var branches = ImmutableArray.CreateBuilder<MappingBranch>();
            ulong remaining = universe.All;
            int uncertain = int.MaxValue;
            foreach (var arm in switchExpression.Arms)
            {
                int branch = branches.Count;
                bool isDefault = arm.Pattern is IDiscardPatternOperation && arm.Guard == null;
                branches.Add(new MappingBranch(arm, arm.Value, ValueKey(arm.Value), ValueName(arm.Value), false, isDefault));
                if (!reader.ReadPattern(arm.Pattern, universe, out var set, out var references))
                {
                    MarkUnknown(routes, remaining);
                    return new StatusMapping(switchExpression, universe, routes, routedBy, branches.ToImmutable(), System.Math.Min(uncertain, branch)) { Truncated = true };
                }

                if (arm.Guard != null)
                {
                    uncertain = System.Math.Min(uncertain, branch);
                }

                Route(routes, routedBy, remaining & set, branch, references, arm.Guard != null);
                remaining &= ~set;
            }

            return new StatusMapping(switchExpression, universe, routes, routedBy, branches.ToImmutable(), uncertain);
        }

        // ------------------------------------------------------------------ switch statement

        public static StatusMapping? OfSwitchStatement(ISwitchOperation switchStatement, StatusTestReader reader)
        {
            var universe = reader.UniverseOf(switchStatement.Value.Type);
            if (universe == null)
            {
                return null;
            }

            int count = universe.Members.Length;
            var routes = NewRoutes(count);
            var routedBy = new StatusReference?[count];
            var branches = ImmutableArray.CreateBuilder<MappingBranch>();
            ulong remaining = universe.All;
            int defaultBranch = -1;
            int uncertain = int.MaxValue;
            var subjectName = OperationFacts.NameOf(switchStatement.Value);
            foreach (var section in switchStatement.Cases)
            {
                int branch = branches.Count;
                bool isDefault = false;
                foreach (var clause in section.Clauses)
                {
                    isDefault |= clause is IDefaultCaseClauseOperation;
                }

                branches.Add(SectionBranch(section, subjectName, isDefault));
                if (isDefault)
                {
                    defaultBranch = branch;
                }

                foreach (var clause in section.Clauses)
                {
                    ulong set;
                    ImmutableArray<StatusReference> references;
                    bool guarded = false;
                    switch (clause)
                    {
                        case IDefaultCaseClauseOperation:
                            continue;
                        case ISingleValueCaseClauseOperation single when reader.TryGetMember(single.Value, out var clauseUniverse, out int index)
                                                                         && ReferenceEquals(clauseUniverse, universe):
                            set = 1UL << index;
                            references = ImmutableArray.Create(new StatusReference(index, OperationFacts.Strip(single.Value)));
                            break;
                        case IPatternCaseClauseOperation patternClause when reader.ReadPattern(patternClause.Pattern, universe, out set, out references):
                            guarded = patternClause.Guard != null;
                            break;
                        default:
                            MarkUnknown(routes, remaining);
                            return new StatusMapping(switchStatement, universe, routes, routedBy, branches.ToImmutable(), System.Math.Min(uncertain, branch)) { Truncated = true };
                    }

                    if (guarded)
                    {
                        uncertain = System.Math.Min(uncertain, branch);
                    }

                    Route(routes, routedBy, remaining & set, branch, references, guarded);
                    remaining &= ~set;
                }
            }

            if (defaultBranch >= 0)
            {
                Route(routes, routedBy, remaining, defaultBranch, ImmutableArray<StatusReference>.Empty, false);
            }

            return new StatusMapping(switchStatement, universe, routes, routedBy, branches.ToImmutable(), uncertain);
        }

        private static MappingBranch SectionBranch(ISwitchCaseOperation section, string? subjectName, bool isDefault)
        {
            var body = section.Body;
            int length = body.Length;
            while (length > 0 && body[length - 1] is IBranchOperation { BranchKind: BranchKind.Break })
            {
                length--;
            }

            bool onlyLogs = true;
            for (int i = 0; i < length; i++)
            {
                onlyLogs &= OperationFacts.OnlyLogs(body[i]);
            }

            if (length == 1 && body[0] is IReturnOperation { ReturnedValue: { } returned })
            {
                return new MappingBranch(section, returned, ValueKey(returned), ValueName(returned), false, isDefault);
            }

            if (length == 1 && body[0] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }
                && OperationFacts.NameOf(assignment.Target) is { } target)
            {
                var valueKey = ValueKey(assignment.Value);
                return new MappingBranch(section, assignment.Value, valueKey == null ? null : target + "=" + valueKey,
                    ValueName(assignment.Value), false, isDefault);
            }

            if (length == 0)
            {
                return new MappingBranch(section, null, null, null, true, isDefault);
            }

            // Two sections whose statements read the same and do not look at the switched value do the same thing.
            var keyBuilder = new System.Text.StringBuilder("body:");
            for (int i = 0; i < length; i++)
            {
                keyBuilder.Append(OperationFacts.TextKey(body[i].Syntax)).Append(';');
            }

            string? key = keyBuilder.ToString();
            if (subjectName == null || Mentions(body, subjectName))
            {
                key = null;
            }

            return new MappingBranch(section, null, key, null, onlyLogs, isDefault);
        }

        private static bool Mentions(ImmutableArray<IOperation> body, string name)
        {
            foreach (var statement in body)
            {
                foreach (var operation in statement.DescendantsAndSelf())
                {
                    if (OperationFacts.NameOf(operation) == name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // ------------------------------------------------------------------ if … return chains

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
                        reference ??= FirstReference(test, member);
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

        private static StatusReference? FirstReference(StatusTest test, int member)
        {
            foreach (var reference in test.References)
            {
                if (reference.Index == member)
                {
                    return reference;
                }
            }

            return null;
        }

        // ------------------------------------------------------------------ helpers

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
            var stripped = OperationFacts.Strip(value);
            if (stripped.ConstantValue.HasValue)
            {
                var constant = stripped.ConstantValue.Value;
                if (constant == null)
                {
                    return null;
                }

                return "c:" + (stripped.Type?.ToDisplayString() ?? "?") + ":" + System.Convert.ToString(constant, System.Globalization.CultureInfo.InvariantCulture);
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
            var stripped = OperationFacts.Strip(value);
            return stripped switch
            {
                IFieldReferenceOperation field => field.Field.Name,
                ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } => text,
                _ => null,
            };
        }
    }
}
