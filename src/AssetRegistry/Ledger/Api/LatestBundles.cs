using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Ledger.Api;

/// <summary>
/// Bundles against the latest checkpoint, kept in memory as served. A stored certificate and a stored checkpoint never
/// change, so the bundle of one against the other — verified once, when it was built (<see cref="LedgerProofs.BundleAsync"/>)
/// — is the same bytes for every reader until the next checkpoint; a bank's or a court's repeated fetches then cost no
/// database round trip. The latest checkpoint is looked up again once it is <see cref="CheckpointFreshness"/> old; a
/// certificate it does not hold yet (one just issued) goes to the database at once, so no one waits for a bundle.
/// Bounded by <see cref="Capacity"/> bundles of a few KiB, emptied when full.
/// </summary>
public sealed class LatestBundles(LedgerAccess access, TrustedKeys publishedKeys, int capacity = LatestBundles.Capacity)
{
    public const int Capacity = 4096;

    /// <summary>How old the latest checkpoint a cached bundle is against may be: a second of issuance at most.</summary>
    public static readonly TimeSpan CheckpointFreshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (long TreeSize, byte[] Json)> bundles = new(StringComparer.Ordinal);
    private volatile Seen? latest;

    /// <summary>The bundle of <paramref name="number"/> against the latest checkpoint, as UTF-8 JSON.</summary>
    public async Task<byte[]> BundleAsync(string? number, CancellationToken cancellation)
    {
        var canonical = access.CanonicalCertificateNumber(number, "number");
        if (latest is { } known && Stopwatch.GetElapsedTime(known.ReadAt) < CheckpointFreshness
            && bundles.TryGetValue(canonical, out var cached) && cached.TreeSize == known.TreeSize)
        {
            return cached.Json;
        }

        var (certificate, checkpoint) = await access.FindCertificateAndCheckpointAsync(canonical, "number", null, "treeSize", cancellation);
        var bundle = await access.Proofs.BundleAsync(certificate, checkpoint, publishedKeys, cancellation);
        var json = Encoding.UTF8.GetBytes(bundle.ToJson());
        if (latest is not { } seen || checkpoint.TreeSize >= seen.TreeSize)
        {
            latest = new Seen(checkpoint.TreeSize, Stopwatch.GetTimestamp());
        }

        if (bundles.Count >= capacity)
        {
            bundles.Clear();
        }

        bundles[canonical] = (checkpoint.TreeSize, json);
        return json;
    }

    /// <summary>The latest checkpoint's size, and when it was read (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    private sealed record Seen(long TreeSize, long ReadAt);
}
