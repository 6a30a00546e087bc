using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// Which fix is safe for PENDING_CANCEL in a mapping (a switch, an <c>if … return</c> chain): how it leaves its branch,
    /// and the branch of the pending statuses it can move to. Written through <see cref="PendingCancelDiagnosticProperties"/>.
    /// </summary>
    internal static class MappingFixPlan
    {
        /// <summary>
        /// How PENDING_CANCEL can leave its branch without breaking the code: the way is written to
        /// <paramref name="properties"/>, and the pending branch it moves to (if any) is returned.
        /// </summary>
        public static IOperation? ForMapping(StatusMapping mapping, int route, IOperation reference, ImmutableDictionary<string, string?>.Builder properties)
        {
            var syntax = reference.Syntax;
            int pendingBranch = PendingBranchOf(mapping, route);
            switch (mapping.Construct)
            {
                case ISwitchExpressionOperation:
                    {
                        bool defaultAfter = false;
                        for (int i = route + 1; i < mapping.Branches.Length; i++)
                        {
                            defaultAfter |= mapping.Branches[i].IsDefault;
                        }

                        TakeOutWay? way = TakeOutSyntax.OrPatternOf(syntax) != null ? TakeOutWay.OrLeaf
                            : TakeOutSyntax.ArmOf(syntax) != null ? TakeOutWay.Arm
                            : null;
                        if (way == null)
                        {
                            return null;
                        }

                        if (pendingBranch >= 0 && mapping.Branches[pendingBranch].Node is ISwitchExpressionArmOperation { Guard: null })
                        {
                            PendingCancelDiagnosticProperties.WriteTakeOut(properties, way.Value);
                            PendingCancelDiagnosticProperties.WriteMoveTo(properties, PendingBranch.Arm);
                            return mapping.Branches[pendingBranch].Node;
                        }

                        if (defaultAfter)
                        {
                            PendingCancelDiagnosticProperties.WriteTakeOut(properties, way.Value);
                        }

                        return null;
                    }

                case ISwitchOperation switchStatement:
                    {
                        TakeOutWay? way;
                        var label = TakeOutSyntax.CaseLabelOf(syntax);
                        if (TakeOutSyntax.OrPatternOf(syntax) != null)
                        {
                            way = TakeOutWay.OrLeaf;
                        }
                        else if (label?.Parent is SwitchSectionSyntax section)
                        {
                            way = section.Labels.Count > 1 ? TakeOutWay.Label
                                : CanRemoveSection(switchStatement, (ISwitchCaseOperation)mapping.Branches[route].Node) ? TakeOutWay.Section
                                : null;
                        }
                        else
                        {
                            way = null;
                        }

                        if (way == null)
                        {
                            return null;
                        }

                        PendingCancelDiagnosticProperties.WriteTakeOut(properties, way.Value);
                        if (pendingBranch >= 0 && mapping.Branches[pendingBranch].Node.Syntax is SwitchSectionSyntax)
                        {
                            PendingCancelDiagnosticProperties.WriteMoveTo(properties, PendingBranch.Section);
                            return mapping.Branches[pendingBranch].Node;
                        }

                        return null;
                    }

                default:
                    {
                        // An if … return chain: a side of the test, or the whole `if (s == PendingCancel) return …;`.
                        var way = TakeOutSyntax.OfTestOrCollection(syntax);
                        if (way == null && IfOfSingleTest(reference) != null)
                        {
                            way = TakeOutWay.IfStatement;
                        }

                        if (way != null)
                        {
                            PendingCancelDiagnosticProperties.WriteTakeOut(properties, way.Value);
                        }

                        return null;
                    }
            }
        }

        /// <summary>The branch of the pending statuses (not PENDING_CANCEL's own, not the default): it lists at least two of them, and nothing else; -1 when none does.</summary>
        private static int PendingBranchOf(StatusMapping mapping, int route)
        {
            var universe = mapping.Universe;
            int pc = universe.PendingCancelIndex;
            int pendingBranch = -1;
            for (int candidate = 0; candidate < mapping.Branches.Length && pendingBranch < 0; candidate++)
            {
                if (candidate == route || mapping.Branches[candidate].IsDefault)
                {
                    continue;
                }

                int pendings = 0, others = 0;
                for (int i = 0; i < mapping.Routes.Length; i++)
                {
                    if (mapping.Routes[i] != candidate || mapping.RoutedBy[i] == null)
                    {
                        continue;
                    }

                    if (i != pc && universe.Groups[i] == LifecycleGroup.Pending)
                    {
                        pendings++;
                    }
                    else
                    {
                        others++;
                    }
                }

                if (pendings >= 2 && others == 0)
                {
                    pendingBranch = candidate;
                }
            }

            return pendingBranch;
        }

        /// <summary>The <c>if (s == PendingCancel) return …;</c> (no <c>else</c>) whose whole condition is the reference's comparison.</summary>
        private static IConditionalOperation? IfOfSingleTest(IOperation reference)
        {
            var comparison = ValueUses.ParentThroughConversions(reference);
            if (comparison is IConstantPatternOperation { Parent: IIsPatternOperation pattern })
            {
                comparison = pattern;
            }

            if (comparison is not (IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } or IIsPatternOperation))
            {
                return null;
            }

            return comparison.Parent is IConditionalOperation { WhenFalse: null, WhenTrue: IReturnOperation or IBlockOperation } conditional
                   && conditional.Condition == comparison && conditional.Parent is IBlockOperation
                ? conditional
                : null;
        }

        private static bool CanRemoveSection(ISwitchOperation switchStatement, ISwitchCaseOperation section)
        {
            if (!section.Locals.IsEmpty)
            {
                return false;
            }

            foreach (var operation in switchStatement.Descendants())
            {
                if (operation is IBranchOperation { BranchKind: BranchKind.GoTo } && operation.Syntax is GotoStatementSyntax { CaseOrDefaultKeyword.RawKind: not 0 })
                {
                    return false;
                }

                if (operation is IVariableDeclaratorOperation && section.Syntax.Span.Contains(operation.Syntax.Span))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
