using System;
using System.Collections.Generic;
using System.Threading;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// Reads an if/else-if chain into an <see cref="EnumMatchShape"/>: at least two tests that each compare the same value with
    /// constants of one enum (<c>==</c>, <c>is</c> with constant and <c>or</c> patterns, <c>||</c> of those), ending in an
    /// <c>else</c>. Only the head of a chain is read (an <c>if</c> that is itself an <c>else if</c> gives null).
    /// </summary>
    internal static class IfChainReader
    {
        public static EnumMatchShape? Read(IConditionalOperation head, CancellationToken cancellationToken, Func<INamedTypeSymbol, bool>? acceptEnum)
        {
            if (head.Syntax is not IfStatementSyntax headSyntax || headSyntax.Parent is ElseClauseSyntax || headSyntax.Else == null
                || !FirstTestIsOnEnum(head.Condition, acceptEnum))
            {
                return null;
            }

            var handled = new HashSet<ulong>();
            IOperation? value = null;
            INamedTypeSymbol? enumType = null;
            int tests = 0;
            IConditionalOperation current = head;
            IfStatementSyntax currentSyntax = headSyntax;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!ReadCondition(current.Condition, ref value, ref enumType, handled))
                {
                    return null;
                }

                tests++;
                if (currentSyntax.Else == null)
                {
                    // No final else: the values no test names are not the chain's business.
                    return null;
                }

                if (current.WhenFalse is IConditionalOperation next && next.Syntax is IfStatementSyntax nextSyntax && nextSyntax.Parent == currentSyntax.Else)
                {
                    current = next;
                    currentSyntax = nextSyntax;
                    continue;
                }

                break;
            }

            var model = head.SemanticModel;
            // The enum was accepted by FirstTestIsOnEnum: every test reads the same value, so it is the first test's enum.
            if (tests < 2 || value == null || enumType == null || model == null || headSyntax.ContainsDiagnostics)
            {
                return null;
            }

            var elseClause = currentSyntax.Else!;
            var fallback = FallbackThrows.StatementAlwaysThrows(elseClause.Statement, model, cancellationToken) ? FallbackKind.Throws : FallbackKind.Explicit;
            return new EnumMatchShape(MatchForm.IfChain, enumType, value, handled, fallback, elseClause, headSyntax.IfKeyword);
        }

        /// <summary>
        /// Every <c>if</c> with an <c>else</c> in the compilation comes here: before anything is allocated, the chain's first
        /// test must compare an enum value (the one <see cref="ReadCondition"/> would read first), of an enum we check.
        /// </summary>
        private static bool FirstTestIsOnEnum(IOperation condition, Func<INamedTypeSymbol, bool>? acceptEnum)
        {
            while (condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or)
            {
                condition = or.LeftOperand;
            }

            ITypeSymbol? type;
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, OperatorMethod: null } equals:
                    var left = Operations.SkipBuiltInConversions(equals.LeftOperand);
                    type = left.ConstantValue.HasValue ? Operations.SkipBuiltInConversions(equals.RightOperand).Type : left.Type;
                    break;
                case IIsPatternOperation isPattern:
                    type = Operations.SkipBuiltInConversions(isPattern.Value).Type;
                    break;
                default:
                    return false;
            }

            return EnumMatchShape.GetEnumType(type) is { } enumType && (acceptEnum == null || acceptEnum(enumType));
        }

        /// <summary>
        /// Reads one test of the chain: an <c>||</c> of comparisons. Walked with an explicit stack (left operand first, as the
        /// code reads), so a test of any length is read without recursion.
        /// </summary>
        private static bool ReadCondition(IOperation condition, ref IOperation? value, ref INamedTypeSymbol? enumType, HashSet<ulong> handled)
        {
            var pending = new Stack<IOperation>();
            pending.Push(condition);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or)
                {
                    pending.Push(or.RightOperand);
                    pending.Push(or.LeftOperand);
                    continue;
                }

                if (!ReadComparison(current, ref value, ref enumType, handled))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>One comparison of the value with constants: <c>==</c>, or <c>is</c> with constant and <c>or</c> patterns.</summary>
        private static bool ReadComparison(IOperation condition, ref IOperation? value, ref INamedTypeSymbol? enumType, HashSet<ulong> handled)
        {
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, OperatorMethod: null } equals:
                {
                    var left = Operations.SkipBuiltInConversions(equals.LeftOperand);
                    var right = Operations.SkipBuiltInConversions(equals.RightOperand);
                    IOperation compared;
                    IOperation constant;
                    if (right.ConstantValue.HasValue && !left.ConstantValue.HasValue)
                    {
                        compared = left;
                        constant = right;
                    }
                    else if (left.ConstantValue.HasValue && !right.ConstantValue.HasValue)
                    {
                        compared = right;
                        constant = left;
                    }
                    else
                    {
                        return false;
                    }

                    if (!TrySameValue(compared, ref value, ref enumType)
                        || !EnumBits.TryGetConstant(constant, out var bits, out var isNull)
                        || isNull)
                    {
                        return false;
                    }

                    handled.Add(bits);
                    return true;
                }

                case IIsPatternOperation isPattern:
                {
                    if (!TrySameValue(Operations.SkipBuiltInConversions(isPattern.Value), ref value, ref enumType))
                    {
                        return false;
                    }

                    // Only constants (and or-patterns of them) count: 's is var x' or 's is not X' is another question.
                    return CaseReader.ReadPattern(isPattern.Pattern, enumType!, handled) == CaseReader.PatternKind.Constants;
                }

                default:
                    return false;
            }
        }

        /// <summary>True when <paramref name="candidate"/> reads the same value as the chain's earlier tests (the first test sets it).</summary>
        private static bool TrySameValue(IOperation candidate, ref IOperation? value, ref INamedTypeSymbol? enumType)
        {
            if (!StableReferences.IsStable(candidate) || EnumMatchShape.GetEnumType(candidate.Type) is not { } type)
            {
                return false;
            }

            if (value == null)
            {
                value = candidate;
                enumType = type;
                return true;
            }

            return SymbolEqualityComparer.Default.Equals(type, enumType) && StableReferences.AreSame(value, candidate);
        }
    }
}
