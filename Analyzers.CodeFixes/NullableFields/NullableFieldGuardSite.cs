using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// One value to guard in one statement (the Guard fix of CLST002, <see cref="NullableFieldGuard"/>), found from a
    /// diagnostic: only where wrapping the statement in an <c>if</c> surely compiles and keeps the non-null case as it was.
    /// </summary>
    internal sealed class NullableFieldGuardSite
    {
        public NullableFieldGuardSite(StatementSyntax statement, ExpressionSyntax value, ImmutableArray<ISymbol> path, bool valueType, string baseName, SyntaxNode container)
        {
            Statement = statement;
            Value = value;
            Path = path;
            ValueType = valueType;
            BaseName = baseName;
            Container = container;
        }

        public StatementSyntax Statement { get; }

        public ExpressionSyntax Value { get; }

        public ImmutableArray<ISymbol> Path { get; }

        /// <summary>True when the value is a <c>Nullable&lt;T&gt;</c> (only its unwrapping forms are replaced).</summary>
        public bool ValueType { get; }

        public string BaseName { get; }

        /// <summary>The member (or the compilation unit, for top-level statements) whose variables the new name must not clash with.</summary>
        public SyntaxNode Container { get; }

        /// <summary>The guard for a diagnostic, or null when the Guard fix cannot be applied safely there.</summary>
        public static NullableFieldGuardSite? TryCreate(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var found = NullableFieldSite.Find(root, diagnostic);
            if (found == null || ((CSharpParseOptions)root.SyntaxTree.Options).LanguageVersion < LanguageVersion.CSharp8)
            {
                return null;
            }

            var value = found.Value;
            var path = NullableFieldSite.StablePath(value, model, cancellationToken);
            if (path.IsDefault || NullableFieldSite.InNameOf(found.Node))
            {
                return null;
            }

            // A directive inside the statement (not before it) would move into the new block: not offered.
            var statement = EnclosingStatement(found.Node);
            if (statement == null || !CanWrap(statement) || NullableFieldSite.HasDirectivesInside(statement))
            {
                return null;
            }

            var container = ContainerOf(statement);
            if (container == null || !IsSafeToWrap(statement, path, value, container, model, cancellationToken))
            {
                return null;
            }

            var type = model.GetTypeInfo(value, cancellationToken).Type;
            bool valueType = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
            return new NullableFieldGuardSite(statement, value, path, valueType, BaseNameOf(path[path.Length - 1]), container);
        }

        /// <summary>The statement that holds the use, or null when the use is in an expression-bodied member or lambda.</summary>
        private static StatementSyntax? EnclosingStatement(SyntaxNode node)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case StatementSyntax statement:
                        return statement;
                    case AnonymousFunctionExpressionSyntax:
                    case ArrowExpressionClauseSyntax:
                    case QueryExpressionSyntax:
                    case MemberDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }

        private static bool CanWrap(StatementSyntax statement)
        {
            if (statement.Parent is not (BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax))
            {
                return false;
            }

            switch (statement)
            {
                case ReturnStatementSyntax:
                case ThrowStatementSyntax:
                case YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement }:
                case GotoStatementSyntax:
                case BreakStatementSyntax:
                case ContinueStatementSyntax:
                case LabeledStatementSyntax:
                case LocalFunctionStatementSyntax:
                case TryStatementSyntax:
                case BlockSyntax:
                    return false;
                case LocalDeclarationStatementSyntax declaration:
                    return declaration.UsingKeyword.IsKind(SyntaxKind.None) && !declaration.IsConst;
                default:
                    return true;
            }
        }

        private static SyntaxNode? ContainerOf(SyntaxNode node)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case GlobalStatementSyntax:
                        return current.SyntaxTree.GetRoot();
                    case BaseTypeDeclarationSyntax:
                    case BaseNamespaceDeclarationSyntax:
                        return null;
                    case MemberDeclarationSyntax member:
                        return member;
                }
            }

            return null;
        }

        /// <summary>
        /// True when wrapping the statement in an <c>if</c> keeps the code compiling and the non-null case unchanged: the
        /// statement does not assign the path, every variable the path reads is declared outside it, no variable it
        /// declares is used after it, every variable it assigns was assigned before, and control can leave it normally.
        /// </summary>
        private static bool IsSafeToWrap(
            StatementSyntax statement, ImmutableArray<ISymbol> path, ExpressionSyntax value, SyntaxNode container, SemanticModel model, CancellationToken cancellationToken)
        {
            var control = model.AnalyzeControlFlow(statement);
            if (control == null || !control.Succeeded || !control.EndPointIsReachable)
            {
                return false;
            }

            var flow = model.AnalyzeDataFlow(statement);
            if (flow == null || !flow.Succeeded)
            {
                return false;
            }

            foreach (var symbol in path)
            {
                if (symbol is ILocalSymbol or IParameterSymbol)
                {
                    if (flow.WrittenInside.Contains(symbol) || flow.VariablesDeclared.Contains(symbol))
                    {
                        return false;
                    }
                }
            }

            foreach (var written in flow.WrittenInside)
            {
                if (!flow.VariablesDeclared.Contains(written) && !flow.DefinitelyAssignedOnEntry.Contains(written))
                {
                    return false;
                }
            }

            foreach (var declared in flow.VariablesDeclared)
            {
                if (IsReferencedOutside(declared, statement, container, model, cancellationToken))
                {
                    return false;
                }
            }

            // The statement must not assign the path itself (or a member on its way).
            foreach (var occurrence in statement.DescendantNodes())
            {
                if (occurrence is AssignmentExpressionSyntax assignment
                    && NullableFieldSite.StablePath(assignment.Left, model, cancellationToken) is { IsDefault: false } assigned
                    && IsPrefix(assigned, path))
                {
                    return false;
                }

                if (occurrence is PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
                    && occurrence.RawKind is (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression
                        or (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression)
                {
                    var operand = occurrence is PrefixUnaryExpressionSyntax prefix ? prefix.Operand : ((PostfixUnaryExpressionSyntax)occurrence).Operand;
                    if (NullableFieldSite.StablePath(operand, model, cancellationToken) is { IsDefault: false } incremented && IsPrefix(incremented, path))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool IsPrefix(ImmutableArray<ISymbol> prefix, ImmutableArray<ISymbol> path)
        {
            if (prefix.Length > path.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(prefix[i], path[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsReferencedOutside(ISymbol symbol, StatementSyntax statement, SyntaxNode container, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var token in container.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken)
                    && token.ValueText == symbol.Name
                    && !statement.Span.Contains(token.Span)
                    && token.Parent is IdentifierNameSyntax identifier
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>AverageFillPrice</c> → <c>averageFillPrice</c>; <c>_order</c> → <c>order</c>; a local <c>px</c> → <c>pxValue</c>.</summary>
        private static string BaseNameOf(ISymbol last)
        {
            var name = last.Name.TrimStart('_', '@');
            if (name.Length == 0)
            {
                name = "value";
            }

            name = char.ToLowerInvariant(name[0]) + name.Substring(1);
            if (last is ILocalSymbol or IParameterSymbol)
            {
                name += "Value";
            }

            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None || !SyntaxFacts.IsValidIdentifier(name))
            {
                name += "Value";
            }

            return name;
        }
    }
}
