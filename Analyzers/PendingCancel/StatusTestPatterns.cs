using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Reading the patterns of a test, and the shape of the whole test.</summary>
    internal sealed partial class StatusTestReader
    {
        private bool Pattern(IPatternOperation pattern, string subjectKey, IOperation? subject, StatusTestContext context, out ulong set)
        {
            set = 0;
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    {
                        var value = Operations.SkipConversions(constant.Value);
                        if (value is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
                        {
                            return context.UseSubject(subjectKey, subject);
                        }

                        if (!TryGetMember(value, out var universe, out int index) || !context.UseUniverse(universe)
                            || !context.UseSubject(subjectKey, subject))
                        {
                            return false;
                        }

                        context.References.Add(new StatusReference(index, value));
                        set = 1UL << index;
                        return true;
                    }

                case INegatedPatternOperation negated:
                    if (!Pattern(negated.Pattern, subjectKey, subject, context, out var inner) || context.Universe == null)
                    {
                        return false;
                    }

                    context.SawNot = true;
                    set = context.Universe.All & ~inner;
                    return true;

                case IBinaryPatternOperation binary:
                    if (!Pattern(binary.LeftPattern, subjectKey, subject, context, out var left)
                        || !Pattern(binary.RightPattern, subjectKey, subject, context, out var right))
                    {
                        return false;
                    }

                    if (binary.OperatorKind == BinaryOperatorKind.Or)
                    {
                        context.SawOr = true;
                        set = left | right;
                        return true;
                    }

                    if (binary.OperatorKind == BinaryOperatorKind.And)
                    {
                        context.SawAnd = true;
                        set = left & right;
                        return true;
                    }

                    return false;

                case IDiscardPatternOperation:
                    if (context.Universe == null)
                    {
                        return false;
                    }

                    set = context.Universe.All;
                    return true;

                case IRecursivePatternOperation recursive
                    when recursive.PropertySubpatterns.Length == 1 && recursive.DeconstructionSubpatterns.IsEmpty
                         && recursive.DeclaredSymbol == null && recursive.PropertySubpatterns[0].Member is IPropertyReferenceOperation member:
                    context.SawPropertyPattern = true;
                    return Pattern(recursive.PropertySubpatterns[0].Pattern, subjectKey + "{" + ValueUses.TextKey(member.Syntax) + "}",
                        subject, context, out set);

                default:
                    return false;
            }
        }

        private static TestShape ShapeOf(IOperation test, StatusTestContext context)
        {
            if (context.SawGroupCall || context.SawPropertyPattern)
            {
                return TestShape.Other;
            }

            var stripped = Operations.SkipConversions(test);
            if (stripped is IIsPatternOperation isPattern && !context.SawAnd && !context.SawEquals && !context.SawNotEquals && !context.SawContains)
            {
                if (!context.SawNot)
                {
                    return TestShape.OrPattern;
                }

                if (isPattern.Pattern is INegatedPatternOperation { Pattern: var negated } && !ContainsNegation(negated))
                {
                    return TestShape.NotOrPattern;
                }

                return TestShape.Other;
            }

            if (context.SawPattern || context.SawNot)
            {
                return TestShape.Other;
            }

            if (context.SawContains)
            {
                return stripped is IInvocationOperation ? TestShape.Contains : TestShape.Other;
            }

            if (context.SawEquals && !context.SawNotEquals && !context.SawAnd)
            {
                return TestShape.EqualsChain;
            }

            if (context.SawNotEquals && !context.SawEquals && !context.SawOr)
            {
                return TestShape.NotEqualsChain;
            }

            return TestShape.Other;
        }

        private static bool ContainsNegation(IPatternOperation pattern)
            => pattern switch
            {
                INegatedPatternOperation => true,
                IBinaryPatternOperation binary => binary.OperatorKind != BinaryOperatorKind.Or
                                                  || ContainsNegation(binary.LeftPattern) || ContainsNegation(binary.RightPattern),
                _ => false,
            };
    }
}
