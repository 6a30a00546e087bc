using System.Text;
using Clst.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>Where a value goes (what consumes it, whether it is returned) and the names it carries.</summary>
    internal static class ValueUses
    {
        /// <summary>The operation that consumes the value, looking up through the conversions around it (null at the root).</summary>
        public static IOperation? ParentThroughConversions(IOperation value)
        {
            var parent = value.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>True when the operation's value is what its function returns.</summary>
        public static bool IsReturned(IOperation value)
        {
            return ParentThroughConversions(value) is IReturnOperation { Kind: OperationKind.Return };
        }

        /// <summary>
        /// The name of what a value flows into: the variable, field, property or parameter it initialises or is assigned or
        /// passed to, or the function it is returned from; null when it flows into anything else (a condition, an operator).
        /// </summary>
        public static string? ConsumerName(IOperation value, ISymbol owningSymbol)
        {
            var current = value;
            var parent = current.Parent;
            while (parent != null && (parent is IConversionOperation || LogicalOperators.IsLogical(parent, out _) || LogicalOperators.IsNot(parent)
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
                    return EnclosingFunctions.Name(EnclosingFunctions.Of(returned), owningSymbol);
                default:
                    return null;
            }
        }

        /// <summary>The name of the symbol an operation reads or writes (a local, parameter, field or property), or null.</summary>
        public static string? NameOf(IOperation? operation)
        {
            switch (operation == null ? null : Operations.SkipConversions(operation))
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

        /// <summary>A key for an expression's text, whitespace left out: two equal keys read the same value.</summary>
        public static string TextKey(SyntaxNode node)
        {
            var text = node.ToString();
            int first = 0;
            while (first < text.Length && !char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first == text.Length)
            {
                // The common case ('order.Status'): nothing to leave out.
                return text;
            }

            var builder = new StringBuilder(text.Length).Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (!char.IsWhiteSpace(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
