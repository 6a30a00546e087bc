using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Reading the operators of a test: <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>==</c>, <c>!=</c>, <c>is</c>, and the calls <c>Contains</c>, <c>IsFinal()</c>, <c>IsPending()</c>.</summary>
    internal sealed partial class StatusTestReader
    {
        private bool Test(IOperation operation, StatusTestContext context, out ulong set)
        {
            set = 0;
            switch (operation)
            {
                case IBinaryOperation binary when LogicalOperators.IsLogical(binary, out bool isOr):
                    if (!Test(Operations.SkipConversions(binary.LeftOperand), context, out var left)
                        || !Test(Operations.SkipConversions(binary.RightOperand), context, out var right))
                    {
                        return false;
                    }

                    if (isOr)
                    {
                        context.SawOr = true;
                        set = left | right;
                    }
                    else
                    {
                        context.SawAnd = true;
                        set = left & right;
                    }

                    return true;

                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    if (!Test(Operations.SkipConversions(not.Operand), context, out var inner) || context.Universe == null)
                    {
                        return false;
                    }

                    context.SawNot = true;
                    set = context.Universe.All & ~inner;
                    return true;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    {
                        var left2 = Operations.SkipConversions(comparison.LeftOperand);
                        var right2 = Operations.SkipConversions(comparison.RightOperand);
                        IOperation constant, subject;
                        if (TryGetMember(right2, out _, out _))
                        {
                            constant = right2;
                            subject = left2;
                        }
                        else if (TryGetMember(left2, out _, out _))
                        {
                            constant = left2;
                            subject = right2;
                        }
                        else
                        {
                            return false;
                        }

                        if (TryGetMember(subject, out _, out _) || !TryGetMember(constant, out var universe, out int index)
                            || !context.UseUniverse(universe) || !context.UseSubject(ValueUses.TextKey(subject.Syntax), subject))
                        {
                            return false;
                        }

                        context.References.Add(new StatusReference(index, constant));
                        bool equals = comparison.OperatorKind == BinaryOperatorKind.Equals;
                        context.SawEquals |= equals;
                        context.SawNotEquals |= !equals;
                        set = equals ? 1UL << index : universe!.All & ~(1UL << index);
                        return true;
                    }

                case IIsPatternOperation isPattern:
                    {
                        context.SawPattern = true;
                        var subject = Operations.SkipConversions(isPattern.Value);
                        return Pattern(isPattern.Pattern, ValueUses.TextKey(subject.Syntax), subject, context, out set);
                    }

                case IInvocationOperation invocation:
                    return Invocation(invocation, context, out set);

                default:
                    return false;
            }
        }

        private bool Invocation(IInvocationOperation invocation, StatusTestContext context, out ulong set)
        {
            set = 0;
            var method = invocation.TargetMethod;
            if (method.Name is "IsFinal" or "IsPending" && invocation.Instance == null && invocation.Arguments.Length == 1
                && _recognizer.ShippedStatusExtensions != null
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, _recognizer.ShippedStatusExtensions))
            {
                var subject = Operations.SkipConversions(invocation.Arguments[0].Value);
                var universe = UniverseOf(subject.Type);
                if (!context.UseUniverse(universe) || !context.UseSubject(ValueUses.TextKey(subject.Syntax), subject))
                {
                    return false;
                }

                context.SawGroupCall = true;
                set = method.Name == "IsFinal" ? universe!.Finals : universe!.Pendings;
                return true;
            }

            if (method.Name != "Contains" || method.ReturnType.SpecialType != SpecialType.System_Boolean)
            {
                return false;
            }

            IOperation collection, item;
            if (invocation.Instance != null && invocation.Arguments.Length == 1)
            {
                collection = invocation.Instance;
                item = invocation.Arguments[0].Value;
            }
            else if (invocation.Instance == null && invocation.Arguments.Length == 2)
            {
                collection = invocation.Arguments[0].Value;
                item = invocation.Arguments[1].Value;
            }
            else
            {
                return false;
            }

            if (!InlineCollections.TryGetElements(collection, out var elements) || elements.IsEmpty)
            {
                return false;
            }

            var itemSubject = Operations.SkipConversions(item);
            if (!context.UseSubject(ValueUses.TextKey(itemSubject.Syntax), itemSubject))
            {
                return false;
            }

            foreach (var element in elements)
            {
                if (!TryGetMember(element, out var universe, out int index) || !context.UseUniverse(universe))
                {
                    return false;
                }

                context.References.Add(new StatusReference(index, Operations.SkipConversions(element)));
                set |= 1UL << index;
            }

            context.SawContains = true;
            return true;
        }
    }
}
