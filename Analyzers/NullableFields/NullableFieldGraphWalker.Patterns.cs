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
        /// </summary>
        private void CollectFromPattern(IOperation input, IPatternOperation pattern, List<ValueKey> keys, int depth)
        {
            if (depth > 16)
            {
                return;
            }

            switch (pattern)
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
                            CollectFromSubpattern(root, subpattern, keys, depth + 1);
                        }
                    }

                    return;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } and:
                    CollectFromPattern(input, and.LeftPattern, keys, depth + 1);
                    CollectFromPattern(input, and.RightPattern, keys, depth + 1);
                    return;
                default:
                    if (EnumValuesMatched(pattern, 0) is { Count: > 0 } members && PropertyOf(input) is { Instance: { } instance } property
                        && KeyOf(instance) is { } receiver)
                    {
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

                    return;
            }
        }

        private void CollectFromSubpattern(ValueKey inputKey, IPropertySubpatternOperation subpattern, List<ValueKey> keys, int depth)
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

            if (subpattern.Pattern is IRecursivePatternOperation nested)
            {
                foreach (var inner in nested.PropertySubpatterns)
                {
                    CollectFromSubpattern(key, inner, keys, depth + 1);
                }
            }
        }

        /// <summary>The enum members a pattern of constants matches (<c>OrderType.Limit or OrderType.StopLimit</c>), or null.</summary>
        private static List<IFieldSymbol>? EnumValuesMatched(IPatternOperation pattern, int depth)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant when EnumConstant(constant.Value) is { } member:
                    return new List<IFieldSymbol> { member };
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either when depth < 16:
                    var left = EnumValuesMatched(either.LeftPattern, depth + 1);
                    var right = EnumValuesMatched(either.RightPattern, depth + 1);
                    if (left == null || right == null)
                    {
                        return null;
                    }

                    left.AddRange(right);
                    return left;
                default:
                    return null;
            }
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
