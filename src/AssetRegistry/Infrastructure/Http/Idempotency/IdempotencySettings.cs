namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>Section <c>Idempotency</c>.</summary>
public sealed class IdempotencySettings
{
    /// <summary>
    /// How long an act's answer is replayed to retries under its key; after that the key is free again. 72 hours
    /// covers a client retrying over a weekend.
    /// </summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(72);
}
