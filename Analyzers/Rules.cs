using Microsoft.CodeAnalysis;

namespace Clst.Analyzers
{
    /// <summary>The diagnostic descriptors of every rule, with their help links.</summary>
    internal static class Rules
    {
        public const string Category = "Reliability";

        /// <summary>Where the rule pages live; each rule's help link is this base plus <c>CLSTnnn.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/rules/";

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        /// <summary>The contract's facts the rules rely on (lifecycle groups, PENDING_CANCEL, nullable fields), as the repository states them.</summary>
        public const string ContractPage = "https://github.com/clst-analyzers/Clst.Analyzers/blob/main/docs/contract.md";

        public static readonly DiagnosticDescriptor PendingCancelTreatedAsFinal = new DiagnosticDescriptor(
            RuleIds.PendingCancelTreatedAsFinal,
            title: "PENDING_CANCEL treated as final",
            messageFormat: "{0}, but PENDING_CANCEL only means the cancel was accepted: the order can still fill until it reaches a final status",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The cancel endpoint's normal answer is PENDING_CANCEL: the cancel was accepted, not carried out. Until the order reaches a final status it can still fill, end FILLED instead of CANCELED, or go back to working if the cancel is rejected. Treat PENDING_CANCEL with the pending statuses, and wait for a final status (IsFinal(), WaitForFinalStatusAsync) before acting on the outcome. The contract's lifecycle: " + ContractPage + "#order-lifecycle.",
            helpLinkUri: HelpLink(RuleIds.PendingCancelTreatedAsFinal));

        public static readonly DiagnosticDescriptor NullableOptionalField = new DiagnosticDescriptor(
            RuleIds.NullableOptionalField,
            title: "Nullable optional order field used without handling its null",
            messageFormat: "{0} may be null ({1}) and is {2}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Nineteen fields of Order may be absent or null: average_fill_price until the order has a fill, limit_price and stop_price for order types that have none, expires_at unless the order is good-till-date, the trailing fields unless it trails, and the instrument fields when the order has no single resolvable instrument. Handle the null before using the value. Which fields, and when: " + ContractPage + "#which-fields-may-be-null-and-when.",
            helpLinkUri: HelpLink(RuleIds.NullableOptionalField));

        public static readonly DiagnosticDescriptor IncompleteOrderStatusMatch = IncompleteMatch(
            RuleIds.IncompleteOrderStatusMatch, "OrderStatus", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor IncompleteTimeInForceMatch = IncompleteMatch(
            RuleIds.IncompleteTimeInForceMatch, "TimeInForce", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor IncompleteContractEnumMatch = IncompleteMatch(
            RuleIds.IncompleteContractEnumMatch, "a contract enum", DiagnosticSeverity.Info);

        private static DiagnosticDescriptor IncompleteMatch(string id, string what, DiagnosticSeverity severity) => new DiagnosticDescriptor(
            id,
            title: "Incomplete match over " + what,
            messageFormat: "The match over '{0}' does not handle {1} of its {2} members ({3}): they are {4}",
            category: Category,
            defaultSeverity: severity,
            isEnabledByDefault: true,
            description: "The contract's enums are long and grow between API versions (an unknown value reads as Other). A match that names a few members and silently ignores the rest, or throws for them, drops orders on the floor or crashes on the next API release. Handle every member, or say explicitly what happens to the rest. The enums and their groups: " + ContractPage + "#the-enums-grow.",
            helpLinkUri: HelpLink(id));
    }
}
