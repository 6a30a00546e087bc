using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Clst.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>
    /// The README's recipe (section "Resilience and authentication"): <see cref="ClstOrdersClient"/> as a typed client of
    /// <c>IHttpClientFactory</c> with a bearer header and <c>Microsoft.Extensions.Http.Resilience</c>'s standard handler, run
    /// against a real HTTP server on loopback that answers 503s and 429s.
    /// </summary>
    public class ResilienceRecipeTests
    {
        private const long AccountId = 19816;
        private const string OrderId = "d40a92e6-381f-4803-b292-56d350d9d54a";

        /// <summary>The README's code, built against the loopback server.</summary>
        private static ServiceProvider Build(Uri apiRoot, string bearerToken)
        {
            var services = new ServiceCollection();

            // ---- copied verbatim from README.md, "Resilience and authentication"; keep the two identical ----
            services.AddHttpClient<IClstOrdersClient, ClstOrdersClient>(http =>
                {
                    http.BaseAddress = apiRoot; // the API root, such as https://api.clearstreet.com/
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
                })
                .AddStandardResilienceHandler(options =>
                {
                    // Retries 408, 429, 5xx and transient network errors (3 retries), waits what Retry-After says,
                    // bounds each attempt (10 s) and the whole call (30 s). A cancel is urgent: the first retry comes
                    // after about 250 ms instead of the default 2 s, then the wait doubles (with jitter).
                    options.Retry.Delay = TimeSpan.FromMilliseconds(250);
                });
            // ---- end of the README's code ----

            return services.BuildServiceProvider();
        }

        private static Task Answer(HttpContext context, int status, string? retryAfter = null)
        {
            if (retryAfter != null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            return status == 200
                ? LoopbackServer.RespondAsync(context, 200, ContractData.Cancel200)
                : LoopbackServer.RespondAsync(context, status, GetOrdersTests.ErrorBody(status, "busy", "r-" + status));
        }

        [Fact]
        public void TheRecipeIsTheReadmesCodeVerbatim()
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root != null && !(File.Exists(Path.Combine(root.FullName, "README.md")) && Directory.Exists(Path.Combine(root.FullName, "Contracts"))))
            {
                root = root.Parent;
            }

            Assert.NotNull(root);
            var source = File.ReadAllLines(Path.Combine(root!.FullName, "Analyzers.Tests", "Contracts", "ResilienceRecipeTests.cs"));
            var start = Array.FindIndex(source, l => l.Contains("---- copied verbatim from README.md", StringComparison.Ordinal)) + 1;
            var end = Array.FindIndex(source, l => l.Contains("---- end of the README's code ----", StringComparison.Ordinal));
            var code = source[start..end];
            var indent = code.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            var fromTest = code.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()).ToArray();

            var readme = File.ReadAllLines(Path.Combine(root.FullName, "README.md"));
            var section = Array.IndexOf(readme, "## Resilience and authentication");
            var open = Array.IndexOf(readme, "```csharp", section);
            var close = Array.IndexOf(readme, "```", open + 1);
            Assert.True(section > 0 && open > section && close > open, "README.md has the section with a csharp block");

            Assert.Equal(readme[(open + 1)..close], fromTest);
        }

        [Fact]
        public async Task Two503sThenA200SucceedsOnTheThirdRequestWithTheBearerHeaderEachTime()
        {
            await using var server = await LoopbackServer.StartAsync((context, i) => Answer(context, i < 2 ? 503 : 200));
            await using var provider = Build(server.Root, "token-123");
            var client = provider.GetRequiredService<IClstOrdersClient>();

            var response = await client.GetOrderByIdAsync(AccountId, OrderId);

            Assert.Equal(OrderStatus.PendingCancel, response.Data.Status);
            Assert.Equal(3, server.RequestCount);
            Assert.All(server.Requests, r => Assert.Equal("Bearer token-123", r.Authorization));
            Assert.All(server.Requests, r => Assert.Equal("/v1/accounts/19816/orders/" + OrderId, r.RawTarget));
        }

        [Fact]
        public async Task A429WithRetryAfterIsRetriedAfterTheWaitItAsks()
        {
            await using var server = await LoopbackServer.StartAsync((context, i) => i == 0 ? Answer(context, 429, "1") : Answer(context, 200));
            await using var provider = Build(server.Root, "token-429");
            var client = provider.GetRequiredService<IClstOrdersClient>();

            var response = await client.CancelOpenOrderAsync(AccountId, OrderId);

            Assert.Equal(OrderStatus.PendingCancel, response.Data.Status);
            var at = server.Requests.Select(r => r.At).ToArray();
            Assert.Equal(2, at.Length);

            // Retry-After: 1 (second), not the 250 ms of the recipe: the retry waited (50 ms of clock slack allowed).
            Assert.True(at[1] - at[0] >= TimeSpan.FromMilliseconds(950), "the retry came " + (at[1] - at[0]).TotalMilliseconds + " ms after the 429");
            Assert.All(server.Requests, r => Assert.Equal("Bearer token-429", r.Authorization));
        }

        [Fact]
        public async Task WhenEveryAttemptFailsTheLastAnswerIsTheApiError()
        {
            await using var server = await LoopbackServer.StartAsync((context, _) => Answer(context, 503));
            await using var provider = Build(server.Root, "token-503");
            var client = provider.GetRequiredService<IClstOrdersClient>();
            var watch = Stopwatch.StartNew();

            var ex = await Assert.ThrowsAsync<ClstApiException>(() => client.GetOrdersAsync(AccountId));

            Assert.Equal(503, ex.StatusCode);
            Assert.Equal("r-503", ex.RequestId);
            Assert.Equal(4, server.RequestCount);
            Assert.True(watch.Elapsed < LoopbackServer.Bound, "bounded: " + watch.Elapsed);
        }

        [Fact]
        public async Task A404IsNotRetried()
        {
            await using var server = await LoopbackServer.StartAsync(404, ContractData.Cancel404);
            await using var provider = Build(server.Root, "token-404");
            var client = provider.GetRequiredService<IClstOrdersClient>();

            await Assert.ThrowsAsync<ClstNotFoundException>(() => client.CancelOpenOrderAsync(AccountId, OrderId));

            Assert.Equal(1, server.RequestCount);
        }
    }
}
