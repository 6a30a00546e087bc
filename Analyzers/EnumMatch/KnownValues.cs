using System.Collections.Generic;
using System.Threading;
using Clst.Analyzers.Recognition;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// What the code has already established about the matched value where the match runs (docs/rules/CLST003.md, "What the
    /// rules know about the value"): the values it can still hold. Cheap by design, no flow analysis: it looks only at the
    /// statements enclosing the match in the same method body — the branch of an enclosing <c>if</c> (or <c>?:</c>) the match
    /// sits in, the guard clauses (<c>if (…) return;</c>) before it in each enclosing block — and at where the value comes
    /// from (a local set once from <c>await …WaitForFinalStatusAsync(…)</c>). The value must be a local or a parameter, or a
    /// property of one, written nowhere in the method (no assignment, no <c>ref</c>/<c>out</c>); else nothing is known.
    /// </summary>
    internal static class KnownValues
    {
        /// <summary>The values the match's value can still hold; null when nothing narrows it (judge every member).</summary>
        public static HashSet<ulong>? Possible(
            IOperation match, EnumMatchShape shape, EnumValues values, ContractRecognizer recognizer, CancellationToken cancellationToken)
        {
            var value = Operations.SkipBuiltInConversions(shape.Value);
            var all = new HashSet<ulong>(values.Bits);
            var facts = new ConditionFacts(value, shape.EnumType, all, recognizer);
            HashSet<ulong>? possible = FromWait(value, facts, recognizer);
            if (Root(value) is not { } root)
            {
                // '(await wait(…)).Status' has no root and nothing can write it; any other value without one: nothing known.
                return possible;
            }

            // Up the enclosing statements of the same body: a branch taken, a guard clause passed.
            IOperation child = match;
            for (var parent = match.Parent; parent != null; child = parent, parent = parent.Parent)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (parent)
                {
                    case IAnonymousFunctionOperation or ILocalFunctionOperation:
                        // Runs later, maybe after the value changed: facts from outside do not hold inside.
                        parent = null;
                        break;
                    case IConditionalOperation conditional when child == conditional.WhenTrue || child == conditional.WhenFalse:
                        possible = ConditionFacts.Intersect(possible, facts.MayHold(conditional.Condition, child == conditional.WhenTrue));
                        break;
                    case IBlockOperation block:
                        foreach (var statement in block.Operations)
                        {
                            if (statement == child)
                            {
                                break;
                            }

                            if (statement is IConditionalOperation { WhenFalse: null } guard && AlwaysLeaves(guard.WhenTrue))
                            {
                                possible = ConditionFacts.Intersect(possible, facts.MayHold(guard.Condition, whenTrue: false));
                            }
                        }

                        break;
                }

                if (parent == null)
                {
                    break;
                }
            }

            // Written anywhere in the method (before, between, or after in a loop): nothing is known.
            return possible != null && !ValueWrites.IsWritten(match, root, value, cancellationToken) ? possible : null;
        }

        /// <summary>
        /// The final statuses, when the value is the status of what a wait for a final status returned: <c>(await wait(…)).Status</c>,
        /// or <c>x.Status</c> with <c>x</c> a local declared as <c>var x = await wait(…);</c> (through an envelope's <c>Data</c> too).
        /// </summary>
        private static HashSet<ulong>? FromWait(IOperation value, ConditionFacts facts, ContractRecognizer recognizer)
        {
            if (value is not IPropertyReferenceOperation { Instance: { } instance })
            {
                return null;
            }

            while (Operations.SkipBuiltInConversions(instance) is IPropertyReferenceOperation { Instance: { } inner, Property.Name: "Data" })
            {
                instance = inner;
            }

            instance = Operations.SkipBuiltInConversions(instance);
            if (instance is ILocalReferenceOperation local)
            {
                instance = Initializer(local.Local, value) ?? instance;
            }

            return Operations.SkipBuiltInConversions(instance) is IAwaitOperation { Operation: var awaited }
                   && Operations.SkipBuiltInConversions(awaited) is IInvocationOperation invocation
                   && recognizer.IsWaitForFinalStatus(invocation.TargetMethod)
                ? facts.GroupValues(LifecycleGroup.Final)
                : null;
        }

        /// <summary>The value a local is declared with (<c>var x = …;</c>), when it is declared in the same tree.</summary>
        private static IOperation? Initializer(ILocalSymbol local, IOperation use)
        {
            if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || use.SemanticModel is not { } model)
            {
                return null;
            }

            var syntax = local.DeclaringSyntaxReferences[0].GetSyntax();
            return syntax.SyntaxTree == model.SyntaxTree && model.GetOperation(syntax) is IVariableDeclaratorOperation declarator
                ? declarator.Initializer?.Value
                : null;
        }

        /// <summary>The local or parameter the value is read from (through properties and fields); null for anything else (a field of <c>this</c>, a static).</summary>
        private static ISymbol? Root(IOperation value)
        {
            for (var current = value; ;)
            {
                switch (Operations.SkipBuiltInConversions(current))
                {
                    case ILocalReferenceOperation local:
                        return local.Local.IsRef ? null : local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter.RefKind == RefKind.None ? parameter.Parameter : null;
                    case IPropertyReferenceOperation { Instance: { } instance, Arguments.Length: 0 }:
                        current = instance;
                        break;
                    case IFieldReferenceOperation { Instance: { } instance }:
                        current = instance;
                        break;
                    default:
                        return null;
                }
            }
        }

        /// <summary>True when the statement never completes normally: a <c>return</c>, <c>throw</c>, <c>break</c>, <c>continue</c> or <c>goto</c>, or a block that ends in one.</summary>
        private static bool AlwaysLeaves(IOperation statement)
        {
            while (statement is IBlockOperation block)
            {
                if (block.Operations.IsEmpty)
                {
                    return false;
                }

                statement = block.Operations[block.Operations.Length - 1];
            }

            return statement is IReturnOperation { Kind: not OperationKind.YieldReturn } or IBranchOperation or IExpressionStatementOperation { Operation: IThrowOperation } or IThrowOperation;
        }
    }
}
