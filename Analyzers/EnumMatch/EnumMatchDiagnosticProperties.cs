using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// What <see cref="IncompleteEnumMatchAnalyzer"/> hands its code fixes in <c>Diagnostic.Properties</c> (PopulateSwitch
    /// style), written by <see cref="Write"/> and read by <see cref="TryRead"/> only: the form, what the fallback does, the
    /// missing members grouped as the fix adds them, and the neutral value for a switch expression's "everything else" arm
    /// when its result type has an obvious one. The diagnostic has no additional locations: its location is the match's
    /// keyword (<see cref="EnumMatchShape.Keyword"/>).
    /// </summary>
    internal sealed class EnumMatchDiagnosticProperties
    {
        private const string FormKey = "Form";
        private const string FallbackKey = "Fallback";
        private const string MissingKey = "Missing";
        private const string NeutralKey = "Neutral";

        public EnumMatchDiagnosticProperties(MatchForm form, FallbackKind fallback, ImmutableArray<MemberGroup> missing, string? neutral)
        {
            Form = form;
            Fallback = fallback;
            Missing = missing;
            Neutral = neutral;
        }

        /// <summary>The form of the match, as read.</summary>
        public MatchForm Form { get; }

        /// <summary>What its fallback does, as read (the fixer checks that the code still reads the same).</summary>
        public FallbackKind Fallback { get; }

        /// <summary>The unhandled members, grouped and ordered as the fix adds them; never empty.</summary>
        public ImmutableArray<MemberGroup> Missing { get; }

        /// <summary><c>false</c> or <c>null</c>: what a switch expression's rest arm gives; null when there is no obvious value.</summary>
        public string? Neutral { get; }

        /// <summary>The properties to pass to <c>Diagnostic.Create</c>.</summary>
        public ImmutableDictionary<string, string?> Write()
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[FormKey] = Form.ToString();
            properties[FallbackKey] = Fallback.ToString();
            properties[MissingKey] = EncodeGroups(Missing);
            if (Neutral != null)
            {
                properties[NeutralKey] = Neutral;
            }

            return properties.ToImmutable();
        }

        /// <summary>The properties <see cref="Write"/> wrote on <paramref name="diagnostic"/>; null when any is missing or malformed.</summary>
        public static EnumMatchDiagnosticProperties? TryRead(Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(FormKey, out var formText) || !TryParseName(formText, out MatchForm form)
                || !properties.TryGetValue(FallbackKey, out var fallbackText) || !TryParseName(fallbackText, out FallbackKind fallback)
                || !properties.TryGetValue(MissingKey, out var missingText))
            {
                return null;
            }

            var missing = DecodeGroups(missingText);
            if (missing.IsEmpty)
            {
                return null;
            }

            properties.TryGetValue(NeutralKey, out var neutral);
            return new EnumMatchDiagnosticProperties(form, fallback, missing, neutral is "false" or "null" ? neutral : null);
        }

        /// <summary>An enum value from its name exactly as <c>ToString</c> writes it (no numbers, no other case).</summary>
        private static bool TryParseName<TEnum>(string? text, out TEnum value)
            where TEnum : struct, Enum
            => Enum.TryParse(text ?? string.Empty, ignoreCase: false, out value) && value.ToString() == text;

        /// <summary>Encodes groups as <c>comment|A,B;comment|C</c> (names are identifiers; comments carry no <c>|</c> or <c>;</c>).</summary>
        private static string EncodeGroups(ImmutableArray<MemberGroup> groups)
        {
            // Sized exactly first: a large enum's text grew the builder chunk by chunk, each a fresh allocation.
            int length = 0;
            foreach (var group in groups)
            {
                length += (length > 0 ? 1 : 0) + group.Comment.Length + 1;
                for (int i = 0; i < group.MemberNames.Length; i++)
                {
                    length += (i > 0 ? 1 : 0) + group.MemberNames[i].Length;
                }
            }

            var builder = new StringBuilder(length);
            foreach (var group in groups)
            {
                if (builder.Length > 0)
                {
                    builder.Append(';');
                }

                builder.Append(group.Comment).Append('|');
                for (int i = 0; i < group.MemberNames.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(group.MemberNames[i]);
                }
            }

            return builder.ToString();
        }

        /// <summary>Decodes <see cref="EncodeGroups"/>; an empty array when the text is missing or malformed.</summary>
        private static ImmutableArray<MemberGroup> DecodeGroups(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return ImmutableArray<MemberGroup>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<MemberGroup>();
            foreach (var part in text!.Split(';'))
            {
                int bar = part.IndexOf('|');
                if (bar < 0)
                {
                    return ImmutableArray<MemberGroup>.Empty;
                }

                var names = part.Substring(bar + 1).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
                if (names.Length == 0)
                {
                    return ImmutableArray<MemberGroup>.Empty;
                }

                builder.Add(new MemberGroup(part.Substring(0, bar), names.ToImmutableArray()));
            }

            return builder.ToImmutable();
        }
    }
}
