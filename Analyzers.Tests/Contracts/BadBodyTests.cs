using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Clst.Contracts;
using Xunit.Abstractions;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>
    /// The model and the client under bad input (issue 10, item 4). Every body of <see cref="BadBodies"/> is read twice, from
    /// bytes and from a stream that hands the reader a few bytes at a time, and must give the correct value or a
    /// <see cref="ClstContractException"/> naming the field: never another exception, never a hang (each read is bounded),
    /// never a half-filled order. The counts are asserted, so a body that stops being generated is noticed.
    /// </summary>
    public class BadBodyTests
    {
        private static readonly TimeSpan ReadBound = TimeSpan.FromSeconds(20);
        private readonly ITestOutputHelper _output;

        public BadBodyTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>The size of each part of the corpus; their sum is the number reported for issue 10.</summary>
        internal static readonly (string Part, Func<IEnumerable<BadBody>> Bodies, int Count)[] Parts =
        {
            ("field mutations", BadBodies.FieldMutations, 9_735),
            ("extra fields and nesting", BadBodies.ExtraFieldsAndNesting, 144),
            ("envelopes and roots", BadBodies.Envelopes, 71),
            ("truncations", BadBodies.Truncations, 1_371),
            ("corruptions", () => BadBodies.Corruptions(), 1_000),
            ("10 MB bodies", BadBodies.Huge, 20),
        };

        [Fact]
        public void CorpusSizeIsKnown()
        {
            var total = 0;
            foreach (var (part, bodies, count) in Parts)
            {
                var actual = bodies().Count();
                _output.WriteLine(part + ": " + actual + " bad bodies");
                Assert.True(count == actual, part + ": expected " + count + " bad bodies, generated " + actual);
                total += actual;
            }

            _output.WriteLine("total: " + total + " bad bodies");
            Assert.Equal(12_341, total);
        }

        [Fact]
        public Task EveryFieldOfEveryExampleMutated() => RunAsync("field mutations");

        [Fact]
        public Task ExtraFieldsAndDeepNesting() => RunAsync("extra fields and nesting");

        [Fact]
        public Task BrokenEnvelopesAndRoots() => RunAsync("envelopes and roots");

        [Fact]
        public Task TruncatedAtEveryByte() => RunAsync("truncations");

        [Fact]
        public Task CorruptedBytes() => RunAsync("corruptions");

        [Fact]
        public Task TenMegabyteBodies() => RunAsync("10 MB bodies");

        [Fact]
        public async Task BadBodiesThroughTheClient()
        {
            // A deterministic sample of the corpus (every 40th body, and the first three 10 MB ones), served as 200 answers by a real
            // HTTP server on loopback: the client gives exactly what reading the bytes gives.
            var sample = Parts.Where(p => p.Part != "10 MB bodies").SelectMany(p => p.Bodies()).Where((_, i) => i % 40 == 0)
                .Concat(BadBodies.Huge().Take(3)).ToList();
            var bodies = sample.Select(b => b.Make()).ToList();
            await using var server = await LoopbackServer.StartAsync(async (context, _) =>
            {
                var index = int.Parse(context.Request.Path.Value!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(bodies[index], context.RequestAborted);
            });
            using var http = server.CreateHttpClient();
            var client = new ClstOrdersClient(http);
            var failures = new List<string>();
            for (var i = 0; i < sample.Count; i++)
            {
                using var bound = new CancellationTokenSource(ReadBound);
                var index = i;
                var seen = await Observe(() => client.GetOrderByIdAsync(1, index.ToString(System.Globalization.CultureInfo.InvariantCulture), bound.Token).ContinueWith(t => (BaseResponse)t.GetAwaiter().GetResult(), TaskScheduler.Default));
                Verify(sample[i], "client", seen, failures);
            }

            _output.WriteLine("through the client: " + sample.Count + " bad bodies");
            Assert.Equal(sample.Count, server.RequestCount);
            Assert.True(failures.Count == 0, failures.Count + " of " + sample.Count + " bad bodies went wrong:\n" + string.Join("\n", failures.Take(20)));
        }

        private async Task RunAsync(string part)
        {
            var (_, make, count) = Parts.Single(p => p.Part == part);
            var failures = new List<string>();
            var tried = 0;
            var watch = Stopwatch.StartNew();
            foreach (var bad in make())
            {
                var one = Stopwatch.StartNew();
                var bytes = bad.Make();
                var made = one.ElapsedMilliseconds;
                var fromBytes = await Observe(() => Task.FromResult<BaseResponse>(ClstJson.DeserializeCancelOpenOrderResponse(bytes)));
                Verify(bad, "bytes", fromBytes, failures);

                // From a stream that hands out a few bytes at a time (1 to 13; 64 KB for the 10 MB bodies), so values cross buffer edges.
                var chunk = bytes.Length > 1_000_000 ? 65_536 : 1 + (tried % 13);
                var fromStream = await Observe(async () => (BaseResponse)await ClstJson.DeserializeGetOrderByIdResponseAsync(new TrickleStream(bytes, chunk)));
                Verify(bad, "stream", fromStream, failures);

                if ((fromBytes.Error as ClstContractException)?.FieldPath != (fromStream.Error as ClstContractException)?.FieldPath)
                {
                    failures.Add(bad + ": bytes and stream disagree: " + Describe(fromBytes) + " / " + Describe(fromStream));
                }

                tried++;
                if (one.ElapsedMilliseconds > 150)
                {
                    _output.WriteLine("slow: " + bad + ": made in " + made + " ms, read in " + (one.ElapsedMilliseconds - made) + " ms");
                }
            }

            _output.WriteLine(part + ": " + tried + " bad bodies, each read twice, in " + watch.ElapsedMilliseconds + " ms");
            Assert.True(failures.Count == 0, failures.Count + " checks of " + tried + " bad bodies went wrong:\n" + string.Join("\n", failures.Take(30)));
            Assert.Equal(count, tried);
        }

        private static async Task<(BaseResponse? Value, Exception? Error)> Observe(Func<Task<BaseResponse>> read)
        {
            // Off the test's thread and bounded: a hang is a failure, not a stuck run.
            var task = Task.Run(read);
            try
            {
                return (await task.WaitAsync(ReadBound), null);
            }
            catch (TimeoutException) when (!task.IsCompleted)
            {
                return (null, new TimeoutException("the read did not finish within " + ReadBound));
            }
            catch (Exception ex)
            {
                return (null, ex);
            }
        }

        private static void Verify(BadBody bad, string how, (BaseResponse? Value, Exception? Error) seen, List<string> failures)
        {
            var what = bad + " [" + how + "]: ";
            if (seen.Error != null && !(seen.Error is ClstContractException))
            {
                failures.Add(what + "unexpected " + seen.Error.GetType().Name + ": " + seen.Error.Message);
                return;
            }

            if (seen.Error is ClstContractException contract)
            {
                var named = contract.FieldPath.Length == 0 ? "the body" : "'" + contract.FieldPath + "'";
                if (!contract.Message.Contains(named, StringComparison.Ordinal))
                {
                    failures.Add(what + "the message does not name " + named + ": " + contract.Message);
                }
            }

            switch (bad.Expected)
            {
                case Outcome.Fails fails:
                    if (!(seen.Error is ClstContractException ex) || ex.FieldPath != fails.Field)
                    {
                        failures.Add(what + "expected a failure naming '" + fails.Field + "', got " + Describe(seen));
                    }

                    break;
                case Outcome.FailsSomewhere:
                    if (seen.Error == null)
                    {
                        failures.Add(what + "expected a failure, got a value");
                    }

                    break;
                case Outcome.Reads reads:
                    if (seen.Value == null)
                    {
                        failures.Add(what + "expected a value, got " + Describe(seen));
                        break;
                    }

                    try
                    {
                        ContractAssert.OrderMatches(reads.Data, Data(seen.Value), bad.Name);
                    }
                    catch (Exception mismatch)
                    {
                        failures.Add(what + "wrong value: " + mismatch.Message);
                    }

                    break;
                case Outcome.ReadsOrFails:
                    break;
            }
        }

        private static Order Data(BaseResponse response)
            => response is CancelOpenOrderResponse cancel ? cancel.Data : ((GetOrderByIdResponse)response).Data;

        private static string Describe((BaseResponse? Value, Exception? Error) seen)
            => seen.Error is ClstContractException ex ? "failure naming '" + ex.FieldPath + "' (" + ex.Message + ")"
                : seen.Error != null ? seen.Error.GetType().Name + ": " + seen.Error.Message
                : "a value";

        /// <summary>A stream that gives at most <c>chunk</c> bytes per read.</summary>
        private sealed class TrickleStream : MemoryStream
        {
            private readonly int _chunk;

            public TrickleStream(byte[] bytes, int chunk)
                : base(bytes, writable: false)
            {
                _chunk = chunk;
            }

            public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _chunk));

            public override int Read(Span<byte> buffer) => base.Read(buffer.Slice(0, Math.Min(buffer.Length, _chunk)));

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
                => base.ReadAsync(buffer, offset, Math.Min(count, _chunk), cancellationToken);

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
                => base.ReadAsync(buffer.Slice(0, Math.Min(buffer.Length, _chunk)), cancellationToken);
        }
    }
}
