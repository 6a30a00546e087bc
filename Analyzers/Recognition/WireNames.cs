using System.Text;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.Recognition
{
    /// <summary>
    /// Reads the wire name of a symbol: serializer attributes first (<c>JsonStringEnumMemberName</c>, <c>EnumMember</c>,
    /// <c>JsonPropertyName</c>, Newtonsoft's <c>JsonProperty</c>, <c>DataMember</c>), then the symbol's name.
    /// Attributes are matched by their type's name so that any serializer's copy of them counts. An explicit wire name is
    /// taken exactly as written, case included (it is what the serializer sends: lowercase <c>pending_cancel</c> is another
    /// API's value); a C# name is only a guess at the wire name, snake-cased in the contract's case.
    /// </summary>
    internal static class WireNames
    {
        /// <summary>The wire name of an enum member, upper snake case (<c>PendingCancel</c> → <c>PENDING_CANCEL</c>).</summary>
        public static string OfEnumMember(IFieldSymbol field)
        {
            foreach (var attribute in field.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                string? value = null;
                switch (name)
                {
                    case "JsonStringEnumMemberNameAttribute":
                    case "JsonPropertyNameAttribute":
                        value = FirstStringArgument(attribute);
                        break;
                    case "EnumMemberAttribute":
                        value = NamedStringArgument(attribute, "Value");
                        break;
                }

                if (!string.IsNullOrEmpty(value))
                {
                    // The serializer sends exactly this text: another API's "pending_cancel" is not this contract's PENDING_CANCEL.
                    return value!;
                }
            }

            return ToSnake(field.Name).ToUpperInvariant();
        }

        /// <summary>The wire name of a property, lower snake case (<c>AverageFillPrice</c> → <c>average_fill_price</c>).</summary>
        public static string OfProperty(IPropertySymbol property)
        {
            foreach (var attribute in property.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                string? value = null;
                switch (name)
                {
                    case "JsonPropertyNameAttribute":
                        value = FirstStringArgument(attribute);
                        break;
                    case "JsonPropertyAttribute":
                        value = FirstStringArgument(attribute) ?? NamedStringArgument(attribute, "PropertyName");
                        break;
                    case "DataMemberAttribute":
                        value = NamedStringArgument(attribute, "Name");
                        break;
                }

                if (!string.IsNullOrEmpty(value))
                {
                    // Exactly the text on the wire: "avgFillPrice" or "Symbol" is another API's field, not this contract's.
                    return value!;
                }
            }

            return ToSnake(property.Name).ToLowerInvariant();
        }

        /// <summary>
        /// Snake case of an identifier: <c>PendingCancel</c> → <c>Pending_Cancel</c>, <c>Average_fill_price</c> and
        /// <c>PENDING_CANCEL</c> unchanged but for the case the caller applies; a leading <c>@</c> is dropped.
        /// </summary>
        internal static string ToSnake(string identifier)
        {
            if (identifier.Length > 0 && identifier[0] == '@')
            {
                identifier = identifier.Substring(1);
            }

            var builder = new StringBuilder(identifier.Length + 8);
            for (int i = 0; i < identifier.Length; i++)
            {
                char c = identifier[i];
                if (i > 0 && char.IsUpper(c) && identifier[i - 1] != '_')
                {
                    char previous = identifier[i - 1];
                    bool nextIsLower = i + 1 < identifier.Length && char.IsLower(identifier[i + 1]);
                    if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                    {
                        builder.Append('_');
                    }
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        private static string? FirstStringArgument(AttributeData attribute)
            => attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string s ? s : null;

        private static string? NamedStringArgument(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Value is string s)
                {
                    return s;
                }
            }

            return null;
        }
    }
}
