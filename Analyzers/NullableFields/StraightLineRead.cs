using System;
using Clst.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// A member that CLST002 can judge without a flow graph: it reads one of the nineteen fields exactly once, uses that
    /// read at once in a way that throws or hides the null (<c>(decimal)order.LimitPrice</c>, <c>order.Details.Count</c>),
    /// and holds nothing that could have handled the null before it — no branch of any kind (<c>if</c>, <c>?:</c>,
    /// <c>??</c>, <c>?.</c>, <c>&amp;&amp;</c>, <c>is</c>, <c>switch</c>, a loop, <c>try</c>, <c>using</c>, <c>lock</c>,
    /// <c>goto</c>), no <c>throw</c>, no return but the last statement, no lambda or local function, and no call that checks
    /// a value, assumes a condition or never returns (<see cref="NullChecks"/>). On such a member the flow analysis starts
    /// with nothing known, meets that one use first, and reports it: the same finding is made here without building the
    /// graph. Any other member, and any read this cannot judge, goes to <see cref="NullableFieldFlowAnalysis"/>.
    /// </summary>
    internal struct StraightLineRead
    {
        private IPropertyReferenceOperation? _read;
        private int _reads;
        private bool _flow;

        /// <summary>Takes in one operation of the member's walk; <paramref name="isFieldRead"/>: a reference to one of the fields.</summary>
        public void Observe(IOperation operation, IOperation root, bool isFieldRead)
        {
            if (_flow)
            {
                return;
            }

            if (isFieldRead)
            {
                _reads++;
                _read = (IPropertyReferenceOperation)operation;
            }

            switch (operation.Kind)
            {
                case OperationKind.Conditional:
                case OperationKind.Coalesce:
                case OperationKind.CoalesceAssignment:
                case OperationKind.ConditionalAccess:
                case OperationKind.IsPattern:
                case OperationKind.SwitchExpression:
                case OperationKind.Switch:
                case OperationKind.Loop:
                case OperationKind.Try:
                case OperationKind.Using:
                case OperationKind.UsingDeclaration:
                case OperationKind.Lock:
                case OperationKind.Branch:
                case OperationKind.Labeled:
                case OperationKind.Throw:
                case OperationKind.YieldReturn:
                case OperationKind.YieldBreak:
                case OperationKind.LocalFunction:
                case OperationKind.AnonymousFunction:
                case OperationKind.InterpolatedStringHandlerCreation:
                case OperationKind.With:
                    _flow = true;
                    return;
                case OperationKind.Binary:
                    _flow = ((IBinaryOperation)operation).OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr;
                    return;
                case OperationKind.Return:
                    _flow = !IsLastStatement(operation, root);
                    return;
                case OperationKind.Invocation:
                    _flow = MayChangeWhatIsKnown((IInvocationOperation)operation);
                    return;
            }
        }

        /// <summary>The member's one finding, when it is straight-line code with one read used at once; else null (analyse the flow).</summary>
        public NullableFieldFinding? Finding(Func<IPropertySymbol, NullableOrderField?> fieldOf)
        {
            if (_flow || _reads != 1 || _read is not { } read || !HasPlainInstance(read)
                || fieldOf(read.Property) is not { } field
                || NullableUse.Classify(read) is not { } use)
            {
                return null;
            }

            return new NullableFieldFinding(use, field, Shared.Types.IsDeclaredNullable(read.Property), null);
        }

        /// <summary>A return is straight-line only as the last statement of the member's own block (an expression body's included).</summary>
        private static bool IsLastStatement(IOperation operation, IOperation root)
            => operation.Parent is IBlockOperation block
               && (ReferenceEquals(block, root) || ReferenceEquals(block.Parent, root))
               && block.Operations.Length > 0
               && ReferenceEquals(block.Operations[block.Operations.Length - 1], operation);

        /// <summary>A call the flow analysis learns from: one that checks an argument, assumes a condition, or never returns.</summary>
        private static bool MayChangeWhatIsKnown(IInvocationOperation invocation)
        {
            if (NullChecks.DoesNotReturn(invocation.TargetMethod))
            {
                return true;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (NullChecks.ThrowsWhenNull(invocation, argument) || NullChecks.DoesNotReturnIf(argument) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The read's receiver is a plain path (<c>order</c>, <c>this.order</c>, <c>batch.Order</c>): a receiver that is
        /// a call's result can be proven by a query (<c>orders.First(...)</c>), which only the flow analysis knows.
        /// </summary>
        private static bool HasPlainInstance(IPropertyReferenceOperation read)
        {
            for (var instance = read.Instance; instance != null;)
            {
                switch (instance)
                {
                    case ILocalReferenceOperation:
                    case IParameterReferenceOperation:
                    case IInstanceReferenceOperation:
                        return true;
                    case IFieldReferenceOperation field:
                        instance = field.Instance;
                        if (instance == null)
                        {
                            return true; // a static field
                        }

                        continue;
                    case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                        instance = property.Instance;
                        if (instance == null)
                        {
                            return true; // a static property
                        }

                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
