using System;
using System.Threading;

namespace Clst.Contracts
{
    /// <summary>
    /// How <see cref="OrdersClientExtensions.WaitForFinalStatusAsync(IClstOrdersClient, long, string, WaitForFinalStatusOptions, CancellationToken)"/>
    /// polls: the first wait is <see cref="InitialInterval"/>, each next one <see cref="BackoffFactor"/> times longer, never longer
    /// than <see cref="MaxInterval"/>; the whole wait gives up after <see cref="Timeout"/> with a <see cref="TimeoutException"/>.
    /// </summary>
    public sealed class WaitForFinalStatusOptions
    {
        /// <summary>The wait after the first read-back. Default 250 ms.</summary>
        public TimeSpan InitialInterval { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>The longest wait between two read-backs. Default 5 s.</summary>
        public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Each wait is this many times the previous one, up to <see cref="MaxInterval"/>. Default 2; 1 polls at a fixed interval.</summary>
        public double BackoffFactor { get; set; } = 2.0;

        /// <summary>
        /// The longest the whole wait may take, read-backs included; then <see cref="TimeoutException"/>. Default 2 minutes;
        /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits until the order is final or the token is cancelled.
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a setting that cannot work.</summary>
        internal void Validate()
        {
            if (InitialInterval < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(InitialInterval), InitialInterval, "The initial interval must not be negative.");
            }

            if (MaxInterval < InitialInterval)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxInterval), MaxInterval, "The maximum interval must not be shorter than the initial interval.");
            }

            if (double.IsNaN(BackoffFactor) || BackoffFactor < 1.0)
            {
                throw new ArgumentOutOfRangeException(nameof(BackoffFactor), BackoffFactor, "The backoff factor must be at least 1.");
            }

            if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The timeout must be positive, or Timeout.InfiniteTimeSpan.");
            }
        }

        /// <summary>The wait after the read-back number <paramref name="attempt"/> (0 for the first).</summary>
        internal TimeSpan IntervalAfter(int attempt)
        {
            var ticks = InitialInterval.Ticks * Math.Pow(BackoffFactor, Math.Min(attempt, 64));
            return ticks >= MaxInterval.Ticks ? MaxInterval : TimeSpan.FromTicks((long)ticks);
        }
    }
}
