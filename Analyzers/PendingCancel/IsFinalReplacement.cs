namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What replaces a hand-made set of exactly the final statuses and PENDING_CANCEL of the shipped model.</summary>
    internal enum IsFinalReplacement
    {
        /// <summary>The test is true for the set: <c>status.IsFinal()</c>.</summary>
        IsFinal,

        /// <summary>The test is false for the set: <c>!status.IsFinal()</c>.</summary>
        NotIsFinal,
    }
}
