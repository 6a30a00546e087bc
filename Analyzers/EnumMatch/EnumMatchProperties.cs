using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Clst.Analyzers.Recognition;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>A run of missing members the fixes add together, under one comment (the lifecycle group, for the order status).</summary>
    internal sealed class MemberGroup
    {
        public MemberGroup(string comment, ImmutableArray<string> memberNames)
        {
            Comment = comment;
            MemberNames = memberNames;
        }

        /// <summary>The one-line comment placed above the group (no <c>//</c>), or empty for none.</summary>
        public string Comment { get; }

        /// <summary>The members' names (C# identifiers), in declaration order.</summary>
        public ImmutableArray<string> MemberNames { get; }
    }

    /// <summary>
    /// The facts <see cref="IncompleteEnumMatchAnalyzer"/> hands its code fixes in <c>Diagnostic.Properties</c>
    /// (PopulateSwitch style): the form, what the fallback does, the missing members grouped as the fix adds them, and
    /// the neutral value for a switch expression's "everything else" arm when its result type has an obvious one.
    /// </summary>
    internal static class EnumMatchProperties
    {
        public const string Form = nameof(Form);
        public const string Fallback = nameof(Fallback);
        public const string Missing = nameof(Missing);
        public const string Neutral = nameof(Neutral);

        /// <summary>The one-line comment naming an order status lifecycle group (contract README, "Order lifecycle").</summary>
        public static string GroupComment(LifecycleGroup group) => group switch
        {
            LifecycleGroup.Final => "final: the order can no longer fill or change",
            LifecycleGroup.Pending => "pending: a request is in flight, the order can still fill",
            LifecycleGroup.Working => "working: the order can still fill",
            LifecycleGroup.Paused => "paused for the day: a multi-day order works again on the next session",
            LifecycleGroup.Unknown => "unknown: a value the model does not know, assume the order can still change",
            _ => string.Empty,
        };

        /// <summary>Encodes groups as <c>comment|A,B;comment|C</c> (names are identifiers; comments carry no <c>|</c> or <c>;</c>).</summary>
        public static string EncodeGroups(IEnumerable<MemberGroup> groups)
        {
            var builder = new StringBuilder();
            foreach (var group in groups)
            {
                if (builder.Length > 0)
                {
                    builder.Append(';');
                }

                builder.Append(group.Comment).Append('|').Append(string.Join(",", group.MemberNames));
            }

            return builder.ToString();
        }

        /// <summary>Decodes <see cref="EncodeGroups"/>; an empty array when the text is missing or malformed.</summary>
        public static ImmutableArray<MemberGroup> DecodeGroups(string? text)
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
