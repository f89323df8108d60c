namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The registry cannot record now, through no fault of the request, and will again after <see cref="RetryAfter"/>:
/// 503 with <c>Retry-After</c>, logged as a warning (<see cref="ProblemResponses"/>). The database restarting and a
/// node's clock far behind are the two cases.
/// </summary>
public sealed class TemporarilyUnavailable : Exception
{
    public TemporarilyUnavailable(RefusalCode entry, TimeSpan retryAfter, params (string Name, object? Value)[] specifics)
        : base(entry?.Detail.Render(Language.English, specifics))
    {
        ArgumentNullException.ThrowIfNull(entry);
        Entry = entry;
        RetryAfter = retryAfter;
        Specifics = specifics;
    }

    public TemporarilyUnavailable() : this(Refusals.Unavailable, TimeSpan.FromSeconds(5)) { }
    public TemporarilyUnavailable(string message) : base(message) => (Entry, RetryAfter) = (Refusals.Unavailable, TimeSpan.FromSeconds(5));
    public TemporarilyUnavailable(string message, Exception innerException) : base(message, innerException) =>
        (Entry, RetryAfter) = (Refusals.Unavailable, TimeSpan.FromSeconds(5));

    public RefusalCode Entry { get; }
    public TimeSpan RetryAfter { get; }
    public IReadOnlyList<(string Name, object? Value)> Specifics { get; } = [];
}
