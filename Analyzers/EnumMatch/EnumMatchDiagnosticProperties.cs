using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clst.Analyzers.Recognition;
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

        /// <summary>
        /// Encodes groups as <c>Final|A,B;Pending|C</c>: each group's lifecycle group by name (nothing before the bar for
        /// another enum's one group), then its members' names (identifiers). The fixer writes the group's comment from its
        /// name. Made in one allocation of the text: this runs for every match reported.
        /// </summary>
        private static string EncodeGroups(ImmutableArray<MemberGroup> groups)
        {
            int count = 0;
            foreach (var group in groups)
            {
                count += (count > 0 ? 1 : 0) + 2 + (group.MemberNames.Length * 2) - 1;
            }

            var pieces = new string[count];
            int next = 0;
            foreach (var group in groups)
            {
                if (next > 0)
                {
                    pieces[next++] = ";";
                }

                pieces[next++] = group.LifecycleGroup is { } lifecycleGroup ? NameOf(lifecycleGroup) : string.Empty;
                pieces[next++] = "|";
                for (int i = 0; i < group.MemberNames.Length; i++)
                {
                    if (i > 0)
                    {
                        pieces[next++] = ",";
                    }

                    pieces[next++] = group.MemberNames[i];
                }
            }

            return string.Concat(pieces);
        }

        /// <summary>The group's name as <c>ToString</c> writes it (what <see cref="TryParseName"/> reads), without a new string each time.</summary>
        private static string NameOf(LifecycleGroup group) => group switch
        {
            LifecycleGroup.Unknown => nameof(LifecycleGroup.Unknown),
            LifecycleGroup.Final => nameof(LifecycleGroup.Final),
            LifecycleGroup.Pending => nameof(LifecycleGroup.Pending),
            LifecycleGroup.Working => nameof(LifecycleGroup.Working),
            LifecycleGroup.Paused => nameof(LifecycleGroup.Paused),
            _ => group.ToString(),
        };

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

                LifecycleGroup? lifecycleGroup = null;
                if (bar > 0)
                {
                    if (!TryParseName(part.Substring(0, bar), out LifecycleGroup parsed))
                    {
                        return ImmutableArray<MemberGroup>.Empty;
                    }

                    lifecycleGroup = parsed;
                }

                builder.Add(new MemberGroup(lifecycleGroup, names.ToImmutableArray()));
            }

            return builder.ToImmutable();
        }
    }
}
