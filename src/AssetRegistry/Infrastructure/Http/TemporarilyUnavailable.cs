namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The registry cannot record now, through no fault of the request, and will again after <see cref="RetryAfter"/>:
/// 503 with <c>Retry-After</c>, logged as a warning (<see cref="ProblemResponses"/>). The database restarting and a
/// node's clock far behind are the two cases.
/// </summary>
public sealed class TemporarilyUnavailable : Exception
{
    public TemporarilyUnavailable(string code, string title, string detail, TimeSpan retryAfter) : base(detail)
    {
        Code = code;
        Title = title;
        RetryAfter = retryAfter;
    }

    public TemporarilyUnavailable() : this("unavailable", "Unavailable", "The registry cannot record now.", TimeSpan.FromSeconds(5)) { }
    public TemporarilyUnavailable(string message) : this("unavailable", "Unavailable", message, TimeSpan.FromSeconds(5)) { }
    public TemporarilyUnavailable(string message, Exception innerException) : base(message, innerException)
    {
        Code = "unavailable";
        Title = "Unavailable";
        RetryAfter = TimeSpan.FromSeconds(5);
    }

    public string Code { get; }
    public string Title { get; }
    public TimeSpan RetryAfter { get; }
}
