namespace Clst.Analyzers
{
    /// <summary>The rule IDs. Fixed: users' .editorconfig files and suppressions depend on them.</summary>
    internal static class RuleIds
    {
        public const string PendingCancelTreatedAsFinal = "CLST001";
        public const string NullableOptionalField = "CLST002";
        public const string IncompleteOrderStatusMatch = "CLST003";
        public const string IncompleteTimeInForceMatch = "CLST004";
        public const string IncompleteContractEnumMatch = "CLST005";
    }
}
