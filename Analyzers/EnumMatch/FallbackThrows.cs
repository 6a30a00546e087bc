using System.Collections.Generic;
using System.Threading;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// What a fallback does: whether its statements or its expression always end in a throw (a <c>throw</c>, or a call to a
    /// throw helper). Read by the three readers to tell <see cref="FallbackKind.Throws"/> from <see cref="FallbackKind.Explicit"/>.
    /// </summary>
    internal static class FallbackThrows
    {
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
            value = Operations.SkipBuiltInConversions(value);
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
