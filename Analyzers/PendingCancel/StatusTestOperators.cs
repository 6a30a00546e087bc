using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Reading the operators of a test: <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>==</c>, <c>!=</c>, <c>is</c>, and the calls <c>Contains</c>, <c>IsFinal()</c>, <c>IsPending()</c>.</summary>
    internal sealed partial class StatusTestReader
    {
        /// <summary>
        /// Reads <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> with an explicit stack, left to right: a chain is as deep as the
        /// input (<c>s == A || s == B || …</c> with 13,000 terms), and the compiler's own stack must not follow it.
        /// </summary>
        private bool Test(IOperation operation, StatusTestContext context, out ulong set)
        {
            if (!IsLogicalOrNot(operation))
            {
                // One comparison, pattern or call (most tests): no stacks.
                return Leaf(operation, context, out set);
            }

            set = 0;
            var work = new Stack<(IOperation Operation, bool Combine)>();
            var values = new Stack<ulong>();
            work.Push((operation, false));
            while (work.Count > 0)
            {
                var (current, combine) = work.Pop();
                if (!combine)
                {
                    if (current is IBinaryOperation logical && LogicalOperators.IsLogical(logical, out _))
                    {
                        work.Push((current, true));
                        work.Push((Operations.SkipConversions(logical.RightOperand), false));
                        work.Push((Operations.SkipConversions(logical.LeftOperand), false));
                    }
                    else if (current is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation)
                    {
                        work.Push((current, true));
                        work.Push((Operations.SkipConversions(negation.Operand), false));
                    }
                    else if (Leaf(current, context, out var leaf))
                    {
                        values.Push(leaf);
                    }
                    else
                    {
                        return false;
                    }

                    continue;
                }

                bool? or = current is IBinaryOperation binary && LogicalOperators.IsLogical(binary, out bool isOr) ? isOr : null;
                if (!Combine(values, or, context))
                {
                    return false;
                }
            }

            set = values.Pop();
            return true;
        }

        private static bool IsLogicalOrNot(IOperation operation)
            => (operation is IBinaryOperation binary && LogicalOperators.IsLogical(binary, out _))
               || operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not };

        /// <summary>
        /// Replaces the top one or two sets with their combination: <c>or</c>/<c>||</c> (<paramref name="or"/> true),
        /// <c>and</c>/<c>&amp;&amp;</c> (false), or a negation (null, which needs the universe). Shared by the two stacks.
        /// </summary>
        private static bool Combine(Stack<ulong> values, bool? or, StatusTestContext context)
        {
            if (or == null)
            {
                var inner = values.Pop();
                if (context.Universe == null)
                {
                    return false;
                }

                context.SawNot = true;
                values.Push(context.Universe.All & ~inner);
                return true;
            }

            var right = values.Pop();
            var left = values.Pop();
            if (or.Value)
            {
                context.SawOr = true;
                values.Push(left | right);
            }
            else
            {
                context.SawAnd = true;
                values.Push(left & right);
            }

            return true;
        }

        /// <summary>One operand of a test: a comparison, an <c>is</c> pattern or a call.</summary>
        private bool Leaf(IOperation operation, StatusTestContext context, out ulong set)
        {
            set = 0;
            switch (operation)
            {
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
            if (invocation.Instance != null)
            {
                if (invocation.Arguments.Length != 1)
                {
                    return false;
                }

                collection = invocation.Instance;
                item = invocation.Arguments[0].Value;
            }
            else if (!TryGetCollectionAndItem(invocation, out collection, out item))
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

        /// <summary>
        /// The collection and the item of a static <c>Contains(collection, item)</c> (an extension method called either
        /// way), by parameter, whatever the order the arguments are written in. A parameter left to its default may follow:
        /// C# 14 on .NET 10 binds <c>array.Contains(x)</c> to <c>MemoryExtensions.Contains(ReadOnlySpan&lt;T&gt;, T,
        /// IEqualityComparer&lt;T&gt;? comparer = null)</c>. A comparer given explicitly may change what counts as equal: not read.
        /// </summary>
        private static bool TryGetCollectionAndItem(IInvocationOperation invocation, out IOperation collection, out IOperation item)
        {
            collection = null!;
            item = null!;
            foreach (var argument in invocation.Arguments)
            {
                switch (argument.Parameter?.Ordinal)
                {
                    case 0:
                        collection = argument.Value;
                        break;
                    case 1:
                        item = argument.Value;
                        break;
                    default:
                        if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                        {
                            return false;
                        }

                        break;
                }
            }

            return collection != null && item != null;
        }
    }
}
