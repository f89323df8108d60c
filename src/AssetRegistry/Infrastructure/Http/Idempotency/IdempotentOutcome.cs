namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// What an act done under an <c>Idempotency-Key</c> answered, written by the act's own transaction: it exists exactly
/// when the act committed. Its id is the key scoped to the user and the party acted for, so it is the row's primary key
/// that lets one act of two concurrent retries commit, not a lookup. The body is not kept: a replay reads it again at
/// the recorded version (<see cref="RecordedBody"/>).
/// </summary>
public sealed class IdempotentOutcome
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public string? PartyCode { get; set; }
    public string Key { get; set; } = "";
    public string RequestFingerprint { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int StatusCode { get; set; }
    public string? Location { get; set; }
    public long? Version { get; set; }
    public RecordedBody Body { get; set; } = null!;
}
