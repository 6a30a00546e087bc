using Microsoft.CodeAnalysis;

namespace Clst.Analyzers.PendingCancel
{
    /// <summary>What form 5 found: the comparison with CANCELED that sends the usual answer to the failure branch.</summary>
    internal sealed class OnlyCanceledFinding
    {
        public OnlyCanceledFinding(IOperation comparison, string canceled)
        {
            Comparison = comparison;
            Canceled = canceled;
        }

        public IOperation Comparison { get; }

        public string Canceled { get; }
    }
}
