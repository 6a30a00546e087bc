using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The functions (member, lambda, local function) code sits in: which one, its name, what it returns.</summary>
    internal static class EnclosingFunctions
    {
        /// <summary>The innermost lambda or local function around the operation, or null for the member's own body.</summary>
        public static IOperation? Of(IOperation operation)
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

        /// <summary>The name of a function: a method, a property (for its accessors), a local function, or a lambda's variable.</summary>
        public static string? Name(IOperation? function, ISymbol owningSymbol)
        {
            switch (function)
            {
                case ILocalFunctionOperation local:
                    return local.Symbol.Name;
                case IAnonymousFunctionOperation lambda:
                    return ValueUses.ConsumerName(lambda.Parent is IDelegateCreationOperation creation ? creation : lambda, owningSymbol);
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
        public static ITypeSymbol? ReturnType(IOperation? function, ISymbol owningSymbol)
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

            return method.IsAsync ? AwaitedType(method.ReturnType) : method.ReturnType;
        }


        /// <summary><c>T</c> for <c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c>, else the type itself.</summary>
        public static ITypeSymbol? AwaitedType(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named && named.Name is "Task" or "ValueTask"
                ? named.TypeArguments[0]
                : type;

        /// <summary>The root of the operation tree the operation belongs to (the member's body).</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>The lambda or local function whose body this block is, or null.</summary>
        public static IOperation? OfBody(IOperation body)
            => body.Parent is IAnonymousFunctionOperation or ILocalFunctionOperation ? body.Parent : null;
    }
}
