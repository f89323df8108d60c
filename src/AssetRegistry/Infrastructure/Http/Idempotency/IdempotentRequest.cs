namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// A POST made with an <c>Idempotency-Key</c>: claimed when it starts, completed with the response that every
/// retry of it then receives. The key is scoped to the caller, so two clients cannot collide.
/// </summary>
public sealed class IdempotentRequest
{
    public string Id { get; set; } = "";
    public string RequestFingerprint { get; set; } = "";
    public DateTimeOffset ClaimedAt { get; set; }
    public bool Completed { get; set; }
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[] Body { get; set; } = [];
}
