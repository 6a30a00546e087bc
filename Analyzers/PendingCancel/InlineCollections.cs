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
                    if (collection.Syntax is CollectionExpressionSyntax)
                    {
                        var items = ImmutableArray.CreateBuilder<IOperation>();
                        foreach (var child in collection.ChildOperations)
                        {
                            items.Add(child);
                        }

                        elements = items.ToImmutable();
                        return ((CollectionExpressionSyntax)collection.Syntax).Elements.Count == elements.Length;
                    }

                    return false;
            }
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
