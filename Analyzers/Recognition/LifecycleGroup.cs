namespace Clst.Analyzers.Recognition
{
    /// <summary>The lifecycle groups of the order status (docs/contract.md, "Lifecycle groups").</summary>
    internal enum LifecycleGroup
    {
        /// <summary><c>OTHER</c>, and any value the contract does not know: assume the order can still change.</summary>
        Unknown = 0,

        /// <summary>The order can no longer fill or change.</summary>
        Final,

        /// <summary>A request is in flight; the order can still fill.</summary>
        Pending,

        /// <summary>The order is working.</summary>
        Working,

        /// <summary><c>DONE_FOR_DAY</c>: a multi-day order works again on the next session.</summary>
        Paused,
    }
}
