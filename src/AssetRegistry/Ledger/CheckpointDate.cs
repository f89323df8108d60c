using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Ledger;

/// <summary>
/// The instant a checkpoint is dated (签发时间). A key's validity is judged at the instant a checkpoint claims, so a
/// checkpoint dated before the one it follows could carry a key revoked in between (docs/ledger.md §4.4): a clock
/// that stepped back never dates the ledger back.
/// </summary>
public static class CheckpointDate
{
    /// <summary>The smallest step between instants the ledger writes (§2: microseconds).</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMicroseconds(1);

    /// <summary>max(<paramref name="now"/>, <paramref name="previous"/> + 1 µs), in whole microseconds.</summary>
    public static DateTimeOffset After(DateTimeOffset now, DateTimeOffset? previous)
    {
        var at = CanonicalInstant.Truncate(now);
        return previous is { } last && at <= CanonicalInstant.Truncate(last) ? CanonicalInstant.Truncate(last) + Step : at;
    }
}
