using System;

namespace Clst.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// Entering a no-GC region for one timed pass or request (both scenarios): no collection pause lands in a timing.
    /// False when the runtime refuses the budget or a region is already open; the caller then times without one.
    /// </summary>
    internal static class NoGcRegion
    {
        public static bool TryEnter(long budget)
        {
            try
            {
                return GC.TryStartNoGCRegion(budget);
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }
}
