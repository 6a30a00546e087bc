using System;
using System.Collections.Immutable;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Collections written in place, and the calls that pass one on unchanged.</summary>
    internal static class InlineCollections
    {
        /// <summary>
        /// The elements of a collection written in place: an array or collection expression, a collection initializer, a
        /// <c>params</c> array, or one of them passed through a set's constructor or a <c>To…()</c> / <c>As…()</c> call.
        /// </summary>
        public static bool TryGetElements(IOperation collection, out ImmutableArray<IOperation> elements)
        {
            elements = default;
            collection = Operations.SkipConversions(collection);
            switch (collection)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    elements = initializer.ElementValues;
                    return true;
                case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer } creation when creation.Arguments.Length == 0 && !initializer.Initializers.IsEmpty:
                    var builder = ImmutableArray.CreateBuilder<IOperation>();
                    foreach (var element in initializer.Initializers)
                    {
                        if (element is IInvocationOperation { Arguments.Length: 1 } add)
                        {
                            builder.Add(add.Arguments[0].Value);
                        }
                        else
                        {
                            return false;
                        }
                    }

                    elements = builder.ToImmutable();
                    return true;
                case IObjectCreationOperation { Initializer: null, Arguments.Length: 1 } creation:
                    return TryGetElements(creation.Arguments[0].Value, out elements);
                case IInvocationOperation invocation when IsPassThrough(invocation, out var source):
                    return TryGetElements(source, out elements);
                default:
                    if (collection.Syntax is CollectionExpressionSyntax || IsParamsCollection(collection))
                    {
                        var items = ImmutableArray.CreateBuilder<IOperation>();
                        foreach (var child in collection.ChildOperations)
                        {
                            items.Add(child);
                        }

                        elements = items.ToImmutable();
                        return collection.Syntax is not CollectionExpressionSyntax written || written.Elements.Count == elements.Length;
                    }

                    return false;
            }
        }

        /// <summary>
        /// The collection the compiler builds from the arguments given to a <c>params</c> collection parameter other than an
        /// array (C# 13): <c>ImmutableHashSet.Create(a, b)</c> on .NET 9 and later binds to <c>Create(params ReadOnlySpan&lt;T&gt;)</c>,
        /// whose argument is an implicit collection expression (a kind a Roslyn 4.8-built analyzer cannot name) made of
        /// the call's own arguments. A <c>params</c> array is an implicit array creation, read as one.
        /// </summary>
        public static bool IsParamsCollection(IOperation operation)
        {
            if (!operation.IsImplicit || operation.Kind is OperationKind.ArrayCreation or OperationKind.Conversion
                || operation.Parent is not IArgumentOperation { Parameter.IsParams: true } argument
                || argument.Parent?.Syntax is not { } call)
            {
                return false;
            }

            foreach (var element in operation.ChildOperations)
            {
                // Each element is one of the call's own arguments, as written.
                if (element.Syntax.Parent is not ArgumentSyntax { Parent.Parent: { } owner } || owner != call)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>x.ToHashSet()</c>, <c>x.ToList()</c>, <c>x.AsReadOnly()</c>, <c>ImmutableHashSet.Create(…)</c> and the like.</summary>
        public static bool IsPassThrough(IInvocationOperation invocation, out IOperation source)
        {
            source = null!;
            var name = invocation.TargetMethod.Name;
            if (name.StartsWith("To", StringComparison.Ordinal) || name.StartsWith("As", StringComparison.Ordinal))
            {
                if (invocation.Instance != null && invocation.Arguments.Length == 0)
                {
                    source = invocation.Instance;
                    return true;
                }

                if (invocation.Instance == null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length == 1)
                {
                    source = invocation.Arguments[0].Value;
                    return true;
                }
            }

            if (name is "Create" or "CreateRange" && invocation.Instance == null && invocation.Arguments.Length == 1
                && (Namespaces.Is(invocation.TargetMethod.ContainingNamespace, "System", "Collections", "Immutable")
                    || Namespaces.Is(invocation.TargetMethod.ContainingNamespace, "System", "Collections", "Frozen")))
            {
                source = invocation.Arguments[0].Value;
                return true;
            }

            return false;
        }
    }
}
