namespace Clst.Analyzers.CodeFixes.NullableFields
{
    /// <summary>
    /// The equivalence keys of CLST002's code actions (<c>CLSTnnn.Action</c>), in one place: Fix All and the tests choose an
    /// action by its key.
    /// </summary>
    internal static class NullableFieldFixes
    {
        /// <summary>The Guard action: <c>if (order.AverageFillPrice is { } averageFillPrice) { ... }</c> around the statement.</summary>
        public const string Guard = "CLST002.Guard";

        /// <summary>The <c>?.</c> action, where what receives the result accepts null.</summary>
        public const string Conditional = "CLST002.Conditional";

        /// <summary>The <c>?? value</c> action, with the neutral value named in its title.</summary>
        public const string Coalesce = "CLST002.Coalesce";
    }
}
