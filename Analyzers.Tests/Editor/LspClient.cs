using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Clst.Analyzers.Tests.Editor
{
    /// <summary>
    /// A minimal Language Server Protocol client over a server's stdin/stdout (JSON-RPC with <c>Content-Length</c> frames):
    /// sends requests and notifications, answers the server's requests through <see cref="AnswerServerRequest"/>, and
    /// queues the server's notifications for <see cref="WaitForNotificationAsync"/>. Every wait is bounded.
    /// </summary>
    public sealed class LspClient : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Stream _input;
        private readonly SemaphoreSlim _writeLock = new(1, 1);
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
        private readonly BlockingCollection<JsonObject> _notifications = new();
        private readonly StringBuilder _log = new();
        private readonly Task _reader;
        private int _nextId;

        public LspClient(Process process, Func<string, JsonNode?, JsonNode?> answerServerRequest)
        {
            _process = process;
            _input = process.StandardInput.BaseStream;
            AnswerServerRequest = answerServerRequest;
            _reader = Task.Run(ReadLoopAsync);
        }

        /// <summary>The answer to a request the server sends (method, params → result).</summary>
        public Func<string, JsonNode?, JsonNode?> AnswerServerRequest { get; }

        /// <summary>What the server said in <c>window/logMessage</c>, for failure messages.</summary>
        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
        {
            int id = Interlocked.Increment(ref _nextId);
            var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = completion;
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            var finished = await Task.WhenAny(completion.Task, Task.Delay(timeout));
            if (finished != completion.Task)
            {
                throw new TimeoutException($"no answer to '{method}' within {timeout.TotalSeconds:0} s. Server log:\n{Log}");
            }

            return await completion.Task;
        }

        public Task NotifyAsync(string method, JsonNode? parameters)
            => SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        /// <summary>The first notification of <paramref name="method"/> that satisfies <paramref name="accept"/>, or a clear failure after <paramref name="timeout"/>.</summary>
        public JsonObject WaitForNotification(string method, Func<JsonObject, bool> accept, TimeSpan timeout, Func<string> describeLastSeen)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_notifications.TryTake(out var notification, left))
                {
                    throw new TimeoutException($"no '{method}' as expected within {timeout.TotalSeconds:0} s; {describeLastSeen()}. Server log:\n{Log}");
                }

                if ((string?)notification["method"] == method && accept(notification))
                {
                    return notification;
                }
            }
        }

        public Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool> accept, TimeSpan timeout, Func<string> describeLastSeen)
            => Task.Run(() => WaitForNotification(method, accept, timeout, describeLastSeen));

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_process.HasExited)
                {
                    using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    var shutdown = RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
                    await Task.WhenAny(shutdown, Task.Delay(TimeSpan.FromSeconds(10), quick.Token));
                    await NotifyAsync("exit", null);
                    await Task.WhenAny(_process.WaitForExitAsync(quick.Token), Task.Delay(TimeSpan.FromSeconds(5), quick.Token));
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or TimeoutException or OperationCanceledException)
            {
                // The server is already gone: nothing to shut down.
            }
            finally
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                }

                _process.Dispose();
            }
        }

        private async Task SendAsync(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            await _writeLock.WaitAsync();
            try
            {
                await _input.WriteAsync(header);
                await _input.WriteAsync(body);
                await _input.FlushAsync();
            }
            finally
            {
                _writeLock.Release();
            }
        }

        private async Task ReadLoopAsync()
        {
            var output = _process.StandardOutput.BaseStream;
            try
            {
                while (true)
                {
                    int length = -1;
                    string? line;
                    while (!string.IsNullOrEmpty(line = await ReadHeaderLineAsync(output)))
                    {
                        if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                        {
                            length = int.Parse(line.Substring("Content-Length:".Length).Trim());
                        }
                    }

                    if (line == null || length < 0)
                    {
                        return;
                    }

                    var buffer = new byte[length];
                    await output.ReadExactlyAsync(buffer);
                    Dispatch(JsonNode.Parse(buffer)!.AsObject());
                }
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or EndOfStreamException or JsonException)
            {
                // The server went away; waits end with their own timeout message.
            }
            finally
            {
                _notifications.CompleteAdding();
            }
        }

        private void Dispatch(JsonObject message)
        {
            var method = (string?)message["method"];
            if (message.ContainsKey("id") && method != null)
            {
                var answer = AnswerServerRequest(method, message["params"]);
                _ = SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = answer });
            }
            else if (message.ContainsKey("id"))
            {
                if (_pending.TryRemove((int)message["id"]!, out var completion))
                {
                    completion.TrySetResult(message["result"]);
                }
            }
            else if (method == "window/logMessage")
            {
                lock (_log)
                {
                    _log.AppendLine((string?)message["params"]?["message"]);
                }
            }
            else if (method != null)
            {
                _notifications.Add(message);
            }
        }

        private static async Task<string?> ReadHeaderLineAsync(Stream stream)
        {
            var bytes = new System.Collections.Generic.List<byte>();
            var one = new byte[1];
            while (true)
            {
                int read = await stream.ReadAsync(one);
                if (read == 0)
                {
                    return bytes.Count == 0 ? null : Encoding.ASCII.GetString(bytes.ToArray());
                }

                if (one[0] == '\n')
                {
                    return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
                }

                bytes.Add(one[0]);
            }
        }
    }
}
