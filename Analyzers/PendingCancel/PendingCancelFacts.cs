namespace Clst.Analyzers.PendingCancel
{
    /// <summary>
    /// The facts a CLST001 diagnostic hands to its fixers in <c>Diagnostic.Properties</c> and additional locations, so that
    /// the fixers never guess what the analyzer saw.
    /// </summary>
    internal static class PendingCancelFacts
    {
        /// <summary>Which form of the mistake: <c>1</c> … <c>5</c> as the rule page numbers them.</summary>
        public const string FormKey = "clst.form";

        /// <summary>How <c>PENDING_CANCEL</c> can be taken out of the final group: one of the <see cref="TakeOut"/> names.</summary>
        public const string TakeOutKey = "clst.takeOut";

        /// <summary>
        /// Present (<c>arm</c> or <c>section</c>) when the switch has a branch for the pending statuses: PENDING_CANCEL moves there.
        /// The branch is additional location 1.
        /// </summary>
        public const string MoveToKey = "clst.moveTo";

        /// <summary>
        /// <c>IsFinal</c> or <c>NotIsFinal</c> when the test (additional location 0) lists exactly the final statuses and
        /// PENDING_CANCEL of the shipped <c>OrderStatus</c>, so that <c>status.IsFinal()</c> can replace it.
        /// </summary>
        public const string UseIsFinalKey = "clst.useIsFinal";

        /// <summary>Present when the shipped <c>WaitForFinalStatusAsync</c> can follow the cancel call (the diagnostic's location).</summary>
        public const string WaitKey = "clst.wait";

        /// <summary>The ways PENDING_CANCEL leaves the final group.</summary>
        public static class TakeOut
        {
            /// <summary>A side of an <c>or</c> pattern.</summary>
            public const string OrLeaf = "OrLeaf";

            /// <summary>A comparison in a <c>||</c> chain of <c>==</c>, or a <c>&amp;&amp;</c> chain of <c>!=</c>.</summary>
            public const string ChainLeaf = "ChainLeaf";

            /// <summary>An element of a collection, or an argument of <c>ImmutableHashSet.Create(…)</c>.</summary>
            public const string Element = "Element";

            /// <summary>One <c>case</c> label among others of a switch section.</summary>
            public const string Label = "Label";

            /// <summary>A whole switch section whose only label is PENDING_CANCEL.</summary>
            public const string Section = "Section";

            /// <summary>A whole switch expression arm whose pattern is PENDING_CANCEL.</summary>
            public const string Arm = "Arm";

            /// <summary>An <c>if (s == PendingCancel) return …;</c> statement.</summary>
            public const string IfStatement = "IfStatement";
        }

        public const string UseIsFinal = "IsFinal";
        public const string UseNotIsFinal = "NotIsFinal";

        /// <summary>The code actions' equivalence keys.</summary>
        public const string TakeOutEquivalenceKey = "CLST001.TakeOutOfFinal";
        public const string UseIsFinalEquivalenceKey = "CLST001.UseIsFinal";
        public const string WaitEquivalenceKey = "CLST001.WaitForFinalStatus";
    }
}
