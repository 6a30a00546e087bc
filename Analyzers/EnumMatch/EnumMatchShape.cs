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
    /// What a match over an enum value handles, read from <see cref="IOperation"/>: the values its unguarded cases name, its
    /// fallback and what the fallback does. Shared by <see cref="IncompleteEnumMatchAnalyzer"/> and the code fixes
    /// (PopulateSwitch style: the fixer reads the same shape again before it edits). It knows nothing of the contract;
    /// the analyzer asks the recogniser which enum the value is. <see cref="TryRead"/> returns null for anything it does
    /// not fully understand (broken code, patterns other than constants and catch-alls): then nothing is reported.
    /// The readers of each form: <see cref="SwitchStatementReader"/>, <see cref="SwitchExpressionReader"/>, <see cref="IfChainReader"/>.
    /// </summary>
    internal sealed class EnumMatchShape
    {
        internal EnumMatchShape(
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

        /// <summary>
        /// The cheap test before any reading: true for a switch statement, a switch expression, or the head of an if/else chain
        /// (an <c>if</c> with an <c>else</c> that is not itself an <c>else if</c>). <paramref name="valueType"/> is the switch's
        /// value type, or null for an if-chain (its enum is known only once the chain is read).
        /// </summary>
        public static bool IsCandidate(IOperation operation, out ITypeSymbol? valueType)
        {
            switch (operation)
            {
                case ISwitchOperation switchStatement:
                    valueType = switchStatement.Value.Type;
                    return true;
                case ISwitchExpressionOperation switchExpression:
                    valueType = switchExpression.Value.Type;
                    return true;
                case IConditionalOperation { Syntax: IfStatementSyntax { Else: not null } ifStatement } when ifStatement.Parent is not ElseClauseSyntax:
                    valueType = null;
                    return true;
                default:
                    valueType = null;
                    return false;
            }
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
                    return SwitchStatementReader.Read(switchStatement, cancellationToken);
                case ISwitchExpressionOperation switchExpression:
                    return SwitchExpressionReader.Read(switchExpression, cancellationToken);
                case IConditionalOperation conditional:
                    return IfChainReader.Read(conditional, cancellationToken, acceptEnum);
                default:
                    return null;
            }
        }

        /// <summary>The enum type of a matched value (nullable unwrapped), or null when it is not an enum we can judge.</summary>
        public static INamedTypeSymbol? GetEnumType(ITypeSymbol? type)
        {
            if (Types.UnwrapNullable(type) is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
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

        /// <summary>True when the operation or anything under it is invalid (code that does not bind): nothing is read there.</summary>
        internal static bool HasInvalid(IOperation operation)
        {
            using (var walk = new OperationWalk(operation))
            {
                while (walk.Next(out var descendant))
                {
                    if (descendant.Kind == OperationKind.Invalid)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
