using System.Collections.Generic;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>Reads one case of a match (a pattern): the enum constants it names, a catch-all, or something we do not judge.</summary>
    internal static class CaseReader
    {
        public enum PatternKind
        {
            Constants,
            CatchAll,
            Unknown,
        }

        /// <summary>
        /// Constants (added to <paramref name="handled"/>), a catch-all, or something we do not judge. An <c>or</c> pattern is
        /// walked with an explicit stack, so one of any length is read without recursion; <c>and</c> and <c>not</c> patterns
        /// (other than <c>not null</c>) are not judged and are not walked into.
        /// </summary>
        public static PatternKind ReadPattern(IPatternOperation pattern, INamedTypeSymbol enumType, HashSet<ulong> handled)
        {
            var result = PatternKind.Constants;
            var pending = new Stack<IPatternOperation>();
            pending.Push(pattern);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or)
                {
                    pending.Push(or.RightPattern);
                    pending.Push(or.LeftPattern);
                    continue;
                }

                switch (ReadSingle(current, enumType, handled))
                {
                    case PatternKind.Unknown:
                        return PatternKind.Unknown;
                    case PatternKind.CatchAll:
                        result = PatternKind.CatchAll;
                        break;
                }
            }

            return result;
        }

        /// <summary>One pattern that is not an <c>or</c>.</summary>
        private static PatternKind ReadSingle(IPatternOperation pattern, INamedTypeSymbol enumType, HashSet<ulong> handled)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    if (!EnumBits.TryGetConstant(constant.Value, out var bits, out var isNull))
                    {
                        return PatternKind.Unknown;
                    }

                    if (!isNull)
                    {
                        handled.Add(bits);
                    }

                    return PatternKind.Constants;

                case IDiscardPatternOperation:
                    return PatternKind.CatchAll;

                case IDeclarationPatternOperation declaration:
                    return declaration.MatchesNull || MatchesEveryMember(declaration.MatchedType, enumType) ? PatternKind.CatchAll : PatternKind.Unknown;

                case ITypePatternOperation type:
                    return MatchesEveryMember(type.MatchedType, enumType) ? PatternKind.CatchAll : PatternKind.Unknown;

                case IRecursivePatternOperation recursive:
                    return recursive.DeconstructionSubpatterns.IsEmpty && recursive.PropertySubpatterns.IsEmpty
                           && MatchesEveryMember(recursive.MatchedType, enumType)
                        ? PatternKind.CatchAll
                        : PatternKind.Unknown;

                case INegatedPatternOperation { Pattern: IConstantPatternOperation negated }
                    when EnumBits.TryGetConstant(negated.Value, out _, out var negatedIsNull) && negatedIsNull:
                    return PatternKind.CatchAll;

                default:
                    return PatternKind.Unknown;
            }
        }

        private static bool MatchesEveryMember(ITypeSymbol? matched, INamedTypeSymbol enumType)
        {
            if (matched == null)
            {
                return false;
            }

            return SymbolEqualityComparer.Default.Equals(Types.UnwrapNullable(matched), enumType)
                   || matched.SpecialType is SpecialType.System_Object or SpecialType.System_Enum or SpecialType.System_ValueType;
        }
    }
}
