using Clst.Analyzers.Recognition;

namespace Clst.Analyzers.EnumMatch
{
    /// <summary>
    /// The one-line comment the fixes write above each lifecycle group of order statuses: the contract's own words for the
    /// group (contract README, "Order lifecycle").
    /// </summary>
    internal static class LifecycleGroupComments
    {
        /// <summary>The comment (no <c>//</c>) for the group; empty for a group the contract does not name.</summary>
        public static string For(LifecycleGroup group) => group switch
        {
            LifecycleGroup.Final => "final: the order can no longer fill or change",
            LifecycleGroup.Pending => "pending: a request is in flight, the order can still fill",
            LifecycleGroup.Working => "working: the order can still fill",
            LifecycleGroup.Paused => "paused for the day: a multi-day order works again on the next session",
            LifecycleGroup.Unknown => "unknown: a value the model does not know, assume the order can still change",
            _ => string.Empty,
        };
    }
}
