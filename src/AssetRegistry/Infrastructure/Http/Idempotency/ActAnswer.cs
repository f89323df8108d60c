namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// What an act answers over HTTP — status, the <c>Location</c> of what it created, the version its ETag states, the
/// body — and where that body can be read again. Endpoints say it once; it makes the live response and, under an
/// <c>Idempotency-Key</c>, what the act's transaction records for retries.
/// </summary>
public sealed record ActAnswer(int StatusCode, object Body, long? Version, string? Location, RecordedBody Reread)
{
    public static ActAnswer Ok(object body, long? version, RecordedBody reread) => new(StatusCodes.Status200OK, body, version, null, reread);

    public static ActAnswer Created(string location, object body, long version, RecordedBody reread) =>
        new(StatusCodes.Status201Created, body, version, location, reread);

    public IResult Respond(HttpResponse response)
    {
        if (Version is { } version)
        {
            response.SetETag(version);
        }

        return Location is { } location ? Results.Created(location, Body) : Results.Ok(Body);
    }
}
