using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>The form of a match over an enum value.</summary>
    internal enum MatchForm
    {
        SwitchStatement,
        SwitchExpression,
        IfChain,
    }

    /// <summary>What becomes of the values that no case of the match names.</summary>
    internal enum FallbackKind
    {
        /// <summary>A <c>switch</c> statement with no <c>default</c>: they skip the switch (silently ignored).</summary>
        None,

        /// <summary>The match's own fallback throws: <c>default: throw</c>, <c>_ =&gt; throw</c>, a throw helper, a final <c>else</c> that throws.</summary>
        Throws,

        /// <summary>A <c>switch</c> statement with no <c>default</c>, followed at once by a <c>throw</c>.</summary>
        ThrowsAfter,

        /// <summary>A <c>switch</c> expression with no catch-all arm: the compiler's generated code throws.</summary>
        Implicit,

        /// <summary>A fallback that does something other than throw: an explicit choice for "everything else".</summary>
        Explicit,
    }

    /// <summary>
    /// What a match over an enum value handles, read from <see cref="IOperation"/>: the values its unguarded cases name, its
    /// fallback and what the fallback does. Shared by <see cref="IncompleteEnumMatchAnalyzer"/> and the code fixes
    /// (PopulateSwitch style: the fixer reads the same shape again before it edits). It knows nothing of the contract;
    /// the analyzer asks the recogniser which enum the value is. <see cref="TryRead"/> returns null for anything it does
    /// not fully understand (broken code, patterns other than constants and catch-alls): then nothing is reported.
    /// </summary>
    internal sealed class EnumMatchShape
    {
        private EnumMatchShape(
            MatchForm form,
            INamedTypeSymbol enumType,
            IOperation value,
            HashSet<ulong> handled,
            FallbackKind fallback,
            SyntaxNode? fallbackNode,
            SyntaxToken keyword)
        {
            Form = form;
            EnumType = enumType;
            Value = value;
            Handled = handled;
            Fallback = fallback;
            FallbackNode = fallbackNode;
            Keyword = keyword;
        }

        public MatchForm Form { get; }

        /// <summary>The enum matched over (its nullable form unwrapped).</summary>
        public INamedTypeSymbol EnumType { get; }

        /// <summary>The value matched over (the switch's governing value, or the value an if-chain compares).</summary>
        public IOperation Value { get; }

        /// <summary>The constant values named by cases with no <c>when</c> guard (as raw bits).</summary>
        public HashSet<ulong> Handled { get; }

        public FallbackKind Fallback { get; }

        /// <summary>
        /// The fallback: the <c>default</c> (or catch-all) <see cref="SwitchSectionSyntax"/>, the catch-all
        /// <see cref="SwitchExpressionArmSyntax"/>, the <c>throw</c> that follows the switch, or the final <see cref="ElseClauseSyntax"/>.
        /// </summary>
        public SyntaxNode? FallbackNode { get; }

        /// <summary>Where the diagnostic sits: the <c>switch</c> keyword, or the first <c>if</c> of the chain.</summary>
        public SyntaxToken Keyword { get; }

        public bool FallbackThrows => Fallback is FallbackKind.Throws or FallbackKind.ThrowsAfter or FallbackKind.Implicit;

        /// <summary>How many distinct values the enum's members have (aliases count once).</summary>
        public int CountMemberValues()
        {
            var values = new HashSet<ulong>();
            foreach (var member in EnumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && TryGetBits(field.ConstantValue, out var bits))
                {
                    values.Add(bits);
                }
            }

            return values.Count;
        }

        /// <summary>The enum's members whose value no unguarded case names, in declaration order, one per value.</summary>
        public ImmutableArray<IFieldSymbol> GetUnhandledMembers()
        {
            var seen = new HashSet<ulong>(Handled);
            var builder = ImmutableArray.CreateBuilder<IFieldSymbol>();
            foreach (var member in EnumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field
                    && TryGetBits(field.ConstantValue, out var bits)
                    && seen.Add(bits))
                {
                    builder.Add(field);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// Reads a switch statement, a switch expression or the head of an if/else-if chain; null when not understood. An
        /// if/else-if chain's enum is that of its first test: <paramref name="acceptEnum"/>, when given, turns a chain over any
        /// other enum away before the rest is read and its final <c>else</c> judged (that takes a control-flow analysis).
        /// </summary>
        public static EnumMatchShape? TryRead(IOperation operation, CancellationToken cancellationToken, Func<INamedTypeSymbol, bool>? acceptEnum = null)
        {
            switch (operation)
            {
                case ISwitchOperation switchStatement:
                    return ReadSwitchStatement(switchStatement, cancellationToken);
                case ISwitchExpressionOperation switchExpression:
                    return ReadSwitchExpression(switchExpression, cancellationToken);
                case IConditionalOperation conditional:
                    return ReadIfChain(conditional, cancellationToken, acceptEnum);
                default:
                    return null;
            }
        }

        /// <summary>The enum type of a matched value (nullable unwrapped), or null when it is not an enum we can judge.</summary>
        public static INamedTypeSymbol? GetEnumType(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                return null;
            }

            // A [Flags] enum is matched bit by bit: "every named member" means nothing there.
            foreach (var attribute in enumType.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "FlagsAttribute")
                {
                    return null;
                }
            }

            return enumType;
        }

        // ------------------------------------------------------------------ switch statement

        private static EnumMatchShape? ReadSwitchStatement(ISwitchOperation operation, CancellationToken cancellationToken)
        {
            if (operation.Syntax is not SwitchStatementSyntax syntax
                || syntax.ContainsDiagnostics
                || GetEnumType(operation.Value.Type) is not { } enumType
                || HasInvalid(operation.Value))
            {
                return null;
            }

            var handled = new HashSet<ulong>();
            ISwitchCaseOperation? fallbackCase = null;
            foreach (var switchCase in operation.Cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool isFallback = false;
                foreach (var clause in switchCase.Clauses)
                {
                    switch (clause)
                    {
                        case IDefaultCaseClauseOperation:
                            isFallback = true;
                            break;
                        case ISingleValueCaseClauseOperation single:
                            if (!TryGetConstantBits(single.Value, out var bits, out var isNull))
                            {
                                return null;
                            }

                            if (!isNull)
                            {
                                handled.Add(bits);
                            }

                            break;
                        case IPatternCaseClauseOperation pattern:
                            if (pattern.Guard != null)
                            {
                                // A case guarded by 'when' does not handle its member.
                                break;
                            }

                            switch (ReadPattern(pattern.Pattern, enumType, handled))
                            {
                                case PatternKind.CatchAll:
                                    isFallback = true;
                                    break;
                                case PatternKind.Unknown:
                                    return null;
                            }

                            break;
                        default:
                            return null;
                    }
                }

                if (isFallback && fallbackCase == null)
                {
                    fallbackCase = switchCase;
                }
            }

            var model = operation.SemanticModel;
            if (model == null)
            {
                return null;
            }

            FallbackKind fallback;
            SyntaxNode? fallbackNode = null;
            if (fallbackCase != null)
            {
                if (fallbackCase.Syntax is not SwitchSectionSyntax section || HasInvalid(fallbackCase))
                {
                    return null;
                }

                fallbackNode = section;
                fallback = StatementsAlwaysThrow(section.Statements, model, cancellationToken) ? FallbackKind.Throws : FallbackKind.Explicit;
            }
            else if (GetNextStatement(syntax) is { } next && StatementAlwaysThrows(next, model, cancellationToken))
            {
                fallbackNode = next;
                fallback = FallbackKind.ThrowsAfter;
            }
            else
            {
                fallback = FallbackKind.None;
            }

            return new EnumMatchShape(MatchForm.SwitchStatement, enumType, operation.Value, handled, fallback, fallbackNode, syntax.SwitchKeyword);
        }

        /// <summary>The statement that runs next when no section of the switch is taken, when the switch sits in a statement list.</summary>
        public static StatementSyntax? GetNextStatement(StatementSyntax statement)
        {
            SyntaxList<StatementSyntax> statements;
            switch (statement.Parent)
            {
                case BlockSyntax block:
                    statements = block.Statements;
                    break;
                case SwitchSectionSyntax section:
                    statements = section.Statements;
                    break;
                case GlobalStatementSyntax global when global.Parent is CompilationUnitSyntax unit:
                    int at = unit.Members.IndexOf(global);
                    return at >= 0 && at + 1 < unit.Members.Count && unit.Members[at + 1] is GlobalStatementSyntax nextGlobal
                        ? nextGlobal.Statement
                        : null;
                default:
                    return null;
            }

            int index = statements.IndexOf(statement);
            return index >= 0 && index + 1 < statements.Count ? statements[index + 1] : null;
        }

        // ------------------------------------------------------------------ switch expression

        private static EnumMatchShape? ReadSwitchExpression(ISwitchExpressionOperation operation, CancellationToken cancellationToken)
        {
            if (operation.Syntax is not SwitchExpressionSyntax syntax
                || syntax.ContainsDiagnostics
                || GetEnumType(operation.Value.Type) is not { } enumType
                || HasInvalid(operation.Value))
            {
                return null;
            }

            var handled = new HashSet<ulong>();
            ISwitchExpressionArmOperation? fallbackArm = null;
            foreach (var arm in operation.Arms)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (arm.Guard != null)
                {
                    continue;
                }

                switch (ReadPattern(arm.Pattern, enumType, handled))
                {
                    case PatternKind.CatchAll:
                        fallbackArm ??= arm;
                        break;
                    case PatternKind.Unknown:
                        return null;
                }
            }

            FallbackKind fallback;
            SyntaxNode? fallbackNode = null;
            if (fallbackArm != null)
            {
                if (fallbackArm.Syntax is not SwitchExpressionArmSyntax armSyntax || HasInvalid(fallbackArm.Value))
                {
                    return null;
                }

                fallbackNode = armSyntax;
                fallback = ExpressionAlwaysThrows(fallbackArm.Value, cancellationToken) ? FallbackKind.Throws : FallbackKind.Explicit;
            }
            else
            {
                fallback = FallbackKind.Implicit;
            }

            return new EnumMatchShape(MatchForm.SwitchExpression, enumType, operation.Value, handled, fallback, fallbackNode, syntax.SwitchKeyword);
        }

        // ------------------------------------------------------------------ if / else-if chain

        /// <summary>
        /// An if/else-if chain of at least two tests that each compare the same value with constants of one enum
        /// (<c>==</c>, <c>is</c> with constant and <c>or</c> patterns, <c>||</c> of those), ending in an <c>else</c>.
        /// Only the head of a chain is read (an <c>if</c> that is itself an <c>else if</c> returns null).
        /// </summary>
        private static EnumMatchShape? ReadIfChain(IConditionalOperation head, CancellationToken cancellationToken, Func<INamedTypeSymbol, bool>? acceptEnum)
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
            var fallback = StatementAlwaysThrows(elseClause.Statement, model, cancellationToken) ? FallbackKind.Throws : FallbackKind.Explicit;
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
                    var left = SkipConversions(equals.LeftOperand);
                    type = left.ConstantValue.HasValue ? SkipConversions(equals.RightOperand).Type : left.Type;
                    break;
                case IIsPatternOperation isPattern:
                    type = SkipConversions(isPattern.Value).Type;
                    break;
                default:
                    return false;
            }

            return GetEnumType(type) is { } enumType && (acceptEnum == null || acceptEnum(enumType));
        }

        private static bool ReadCondition(IOperation condition, ref IOperation? value, ref INamedTypeSymbol? enumType, HashSet<ulong> handled)
        {
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                    return ReadCondition(or.LeftOperand, ref value, ref enumType, handled)
                           && ReadCondition(or.RightOperand, ref value, ref enumType, handled);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, OperatorMethod: null } equals:
                {
                    var left = SkipConversions(equals.LeftOperand);
                    var right = SkipConversions(equals.RightOperand);
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
                        || !TryGetConstantBits(constant, out var bits, out var isNull)
                        || isNull)
                    {
                        return false;
                    }

                    handled.Add(bits);
                    return true;
                }

                case IIsPatternOperation isPattern:
                {
                    if (!TrySameValue(SkipConversions(isPattern.Value), ref value, ref enumType))
                    {
                        return false;
                    }

                    // Only constants (and or-patterns of them) count: 's is var x' or 's is not X' is another question.
                    return ReadPattern(isPattern.Pattern, enumType!, handled) == PatternKind.Constants;
                }

                default:
                    return false;
            }
        }

        /// <summary>True when <paramref name="candidate"/> reads the same value as the chain's earlier tests (the first test sets it).</summary>
        private static bool TrySameValue(IOperation candidate, ref IOperation? value, ref INamedTypeSymbol? enumType)
        {
            if (!IsStableReference(candidate) || GetEnumType(candidate.Type) is not { } type)
            {
                return false;
            }

            if (value == null)
            {
                value = candidate;
                enumType = type;
                return true;
            }

            return SymbolEqualityComparer.Default.Equals(type, enumType) && SameReference(value, candidate);
        }

        /// <summary>A local, a parameter, <c>this</c>, or a field or argument-less property of one of those.</summary>
        public static bool IsStableReference(IOperation operation)
        {
            switch (operation)
            {
                case ILocalReferenceOperation:
                case IParameterReferenceOperation:
                case IInstanceReferenceOperation:
                    return true;
                case IFieldReferenceOperation field:
                    return field.Instance == null || IsStableReference(field.Instance);
                case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                    return property.Instance == null || IsStableReference(property.Instance);
                default:
                    return false;
            }
        }

        private static bool SameReference(IOperation a, IOperation b)
        {
            a = SkipConversions(a);
            b = SkipConversions(b);
            switch (a)
            {
                case ILocalReferenceOperation la when b is ILocalReferenceOperation lb:
                    return SymbolEqualityComparer.Default.Equals(la.Local, lb.Local);
                case IParameterReferenceOperation pa when b is IParameterReferenceOperation pb:
                    return SymbolEqualityComparer.Default.Equals(pa.Parameter, pb.Parameter);
                case IInstanceReferenceOperation ia when b is IInstanceReferenceOperation ib:
                    return ia.ReferenceKind == ib.ReferenceKind;
                case IFieldReferenceOperation fa when b is IFieldReferenceOperation fb:
                    return SymbolEqualityComparer.Default.Equals(fa.Field, fb.Field) && SameInstance(fa.Instance, fb.Instance);
                case IPropertyReferenceOperation qa when b is IPropertyReferenceOperation qb:
                    return SymbolEqualityComparer.Default.Equals(qa.Property, qb.Property) && SameInstance(qa.Instance, qb.Instance);
                default:
                    return false;
            }
        }

        private static bool SameInstance(IOperation? a, IOperation? b)
            => a == null ? b == null : b != null && SameReference(a, b);

        // ------------------------------------------------------------------ patterns and constants

        private enum PatternKind
        {
            Constants,
            CatchAll,
            Unknown,
        }

        /// <summary>Constants (added to <paramref name="handled"/>), a catch-all, or something we do not judge.</summary>
        private static PatternKind ReadPattern(IPatternOperation pattern, INamedTypeSymbol enumType, HashSet<ulong> handled)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    if (!TryGetConstantBits(constant.Value, out var bits, out var isNull))
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
                    when TryGetConstantBits(negated.Value, out _, out var negatedIsNull) && negatedIsNull:
                    return PatternKind.CatchAll;

                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                {
                    var left = ReadPattern(or.LeftPattern, enumType, handled);
                    var right = ReadPattern(or.RightPattern, enumType, handled);
                    if (left == PatternKind.Unknown || right == PatternKind.Unknown)
                    {
                        return PatternKind.Unknown;
                    }

                    return left == PatternKind.CatchAll || right == PatternKind.CatchAll ? PatternKind.CatchAll : PatternKind.Constants;
                }

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

            var unwrapped = matched is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : matched;
            return SymbolEqualityComparer.Default.Equals(unwrapped, enumType)
                   || matched.SpecialType is SpecialType.System_Object or SpecialType.System_Enum or SpecialType.System_ValueType;
        }

        private static IOperation SkipConversions(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static bool TryGetConstantBits(IOperation operation, out ulong bits, out bool isNull)
        {
            bits = 0;
            isNull = false;
            if (operation.ConstantValue is { HasValue: true } outer && outer.Value == null)
            {
                isNull = true;
                return true;
            }

            operation = SkipConversions(operation);
            var constant = operation.ConstantValue;
            if (!constant.HasValue && operation is IFieldReferenceOperation { Field.HasConstantValue: true } field)
            {
                return TryGetBits(field.Field.ConstantValue, out bits);
            }

            if (!constant.HasValue)
            {
                return false;
            }

            if (constant.Value == null)
            {
                isNull = true;
                return true;
            }

            return TryGetBits(constant.Value, out bits);
        }

        private static bool TryGetBits(object? value, out ulong bits)
        {
            switch (value)
            {
                case int i: bits = unchecked((ulong)i); return true;
                case uint u: bits = u; return true;
                case long l: bits = unchecked((ulong)l); return true;
                case ulong ul: bits = ul; return true;
                case short s: bits = unchecked((ulong)s); return true;
                case ushort us: bits = us; return true;
                case sbyte sb: bits = unchecked((ulong)sb); return true;
                case byte b: bits = b; return true;
                default: bits = 0; return false;
            }
        }

        private static bool HasInvalid(IOperation operation)
        {
            foreach (var descendant in operation.DescendantsAndSelf())
            {
                if (descendant.Kind == OperationKind.Invalid)
                {
                    return true;
                }
            }

            return false;
        }

        // ------------------------------------------------------------------ what a fallback does

        /// <summary>
        /// True when the statements always end in a throw: no path leaves them normally or by a jump (control flow analysis),
        /// and they throw; or they are a call to a throw helper followed by <c>break;</c> or <c>return</c>.
        /// </summary>
        public static bool StatementsAlwaysThrow(IReadOnlyList<StatementSyntax> statements, SemanticModel model, CancellationToken cancellationToken)
        {
            if (statements.Count == 0)
            {
                return false;
            }

            if (statements.Count == 1 && statements[0] is BlockSyntax block)
            {
                return StatementsAlwaysThrow(block.Statements, model, cancellationToken);
            }

            // The usual "default: throw …;": a lone throw statement has no reachable end and no exit, as the control-flow
            // analysis below would say, without its cost.
            if (statements.Count == 1 && statements[0] is ThrowStatementSyntax)
            {
                return true;
            }

            if (IsThrowHelperThenExit(statements, model, cancellationToken))
            {
                return true;
            }

            bool throws = false;
            foreach (var statement in statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                {
                    if (node is ThrowStatementSyntax or ThrowExpressionSyntax)
                    {
                        throws = true;
                        break;
                    }
                }
            }

            if (!throws)
            {
                return false;
            }

            ControlFlowAnalysis? flow;
            try
            {
                flow = model.AnalyzeControlFlow(statements[0], statements[statements.Count - 1]);
            }
            catch (System.ArgumentException)
            {
                // Not a region the model can analyse (should not happen for a section, a block or one statement): can't tell.
                return false;
            }

            return flow is { Succeeded: true, EndPointIsReachable: false } && flow.ExitPoints.IsEmpty;
        }

        /// <summary>True when the statement (or block) always ends in a throw (see <see cref="StatementsAlwaysThrow"/>).</summary>
        public static bool StatementAlwaysThrows(StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
            => StatementsAlwaysThrow(new[] { statement }, model, cancellationToken)
               || (statement is ExpressionStatementSyntax expression && IsThrowHelperCall(expression.Expression, model, cancellationToken));

        private static bool IsThrowHelperThenExit(IReadOnlyList<StatementSyntax> statements, SemanticModel model, CancellationToken cancellationToken)
        {
            if (statements.Count is < 1 or > 2 || statements[0] is not ExpressionStatementSyntax call)
            {
                return false;
            }

            if (statements.Count == 2 && statements[1] is not (BreakStatementSyntax or ReturnStatementSyntax))
            {
                return false;
            }

            return IsThrowHelperCall(call.Expression, model, cancellationToken);
        }

        private static bool IsThrowHelperCall(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
            => model.GetOperation(expression, cancellationToken) is IInvocationOperation invocation && IsThrowHelper(invocation.TargetMethod, cancellationToken);

        /// <summary>True when the expression is a <c>throw</c> expression or a call to a throw helper.</summary>
        public static bool ExpressionAlwaysThrows(IOperation value, CancellationToken cancellationToken)
        {
            value = SkipConversions(value);
            return value is IThrowOperation
                   || (value is IInvocationOperation invocation && IsThrowHelper(invocation.TargetMethod, cancellationToken));
        }

        /// <summary>
        /// A method that never returns: marked <c>[DoesNotReturn]</c>, or declared in source with a body that only throws
        /// (<c>=&gt; throw ...</c>, or a block that ends in a throw and has no <c>return</c>).
        /// </summary>
        public static bool IsThrowHelper(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.ReducedFrom ?? method;
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "DoesNotReturnAttribute")
                {
                    return true;
                }
            }

            foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(cancellationToken);
                ArrowExpressionClauseSyntax? arrow;
                BlockSyntax? body;
                switch (node)
                {
                    case BaseMethodDeclarationSyntax declaration:
                        arrow = declaration.ExpressionBody;
                        body = declaration.Body;
                        break;
                    case LocalFunctionStatementSyntax local:
                        arrow = local.ExpressionBody;
                        body = local.Body;
                        break;
                    default:
                        continue;
                }

                if (arrow?.Expression is ThrowExpressionSyntax)
                {
                    return true;
                }

                if (body != null && body.Statements.Count > 0 && body.Statements[body.Statements.Count - 1] is ThrowStatementSyntax)
                {
                    foreach (var inner in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                    {
                        if (inner is ReturnStatementSyntax or YieldStatementSyntax)
                        {
                            return false;
                        }
                    }

                    return true;
                }
            }

            return false;
        }
    }
}
