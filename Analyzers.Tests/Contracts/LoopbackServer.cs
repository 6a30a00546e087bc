using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clst.Analyzers.Tests.Contracts
{
    /// <summary>What the server saw of one request, and when (<see cref="LoopbackServer.Clock"/>).</summary>
    internal sealed record SeenRequest(string Method, string RawTarget, string Accept, string Authorization, TimeSpan At);

    /// <summary>
    /// A real HTTP server for the client's tests: Kestrel from the ASP.NET Core shared framework, bound to 127.0.0.1 on a port the
    /// system picks (loopback only). Each request is recorded and answered by the test's handler, which gets the request's number
    /// (0, 1, 2, ...).
    /// </summary>
    internal sealed class LoopbackServer : IAsyncDisposable
    {
        /// <summary>No test waits longer than this for anything: a bug shows up as a failure, not as a hang.</summary>
        public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

        /// <summary>The clock of <see cref="SeenRequest.At"/>: monotonic, shared by every server.</summary>
        public static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

        private readonly WebApplication _app;
        private int _count;

        private LoopbackServer(WebApplication app, Uri root)
        {
            _app = app;
            Root = root;
        }

        public Uri Root { get; }

        public ConcurrentQueue<SeenRequest> Requests { get; } = new ConcurrentQueue<SeenRequest>();

        public int RequestCount => Volatile.Read(ref _count);

        public static async Task<LoopbackServer> StartAsync(Func<HttpContext, int, Task> handler)
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            LoopbackServer? server = null;
            app.Run(async context =>
            {
                var index = Interlocked.Increment(ref server!._count) - 1;
                var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
                server.Requests.Enqueue(new SeenRequest(
                    context.Request.Method, raw, context.Request.Headers.Accept.ToString(), context.Request.Headers.Authorization.ToString(), Clock.Elapsed));
                await handler(context, index);
            });

            using (var timeout = new CancellationTokenSource(Bound))
            {
                await app.StartAsync(timeout.Token);
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var root = new Uri(address.EndsWith("/", StringComparison.Ordinal) ? address : address + "/");
            Assert.True(IPAddress.IsLoopback(IPAddress.Parse(root.Host)), "the test server listens on loopback only: " + root);
            server = new LoopbackServer(app, root);
            return server;
        }

        /// <summary>Answers every request with the same status and body.</summary>
        public static Task<LoopbackServer> StartAsync(int status, string body, string contentType = "application/json")
            => StartAsync((context, _) => RespondAsync(context, status, body, contentType));

        public static async Task RespondAsync(HttpContext context, int status, string body, string contentType = "application/json")
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
        }

        /// <summary>An HTTP client whose base address is this server's root (or a path under it), with a bounded timeout.</summary>
        public HttpClient CreateHttpClient(string path = "")
            => new HttpClient { BaseAddress = new Uri(Root, path), Timeout = Bound };

        public async ValueTask DisposeAsync()
        {
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            {
                await _app.StopAsync(timeout.Token);
            }

            await _app.DisposeAsync();
        }
    }
}
