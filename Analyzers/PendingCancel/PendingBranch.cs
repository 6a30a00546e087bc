namespace Clst.Analyzers.PendingCancel
{
    /// <summary>The kind of the switch branch of the pending statuses that PENDING_CANCEL moves to.</summary>
    internal enum PendingBranch
    {
        /// <summary>A switch expression arm (without a guard): PENDING_CANCEL joins its pattern as an <c>or</c> side.</summary>
        Arm,

        /// <summary>A switch section: PENDING_CANCEL joins its labels as a <c>case</c> label.</summary>
        Section,
    }
}
