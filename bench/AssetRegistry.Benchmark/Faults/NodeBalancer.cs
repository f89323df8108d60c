using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace AssetRegistry.Benchmark.Faults;

/// <summary>
/// What a load balancer in front of the nodes does, and the clients behind it: each request goes to the next node in
/// turn; a request that gets no answer (connection refused, no answer within <see cref="AttemptTimeout"/>) or an answer
/// of 5xx is sent again to the next node, under the same <c>Idempotency-Key</c>, until <see cref="GiveUpAfter"/>. The
/// balancer is not told that a node died or hangs: like a real one, it finds out by its requests failing.
/// </summary>
internal sealed class NodeBalancer : IDisposable
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    /// <summary>How long a node whose request failed is left out, as a balancer's failed health check does.</summary>
    public static readonly TimeSpan LeftOut = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);

    private readonly HttpClient _http;
    private readonly Uri?[] _nodes;
    private readonly long[] _leftOutUntil;
    private long _next;

    public NodeBalancer(int nodes)
    {
        _nodes = new Uri?[nodes];
        _leftOutUntil = new long[nodes];
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(2),
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    public ConcurrentDictionary<string, LatencyHistogram> Latencies { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, long> Outcomes { get; } = new(StringComparer.Ordinal);
    public long Retries;

    /// <summary>The node at <paramref name="index"/> now answers at <paramref name="address"/> (null: gone).</summary>
    public void Set(int index, Uri? address) => Volatile.Write(ref _nodes[index], address);

    public Uri? Address(int index) => Volatile.Read(ref _nodes[index]);

    /// <summary>Sends one request as its client would, to whichever node answers: its final status and body.</summary>
    public async Task<(int Status, string Body)> SendAsync(string operation, HttpMethod method, string path, string? token,
        Func<HttpContent?> content, bool idempotencyKey, CancellationToken cancellation, int? onlyNode = null, TimeSpan? attemptTimeout = null)
    {
        var key = idempotencyKey ? Guid.NewGuid().ToString("N") : null;
        var started = Stopwatch.StartNew();
        var first = true;
        while (true)
        {
            var index = onlyNode ?? Next();
            var node = Address(index);
            if (!first)
            {
                Interlocked.Increment(ref Retries);
            }

            first = false;
            if (node is not null)
            {
                using var request = new HttpRequestMessage(method, new Uri(node, path)) { Content = content() };
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                if (key is not null)
                {
                    request.Headers.Add("Idempotency-Key", key);
                }

                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                attempt.CancelAfter(attemptTimeout ?? AttemptTimeout);
                try
                {
                    using var response = await _http.SendAsync(request, attempt.Token);
                    var body = await response.Content.ReadAsStringAsync(attempt.Token);
                    var status = (int)response.StatusCode;
                    if (status < 500 || onlyNode is not null)
                    {
                        Latencies.GetOrAdd(operation, _ => new LatencyHistogram()).Record(started.Elapsed);
                        Outcomes.AddOrUpdate($"{operation} {status}", 1, (_, n) => n + 1);
                        return (status, body);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException && !cancellation.IsCancellationRequested)
                {
                    Interlocked.Exchange(ref _leftOutUntil[index], Stopwatch.GetTimestamp() + (long)(LeftOut.TotalSeconds * Stopwatch.Frequency));
                    if (onlyNode is not null)
                    {
                        Outcomes.AddOrUpdate($"{operation} no answer", 1, (_, n) => n + 1);
                        return (0, e.Message);
                    }
                }
            }

            if (started.Elapsed > GiveUpAfter || cancellation.IsCancellationRequested)
            {
                Outcomes.AddOrUpdate($"{operation} gave up", 1, (_, n) => n + 1);
                return (0, "no node answered");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    /// <summary>The next node in turn that is up and not left out; any node when none is.</summary>
    private int Next()
    {
        var now = Stopwatch.GetTimestamp();
        for (var tried = 0; tried < _nodes.Length; tried++)
        {
            var index = (int)(Interlocked.Increment(ref _next) % _nodes.Length);
            if (Address(index) is not null && Interlocked.Read(ref _leftOutUntil[index]) < now)
            {
                return index;
            }
        }

        return (int)(Interlocked.Increment(ref _next) % _nodes.Length);
    }

    public static Func<HttpContent?> Json(string json) => () => new StringContent(json, Encoding.UTF8, "application/json");

    public static readonly Func<HttpContent?> NoBody = () => null;

    public void Dispose() => _http.Dispose();
}
