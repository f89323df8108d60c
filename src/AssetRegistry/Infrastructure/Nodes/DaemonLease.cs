namespace AssetRegistry.Infrastructure.Nodes;

/// <summary>
/// This node's hold on the daemon's lease, as <see cref="DaemonLeadership"/> last saw it: who this process is to the
/// lease, and the term it holds (null when it holds none). The certificate issuer fences each batch with it.
/// </summary>
public sealed class DaemonLease(string nodeName)
{
    private long _term;

    /// <summary>This process, unique among every process that ever ran: a restarted node is a new holder.</summary>
    public string Holder { get; } = $"{nodeName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The term this node leads in, or null.</summary>
    public long? Term => Interlocked.Read(ref _term) is var term && term > 0 ? term : null;

    internal void Held(long? term) => Interlocked.Exchange(ref _term, term ?? 0);
}
