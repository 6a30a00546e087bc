using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What form 5 found: the comparison with CANCELED that sends the usual answer to the failure branch.</summary>
    internal sealed class OnlyCanceledFinding
    {
        public OnlyCanceledFinding(IOperation comparison, string canceled, bool fallsThrough)
        {
            Comparison = comparison;
            Canceled = canceled;
            FallsThrough = fallsThrough;
        }

        /// <summary>
        /// True when PENDING_CANCEL goes past the test with nothing done about it (no failure branch, or one that only logs)
        /// while the branch for CANCELED acts as if the order were gone; false when it takes a failure branch.
        /// </summary>
        public bool FallsThrough { get; }

        public IOperation Comparison { get; }

        public string Canceled { get; }
    }
}
