using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.NullableFields
{
    /// <summary>
    /// What <see cref="NullableOptionalFieldAnalyzer"/> hands CLST002's fixers in <c>Diagnostic.Properties</c>, written and
    /// read only here: the form of the use (<see cref="NullableUseForm"/>: it tells the fixers which node the diagnostic
    /// covers and where the value that may be null is inside it) and the field's wire name. A CLST002 diagnostic has no
    /// additional locations: the fixers find the rest in the syntax at the diagnostic's location.
    /// </summary>
    internal static class NullableFieldDiagnosticProperties
    {
        /// <summary>The key of the form of the use, a <see cref="NullableUseForm"/> member's name.</summary>
        public const string Form = nameof(Form);

        /// <summary>The key of the wire name of the field (<c>average_fill_price</c>).</summary>
        public const string WireName = nameof(WireName);

        /// <summary>The properties of a diagnostic on a use of the form <paramref name="form"/> of the field <paramref name="wireName"/>.</summary>
        public static ImmutableDictionary<string, string?> Write(NullableUseForm form, string wireName)
            => ImmutableDictionary<string, string?>.Empty
                .Add(Form, form.ToString())
                .Add(WireName, wireName);

        /// <summary>
        /// Reads what <see cref="Write"/> wrote; false when the form is missing or unknown (the diagnostic is then not one
        /// the fixers can handle). A missing wire name reads as empty.
        /// </summary>
        public static bool TryRead(Diagnostic diagnostic, out NullableUseForm form, out string wireName)
        {
            wireName = string.Empty;
            if (!diagnostic.Properties.TryGetValue(Form, out var formText) || !Enum.TryParse(formText, out form))
            {
                form = default;
                return false;
            }

            if (diagnostic.Properties.TryGetValue(WireName, out var wire) && wire != null)
            {
                wireName = wire;
            }

            return true;
        }
    }
}
