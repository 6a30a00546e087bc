using System.Threading;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>Where CLST002 does not report: reads that are never evaluated, translated, or only displayed.</summary>
    internal static class ExemptContexts
    {
        /// <summary>
        /// True inside <c>nameof(...)</c> (never evaluated) and inside a lambda converted to an expression tree (translated,
        /// for instance to SQL, where null is handled by the query provider): nothing is reported there.
        /// </summary>
        public static bool IsNotEvaluated(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf:
                        if (model.GetSymbolInfo(nameOf, cancellationToken).Symbol == null)
                        {
                            return true;
                        }

                        break;
                    case AnonymousFunctionExpressionSyntax lambda:
                        if (IsExpressionTree(model.GetTypeInfo(lambda, cancellationToken).ConvertedType))
                        {
                            return true;
                        }

                        break;
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// True inside a hole of an interpolated string or an argument of a logging call: a value only displayed. There the
        /// forms that do not throw (<c>!</c>, <c>GetValueOrDefault()</c>) are not reported; the forms that throw still are.
        /// Logging means: a method of a type in <c>Microsoft.Extensions.Logging</c> (<c>ILogger.Log</c>, <c>LogInformation</c>,
        /// ...), Serilog, NLog or log4net; a <c>[LoggerMessage]</c> method; or <c>System.Diagnostics.Debug</c> / <c>Trace</c>.
        /// </summary>
        public static bool IsDisplayOnly(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case InterpolationSyntax:
                        return true;
                    case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method && IsLogging(method))
                        {
                            return true;
                        }

                        break;
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>True for a method that writes a log (see <see cref="IsDisplayOnly"/>).</summary>
        public static bool IsLogging(IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "LoggerMessageAttribute")
                {
                    return true;
                }
            }

            var type = method.ContainingType;
            if (type == null)
            {
                return false;
            }

            return LoggingLibraries.Declares(type);
        }

        /// <summary>True for <c>Expression&lt;T&gt;</c> and other <c>LambdaExpression</c> types.</summary>
        public static bool IsExpressionTree(ITypeSymbol? type)
        {
            for (var current = type as INamedTypeSymbol; current != null; current = current.BaseType)
            {
                if (current.Name is "LambdaExpression" or "Expression"
                    && Namespaces.Is(current.ContainingNamespace, "System", "Linq", "Expressions")
                    && (current.Name == "LambdaExpression" || current.IsGenericType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
