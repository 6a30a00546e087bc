using System;
using System.Collections.Immutable;
using System.Text;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Reading a switch expression or a switch statement over a status as a mapping.</summary>
    internal sealed partial class StatusMapping
    {
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
                    return new StatusMapping(switchExpression, universe, routes, routedBy, branches.ToImmutable(), Math.Min(uncertain, branch)) { Truncated = true };
                }

                if (arm.Guard != null)
                {
                    uncertain = Math.Min(uncertain, branch);
                }

                Route(routes, routedBy, remaining & set, branch, references, arm.Guard != null);
                remaining &= ~set;
            }

            return new StatusMapping(switchExpression, universe, routes, routedBy, branches.ToImmutable(), uncertain);
        }

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
            var subjectName = ValueUses.NameOf(switchStatement.Value);
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
                            references = ImmutableArray.Create(new StatusReference(index, Operations.SkipConversions(single.Value)));
                            break;
                        case IPatternCaseClauseOperation patternClause when reader.ReadPattern(patternClause.Pattern, universe, out set, out references):
                            guarded = patternClause.Guard != null;
                            break;
                        default:
                            MarkUnknown(routes, remaining);
                            return new StatusMapping(switchStatement, universe, routes, routedBy, branches.ToImmutable(), Math.Min(uncertain, branch)) { Truncated = true };
                    }

                    if (guarded)
                    {
                        uncertain = Math.Min(uncertain, branch);
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
                onlyLogs &= LoggingCalls.OnlyLogs(body[i]);
            }

            if (length == 1 && body[0] is IReturnOperation { ReturnedValue: { } returned })
            {
                return new MappingBranch(section, returned, ValueKey(returned), ValueName(returned), false, isDefault);
            }

            if (length == 1 && body[0] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }
                && ValueUses.NameOf(assignment.Target) is { } target)
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
            var keyBuilder = new StringBuilder("body:");
            for (int i = 0; i < length; i++)
            {
                keyBuilder.Append(ValueUses.TextKey(body[i].Syntax)).Append(';');
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
                using (var walk = new OperationWalk(statement))
                {
                    while (walk.Next(out var operation))
                    {
                        if (ValueUses.NameOf(operation) == name)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
}
