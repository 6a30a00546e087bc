using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Reading the patterns of a test, and the shape of the whole test.</summary>
    internal sealed partial class StatusTestReader
    {
        /// <summary>
        /// Reads a pattern with an explicit stack: <c>or</c>, <c>and</c> and <c>not</c> nest as deep as the input (a 50,000-member
        /// <c>or</c> pattern), and so do property patterns. Left to right, as the code reads.
        /// </summary>
        private bool Pattern(IPatternOperation pattern, string subjectKey, IOperation? subject, StatusTestContext context, out ulong set)
        {
            set = 0;
            var work = new Stack<(IPatternOperation Pattern, string Key, bool Combine)>();
            var values = new Stack<ulong>();
            work.Push((pattern, subjectKey, false));
            while (work.Count > 0)
            {
                var (current, key, combine) = work.Pop();
                if (combine)
                {
                    bool? or = current is IBinaryPatternOperation binary ? binary.OperatorKind == BinaryOperatorKind.Or : null;
                    if (!Combine(values, or, context))
                    {
                        return false;
                    }

                    continue;
                }

                switch (current)
                {
                    case IBinaryPatternOperation binary when binary.OperatorKind is BinaryOperatorKind.Or or BinaryOperatorKind.And:
                        work.Push((current, key, true));
                        work.Push((binary.RightPattern, key, false));
                        work.Push((binary.LeftPattern, key, false));
                        break;

                    case INegatedPatternOperation negated:
                        work.Push((current, key, true));
                        work.Push((negated.Pattern, key, false));
                        break;

                    case IRecursivePatternOperation recursive
                        when recursive.PropertySubpatterns.Length == 1 && recursive.DeconstructionSubpatterns.IsEmpty
                             && recursive.DeclaredSymbol == null && recursive.PropertySubpatterns[0].Member is IPropertyReferenceOperation member:
                        context.SawPropertyPattern = true;
                        work.Push((recursive.PropertySubpatterns[0].Pattern, key + "{" + ValueUses.TextKey(member.Syntax) + "}", false));
                        break;

                    default:
                        if (!PatternLeaf(current, key, subject, context, out var leaf))
                        {
                            return false;
                        }

                        values.Push(leaf);
                        break;
                }
            }

            set = values.Pop();
            return true;
        }

        /// <summary>A constant or a discard in a pattern; anything else is not a status test.</summary>
        private bool PatternLeaf(IPatternOperation pattern, string subjectKey, IOperation? subject, StatusTestContext context, out ulong set)
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

                case IDiscardPatternOperation:
                    if (context.Universe == null)
                    {
                        return false;
                    }

                    set = context.Universe.All;
                    return true;

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

        /// <summary>True when a negation (or an <c>and</c>) sits anywhere in the pattern; walked with an explicit stack.</summary>
        private static bool ContainsNegation(IPatternOperation pattern)
        {
            var work = new Stack<IPatternOperation>();
            work.Push(pattern);
            while (work.Count > 0)
            {
                switch (work.Pop())
                {
                    case INegatedPatternOperation:
                        return true;
                    case IBinaryPatternOperation binary:
                        if (binary.OperatorKind != BinaryOperatorKind.Or)
                        {
                            return true;
                        }

                        work.Push(binary.RightPattern);
                        work.Push(binary.LeftPattern);
                        break;
                }
            }

            return false;
        }
    }
}
