using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// Reads a <c>switch</c> statement into an <see cref="EnumMatchShape"/>: the values its unguarded labels name, its
    /// <c>default</c> (or catch-all) section, or the <c>throw</c> that follows it when it has none.
    /// </summary>
    internal static class SwitchStatementReader
    {
        public static EnumMatchShape? Read(ISwitchOperation operation, CancellationToken cancellationToken)
        {
            if (operation.Syntax is not SwitchStatementSyntax syntax
                || syntax.ContainsDiagnostics
                || EnumMatchShape.GetEnumType(operation.Value.Type) is not { } enumType
                || EnumMatchShape.HasInvalid(operation.Value))
            {
                return null;
            }

            var handled = new HashSet<ulong>();
            ISwitchCaseOperation? fallbackCase = null;
            foreach (var switchCase in operation.Cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!ReadCase(switchCase, enumType, handled, out bool isFallback))
                {
                    return null;
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
                if (fallbackCase.Syntax is not SwitchSectionSyntax section || EnumMatchShape.HasInvalid(fallbackCase))
                {
                    return null;
                }

                fallbackNode = section;
                fallback = FallbackThrows.StatementsAlwaysThrow(section.Statements, model, cancellationToken) ? FallbackKind.Throws : FallbackKind.Explicit;
            }
            else if (GetNextStatement(syntax) is { } next && FallbackThrows.StatementAlwaysThrows(next, model, cancellationToken))
            {
                fallbackNode = next;
                fallback = FallbackKind.ThrowsAfter;
            }
            else if (GetNextStatement(syntax) is { } after && NoSectionEndsTheSwitch(syntax, cancellationToken))
            {
                // Only the values no section takes reach the code after the switch: it is the switch's default, and not a throw.
                fallbackNode = after;
                fallback = FallbackKind.Explicit;
            }
            else
            {
                fallback = FallbackKind.None;
            }

            return new EnumMatchShape(MatchForm.SwitchStatement, enumType, operation.Value, handled, fallback, fallbackNode, syntax.SwitchKeyword);
        }

        /// <summary>
        /// Adds the values the section's unguarded labels name to <paramref name="handled"/>; <paramref name="isFallback"/> when one
        /// of its labels is <c>default</c> or a catch-all. False for a label we do not judge.
        /// </summary>
        private static bool ReadCase(ISwitchCaseOperation switchCase, INamedTypeSymbol enumType, HashSet<ulong> handled, out bool isFallback)
        {
            isFallback = false;
            foreach (var clause in switchCase.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        isFallback = true;
                        break;
                    case ISingleValueCaseClauseOperation single:
                        if (!EnumBits.TryGetConstant(single.Value, out var bits, out var isNull))
                        {
                            return false;
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

                        switch (CaseReader.ReadPattern(pattern.Pattern, enumType, handled))
                        {
                            case CaseReader.PatternKind.CatchAll:
                                isFallback = true;
                                break;
                            case CaseReader.PatternKind.Unknown:
                                return false;
                        }

                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when no section can end the switch and go on to the statement after it: there is at least one section, and no
        /// <c>break</c> of this switch (one not inside a nested loop, switch, lambda or local function) nor <c>goto</c> to a label
        /// in any of them (a section's end cannot be reached in C#: every section returns, throws, continues, or jumps to a case).
        /// </summary>
        private static bool NoSectionEndsTheSwitch(SwitchStatementSyntax syntax, CancellationToken cancellationToken)
        {
            if (syntax.Sections.Count == 0)
            {
                return false;
            }

            foreach (var section in syntax.Sections)
            {
                foreach (var node in section.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if ((node is BreakStatementSyntax && BreaksOutOf(node) == syntax)
                        || (node is GotoStatementSyntax @goto && @goto.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GotoStatement)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The loop or switch statement a <c>break</c> leaves.</summary>
        private static SyntaxNode? BreaksOutOf(SyntaxNode breakStatement)
        {
            for (var node = breakStatement.Parent; node != null; node = node.Parent)
            {
                if (node is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or SwitchStatementSyntax)
                {
                    return node;
                }
            }

            return null;
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
    }
}
