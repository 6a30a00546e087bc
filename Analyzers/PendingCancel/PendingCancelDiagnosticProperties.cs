using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// The written contract between the CLST001 analyzer and its fixers: every key the analyzer puts in
    /// <c>Diagnostic.Properties</c>, with its typed writer and reader, and the meaning of each additional location. Neither
    /// side touches a raw key or value.
    /// </summary>
    /// <remarks>
    /// The diagnostic's own location is the written-out PENDING_CANCEL (forms 1 to 3), the cancel call (forms 4 and 6), or the
    /// comparison with CANCELED (form 5). Additional locations, forms 1 to 3 only:
    /// <list type="number">
    /// <item><see cref="ConstructLocation"/> (0): the test, collection, switch or <c>if</c> chain that holds the reference.</item>
    /// <item><see cref="PendingBranchLocation"/> (1), present with <see cref="MoveTo"/>: the branch of the pending statuses.</item>
    /// </list>
    /// </remarks>
    internal static class PendingCancelDiagnosticProperties
    {
        /// <summary>Which form of the mistake: a <see cref="PendingCancelForm"/>, written as its number (1 … 6). Always present.</summary>
        public const string Form = nameof(Form);

        /// <summary>How PENDING_CANCEL can be taken out of the final group: a <see cref="TakeOutWay"/>. Absent when no way is safe.</summary>
        public const string TakeOut = nameof(TakeOut);

        /// <summary>
        /// Present (a <see cref="PendingBranch"/>) when the switch has a branch for the pending statuses that PENDING_CANCEL can
        /// move to; that branch is additional location <see cref="PendingBranchLocation"/>. Written only with <see cref="TakeOut"/>.
        /// </summary>
        public const string MoveTo = nameof(MoveTo);

        /// <summary>
        /// Present (an <see cref="IsFinalReplacement"/>) when the test (additional location <see cref="ConstructLocation"/>)
        /// lists exactly the final statuses and PENDING_CANCEL of the shipped <c>OrderStatus</c>, so that
        /// <c>status.IsFinal()</c> can replace it.
        /// </summary>
        public const string UseIsFinal = nameof(UseIsFinal);

        /// <summary>Present (with <see cref="WaitPossible"/>) when the shipped <c>WaitForFinalStatusAsync</c> can follow the cancel call.</summary>
        public const string Wait = nameof(Wait);

        /// <summary>The one value of <see cref="Wait"/>.</summary>
        public const string WaitPossible = "Possible";

        /// <summary>Additional location 0: the construct (test, collection, switch, <c>if</c> chain) that holds the reference.</summary>
        public const int ConstructLocation = 0;

        /// <summary>Additional location 1: the pending statuses' branch (arm or section), present with <see cref="MoveTo"/>.</summary>
        public const int PendingBranchLocation = 1;

        /// <summary>The code actions' equivalence keys.</summary>
        public const string TakeOutEquivalenceKey = "CLST001.TakeOutOfFinal";
        public const string UseIsFinalEquivalenceKey = "CLST001.UseIsFinal";
        public const string WaitEquivalenceKey = "CLST001.WaitForFinalStatus";

        public static void WriteForm(ImmutableDictionary<string, string?>.Builder properties, PendingCancelForm form)
            => properties[Form] = ((int)form).ToString(CultureInfo.InvariantCulture);

        public static void WriteTakeOut(ImmutableDictionary<string, string?>.Builder properties, TakeOutWay way)
            => properties[TakeOut] = way.ToString();

        public static void WriteMoveTo(ImmutableDictionary<string, string?>.Builder properties, PendingBranch branch)
            => properties[MoveTo] = branch.ToString();

        public static void WriteUseIsFinal(ImmutableDictionary<string, string?>.Builder properties, IsFinalReplacement replacement)
            => properties[UseIsFinal] = replacement.ToString();

        public static void WriteWait(ImmutableDictionary<string, string?>.Builder properties)
            => properties[Wait] = WaitPossible;

        /// <summary>
        /// The additional locations, in the order documented above: the construct, then the pending branch. None for a
        /// finding without a construct (forms 4 and 5).
        /// </summary>
        public static List<Location> AdditionalLocations(SyntaxNode? construct, SyntaxNode? pendingBranch)
        {
            var locations = new List<Location>();
            if (construct != null)
            {
                locations.Add(construct.GetLocation());
                if (pendingBranch != null)
                {
                    locations.Add(pendingBranch.GetLocation());
                }
            }

            return locations;
        }

        public static bool TryReadForm(ImmutableDictionary<string, string?> properties, out PendingCancelForm form)
        {
            form = default;
            if (properties.TryGetValue(Form, out var text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                && Enum.IsDefined(typeof(PendingCancelForm), number))
            {
                form = (PendingCancelForm)number;
                return true;
            }

            return false;
        }

        public static bool TryReadTakeOut(ImmutableDictionary<string, string?> properties, out TakeOutWay way)
            => TryReadEnum(properties, TakeOut, out way);

        public static bool TryReadMoveTo(ImmutableDictionary<string, string?> properties, out PendingBranch branch)
            => TryReadEnum(properties, MoveTo, out branch);

        public static bool TryReadUseIsFinal(ImmutableDictionary<string, string?> properties, out IsFinalReplacement replacement)
            => TryReadEnum(properties, UseIsFinal, out replacement);

        public static bool TryReadWait(ImmutableDictionary<string, string?> properties)
            => properties.TryGetValue(Wait, out var value) && value == WaitPossible;

        private static bool TryReadEnum<T>(ImmutableDictionary<string, string?> properties, string key, out T value)
            where T : struct
        {
            value = default;
            return properties.TryGetValue(key, out var text) && text != null
                   && Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(typeof(T), value);
        }
    }
}
