using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// What the user's own identifiers and strings say: "final / done / canceled", or "pending / requested / can cancel".
    /// This is a heuristic about names users choose, not knowledge of the contract: the contract's lifecycle groups come
    /// from the recogniser only.
    /// </summary>
    internal static class IdentifierWords
    {
        /// <summary>Words that say the order is over.</summary>
        private static readonly ImmutableHashSet<string> s_finalWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "final", "finalized", "finalised", "terminal", "terminated", "done", "closed", "complete", "completed",
            "finished", "canceled", "cancelled", "ended", "settled");

        /// <summary>Words that say the name is about something still in flight, or about whether a cancel may be sent.</summary>
        private static readonly ImmutableHashSet<string> s_inFlightWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "pending", "request", "requests", "requested", "requesting", "progress", "inprogress", "inflight", "flight",
            "sent", "submitted", "accepted", "acknowledged", "ack", "acked", "cancelling", "canceling", "cancelable",
            "cancellable", "already", "awaiting", "waiting", "wait");

        /// <summary>Words that turn "final" around: "IsNotDone", "OpenOrClosed".</summary>
        private static readonly ImmutableHashSet<string> s_negatingWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "not", "non", "no", "never", "unless", "open", "active", "live", "working", "resting", "outstanding");

        /// <summary>Words that, followed by a request verb, ask whether it may or should be sent ("CanCancel", "ordersToCancel").</summary>
        private static readonly ImmutableHashSet<string> s_cancelModalWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "can", "could", "should", "need", "needs", "must", "may", "might", "try", "to", "will");

        /// <summary>The words of an identifier or a text, lower case: <c>IsCancelledOrDone</c> → is, cancelled, or, done.</summary>
        public static ImmutableArray<string> Split(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return ImmutableArray<string>.Empty;
            }

            // The same few names (methods called after a cancel, receivers) are split again and again: keep their words.
            // A pure function of the text; the cache is emptied when it grows past a bound, so it cannot grow with a solution.
            if (s_splits.TryGetValue(text!, out var known))
            {
                return known;
            }

            if (s_splits.Count >= MaxCachedSplits)
            {
                s_splits.Clear();
            }

            return s_splits[text!] = SplitUncached(text!);
        }

        private const int MaxCachedSplits = 4096;

        private static readonly ConcurrentDictionary<string, ImmutableArray<string>> s_splits =
            new ConcurrentDictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);

        private static ImmutableArray<string> SplitUncached(string text)
        {
            var words = ImmutableArray.CreateBuilder<string>();
            var current = new StringBuilder();
            void Flush()
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString().ToLowerInvariant());
                    current.Clear();
                }
            }

            for (int i = 0; i < text!.Length; i++)
            {
                char c = text[i];
                if (!char.IsLetter(c))
                {
                    Flush();
                    continue;
                }

                if (char.IsUpper(c) && current.Length > 0)
                {
                    char previous = text[i - 1];
                    bool nextIsLower = i + 1 < text.Length && char.IsLower(text[i + 1]);
                    if (char.IsLower(previous) || (char.IsUpper(previous) && nextIsLower))
                    {
                        Flush();
                    }
                }

                current.Append(c);
            }

            Flush();
            return words.ToImmutable();
        }

        /// <summary>True when the name says "final / done / canceled" and nothing that says "still in flight" or "not".</summary>
        public static bool SaysFinal(string? name)
        {
            var words = Split(name);
            bool final = false;
            foreach (var word in words)
            {
                if (s_finalWords.Contains(word))
                {
                    final = true;
                }
            }

            if (!final || SaysInFlightOrCancelable(words))
            {
                return false;
            }

            foreach (var word in words)
            {
                if (s_negatingWords.Contains(word))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when the name says "pending / requested / in progress", or asks whether a cancel (or any request) may be sent.</summary>
        public static bool SaysInFlightOrCancelable(string? name) => SaysInFlightOrCancelable(Split(name));

        /// <summary>Requests a pending cancel rightly blocks: "CanCancel", "ShouldModify", "ordersToCancel".</summary>
        private static readonly ImmutableHashSet<string> s_requestVerbs = ImmutableHashSet.Create(
            StringComparer.Ordinal, "cancel", "modify", "replace", "amend", "edit", "change", "update", "resend", "resubmit");

        /// <summary>Words that ask whether a request may be sent at all ("CanModify", "IsEditable"): a pending cancel rightly blocks it.</summary>
        private static readonly ImmutableHashSet<string> s_permissionWords = ImmutableHashSet.Create(
            StringComparer.Ordinal, "allowed", "allow", "allows", "editable", "modifiable", "amendable", "replaceable", "cancelable", "cancellable");

        private static bool SaysInFlightOrCancelable(ImmutableArray<string> words)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (s_inFlightWords.Contains(words[i]) || s_permissionWords.Contains(words[i]))
                {
                    return true;
                }

                if (s_requestVerbs.Contains(words[i]) && i > 0 && s_cancelModalWords.Contains(words[i - 1]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
