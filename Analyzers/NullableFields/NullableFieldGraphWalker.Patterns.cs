using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.NullableFields
{
    internal sealed partial class NullableFieldGraphWalker
    {
        /// <summary>
        /// What a pattern that matched proves beyond its input: the members its property patterns read
        /// (<c>order is { AverageFillPrice: not null }</c>, <c>order is { Details.Count: &gt; 0 }</c>), and the fields the
        /// contract says are present for the values it accepts (<c>order.OrderType is OrderType.Limit or OrderType.StopLimit</c>).
        /// Nested patterns are taken apart with work lists, not recursion (they nest as deep as the source writes them).
        /// </summary>
        private void CollectFromPattern(IOperation input, IPatternOperation pattern, List<ValueKey> keys)
        {
            var subpatterns = new Stack<(ValueKey Input, IPropertySubpatternOperation Subpattern)>();
            var pending = new Stack<IPatternOperation>();
            pending.Push(pattern);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case IRecursivePatternOperation recursive:
                        // Order { Symbol: not null } o: the facts hold for the input and for the variable the pattern declares.
                        foreach (var root in new[] { KeyOf(input), recursive.DeclaredSymbol is { } declared ? ValueKey.Variable(declared) : null })
                        {
                            if (root == null)
                            {
                                continue;
                            }

                            foreach (var subpattern in recursive.PropertySubpatterns)
                            {
                                subpatterns.Push((root, subpattern));
                            }
                        }

                        break;
                    case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                        pending.Push(and.RightPattern);
                        pending.Push(and.LeftPattern);
                        break;
                    case var other:
                        CollectPresentFor(input, other, keys);
                        break;
                }
            }

            while (subpatterns.Count > 0)
            {
                var (inputKey, subpattern) = subpatterns.Pop();
                CollectFromSubpattern(inputKey, subpattern, keys, subpatterns);
            }
        }

        /// <summary><c>order.OrderType is OrderType.Limit or OrderType.StopLimit</c>: the fields present for every value matched.</summary>
        private void CollectPresentFor(IOperation input, IPatternOperation pattern, List<ValueKey> keys)
        {
            if (EnumValuesMatched(pattern) is not { Count: > 0 } members || PropertyOf(input) is not { Instance: { } instance } property
                || KeyOf(instance) is not { } receiver)
            {
                return;
            }

            HashSet<IPropertySymbol>? present = null;
            foreach (var member in members)
            {
                var forMember = _owner.PresentWhen(property.Property, member);
                if (present == null)
                {
                    present = new HashSet<IPropertySymbol>(forMember, SymbolEqualityComparer.Default);
                }
                else
                {
                    present.IntersectWith(forMember);
                }
            }

            foreach (var dependent in present!)
            {
                keys.Add(ValueKey.MemberOf(receiver, dependent));
            }
        }

        private void CollectFromSubpattern(
            ValueKey inputKey, IPropertySubpatternOperation subpattern, List<ValueKey> keys, Stack<(ValueKey, IPropertySubpatternOperation)> subpatterns)
        {
            // { A.B.C: pattern }: A and A.B were read, so not null; C is what the pattern says.
            var members = new List<ISymbol>();
            for (var member = subpattern.Member; member != null;)
            {
                switch (member)
                {
                    case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                        members.Add(property.Property);
                        member = property.Instance;
                        continue;
                    case IFieldReferenceOperation field:
                        members.Add(field.Field);
                        member = field.Instance;
                        continue;
                    case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput }:
                        member = null;
                        continue;
                    default:
                        return;
                }
            }

            var key = inputKey;
            for (int i = members.Count - 1; i >= 0; i--)
            {
                key = ValueKey.MemberOf(key, members[i]);
                if (i > 0)
                {
                    keys.Add(key);
                }
            }

            if (NullChecks.RejectsNull(subpattern.Pattern))
            {
                keys.Add(key);
            }

            if (subpattern.Pattern is IRecursivePatternOperation nested && key.Depth < ValueKey.MaxDepth)
            {
                foreach (var inner in nested.PropertySubpatterns)
                {
                    subpatterns.Push((key, inner));
                }
            }
        }

        /// <summary>The enum members a pattern of constants matches (<c>OrderType.Limit or OrderType.StopLimit</c>), or null.</summary>
        private static List<IFieldSymbol>? EnumValuesMatched(IPatternOperation pattern)
        {
            var members = new List<IFieldSymbol>();
            var pending = new Stack<IPatternOperation>();
            pending.Push(pattern);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case IConstantPatternOperation constant when EnumConstant(constant.Value) is { } member:
                        members.Add(member);
                        break;
                    case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either:
                        pending.Push(either.RightPattern);
                        pending.Push(either.LeftPattern);
                        break;
                    default:
                        return null;
                }
            }

            return members;
        }

        private static IFieldSymbol? EnumConstant(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation is IFieldReferenceOperation { Field: { HasConstantValue: true, ContainingType.TypeKind: TypeKind.Enum } field } ? field : null;
        }

        /// <summary>The property read an operation is (through conversions and flow captures), or null.</summary>
        private IPropertyReferenceOperation? PropertyOf(IOperation operation)
        {
            for (int depth = 0; depth < 8; depth++)
            {
                while (operation is IConversionOperation { IsImplicit: true } conversion)
                {
                    operation = conversion.Operand;
                }

                switch (operation)
                {
                    case IPropertyReferenceOperation property:
                        return property;
                    case IFlowCaptureReferenceOperation capture when _captureValues.TryGetValue(capture.Id, out var values) && values.Count == 1:
                        operation = values[0];
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary><c>order.OrderType == OrderType.Limit</c>: the fields the contract says a limit order has are present.</summary>
        private void AddPresentWhen(IOperation subject, IOperation constant, List<ValueKey> keys)
        {
            if (EnumConstant(constant) is not { } member || PropertyOf(subject) is not { Instance: { } instance } property
                || KeyOf(instance) is not { } receiver)
            {
                return;
            }

            foreach (var dependent in _owner.PresentWhen(property.Property, member))
            {
                keys.Add(ValueKey.MemberOf(receiver, dependent));
            }
        }
    }
}
