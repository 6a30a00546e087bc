using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Small structural facts about operations that the CLST001 analysis and its fixers share.</summary>
    internal static class OperationFacts
    {
        /// <summary>The operation without the conversions around it.</summary>
        public static IOperation Strip(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>A key for an expression's text, whitespace left out: two equal keys read the same value.</summary>
        public static string TextKey(SyntaxNode node)
        {
            var text = node.ToString();
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>True for <c>&amp;&amp;</c>, <c>||</c>, and <c>&amp;</c> / <c>|</c> on booleans.</summary>
        public static bool IsLogical(IOperation operation, out bool isOr)
        {
            isOr = false;
            if (operation is IBinaryOperation binary)
            {
                switch (binary.OperatorKind)
                {
                    case BinaryOperatorKind.ConditionalOr:
                        isOr = true;
                        return true;
                    case BinaryOperatorKind.ConditionalAnd:
                        return true;
                    case BinaryOperatorKind.Or when binary.Type?.SpecialType == SpecialType.System_Boolean:
                        isOr = true;
                        return true;
                    case BinaryOperatorKind.And when binary.Type?.SpecialType == SpecialType.System_Boolean:
                        return true;
                }
            }

            return false;
        }

        public static bool IsNot(IOperation operation)
            => operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not };

        /// <summary>The innermost lambda or local function around the operation, or null for the member's own body.</summary>
        public static IOperation? EnclosingFunction(IOperation operation)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>The name of the symbol an operation reads or writes (a local, parameter, field or property), or null.</summary>
        public static string? NameOf(IOperation? operation)
        {
            switch (operation == null ? null : Strip(operation))
            {
                case ILocalReferenceOperation local:
                    return local.Local.Name;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter.Name;
                case IFieldReferenceOperation field:
                    return field.Field.Name;
                case IPropertyReferenceOperation property:
                    return property.Property.Name;
                default:
                    return null;
            }
        }

        /// <summary>The name of a function: a method, a property (for its accessors), a local function, or a lambda's variable.</summary>
        public static string? FunctionName(IOperation? function, ISymbol owningSymbol)
        {
            switch (function)
            {
                case ILocalFunctionOperation local:
                    return local.Symbol.Name;
                case IAnonymousFunctionOperation lambda:
                    return ConsumerName(lambda.Parent is IDelegateCreationOperation creation ? creation : lambda, owningSymbol);
                case null:
                    return owningSymbol switch
                    {
                        IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
                        IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method
                            when method.CanBeReferencedByName || method.MethodKind == MethodKind.ExplicitInterfaceImplementation => method.Name,
                        IFieldSymbol field => field.Name,
                        IPropertySymbol property => property.Name,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        /// <summary>What a function returns (the awaited type for an async one), or null when unknown.</summary>
        public static ITypeSymbol? FunctionReturnType(IOperation? function, ISymbol owningSymbol)
        {
            IMethodSymbol? method = function switch
            {
                ILocalFunctionOperation local => local.Symbol,
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                null => owningSymbol as IMethodSymbol,
                _ => null,
            };

            if (function == null && owningSymbol is IPropertySymbol property)
            {
                return property.Type;
            }

            if (method == null)
            {
                return null;
            }

            var type = method.ReturnType;
            if (method.IsAsync && type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
                && named.Name is "Task" or "ValueTask")
            {
                return named.TypeArguments[0];
            }

            return type;
        }

        /// <summary>
        /// The name of what a value flows into: the variable, field, property or parameter it initialises or is assigned or
        /// passed to, or the function it is returned from; null when it flows into anything else (a condition, an operator).
        /// </summary>
        public static string? ConsumerName(IOperation value, ISymbol owningSymbol)
        {
            var current = value;
            var parent = current.Parent;
            while (parent != null && (parent is IConversionOperation || IsLogical(parent, out _) || IsNot(parent)
                                      || parent is IDelegateCreationOperation || parent is IParenthesizedOperation))
            {
                current = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol.Name;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return NameOf(assignment.Target);
                case IArgumentOperation argument:
                    return argument.Parameter?.Name;
                case IFieldInitializerOperation fieldInitializer when fieldInitializer.InitializedFields.Length == 1:
                    return fieldInitializer.InitializedFields[0].Name;
                case IPropertyInitializerOperation propertyInitializer when propertyInitializer.InitializedProperties.Length == 1:
                    return propertyInitializer.InitializedProperties[0].Name;
                case IReturnOperation returned:
                    return FunctionName(EnclosingFunction(returned), owningSymbol);
                default:
                    return null;
            }
        }

        /// <summary>True when the operation's value is what its function returns.</summary>
        public static bool IsReturned(IOperation value)
        {
            var parent = value.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IReturnOperation { Kind: OperationKind.Return };
        }

        /// <summary>True for a call that only writes a log or console line.</summary>
        public static bool IsLogging(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (type == null)
            {
                return false;
            }

            var ns = type.ContainingNamespace;
            if ((type.Name == "Console" && NamespaceIs(ns, "System"))
                || (type.Name is "Debug" or "Trace" && NamespaceIs(ns, "System", "Diagnostics"))
                || NamespaceStartsWith(ns, "Microsoft", "Extensions", "Logging")
                || NamespaceStartsWith(ns, "Serilog")
                || NamespaceStartsWith(ns, "NLog")
                || NamespaceStartsWith(ns, "log4net"))
            {
                return true;
            }

            for (var t = type; t != null; t = t.BaseType)
            {
                if (t.Name == "TextWriter" && NamespaceIs(t.ContainingNamespace, "System", "IO"))
                {
                    return method.Name.StartsWith("Write", StringComparison.Ordinal);
                }
            }

            if (method.Name.StartsWith("Log", StringComparison.Ordinal) || type.Name.IndexOf("Logger", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            return invocation.Instance != null
                   && method.Name is "Info" or "Information" or "Warn" or "Warning" or "Error" or "Debug" or "Trace" or "Verbose"
                       or "Fatal" or "Critical" or "Write" or "WriteLine"
                   && invocation.Instance.Syntax.ToString().IndexOf("log", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>True when the namespace is exactly <paramref name="parts"/> (<c>System</c>, <c>IO</c>), without building its name.</summary>
        public static bool NamespaceIs(INamespaceSymbol? ns, params string[] parts)
        {
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                if (ns == null || ns.IsGlobalNamespace || ns.Name != parts[i])
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns == null || ns.IsGlobalNamespace;
        }

        /// <summary>True when the namespace is <paramref name="parts"/> or inside it.</summary>
        public static bool NamespaceStartsWith(INamespaceSymbol? ns, params string[] parts)
        {
            for (; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (NamespaceIs(ns, parts))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the operation sits inside the arguments of a logging call (within its own function).</summary>
        public static bool IsInsideLogging(IOperation operation)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation || current is IBlockOperation)
                {
                    return false;
                }

                if (current is IInvocationOperation invocation && IsLogging(invocation))
                {
                    return true;
                }

                if (current is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the statement (or block) does nothing but log, or nothing at all; a trailing <c>break</c> allowed.</summary>
        public static bool OnlyLogs(IOperation? statement)
        {
            switch (statement)
            {
                case null:
                    return true;
                case IBlockOperation block:
                    foreach (var inner in block.Operations)
                    {
                        if (!OnlyLogs(inner))
                        {
                            return false;
                        }
                    }

                    return true;
                case IEmptyOperation:
                    return true;
                case IBranchOperation { BranchKind: BranchKind.Break }:
                    return true;
                case IExpressionStatementOperation expression:
                    var value = expression.Operation is IAwaitOperation awaited ? awaited.Operation : expression.Operation;
                    return Strip(value) is IInvocationOperation invocation && IsLogging(invocation);
                default:
                    return false;
            }
        }
    }
}
