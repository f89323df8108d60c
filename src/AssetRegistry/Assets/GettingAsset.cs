using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Identifiers;
using Marten;

namespace AssetRegistry.Assets;

public static class GettingAssetEndpoint
{
    public static void MapGetAsset(this RouteGroupBuilder assets) =>
        assets.MapGet("/{registrationNumber}", async (string registrationNumber, string? asOf, HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var number = ParseRegistrationNumber(registrationNumber, "registrationNumber").ToString();
                var now = clock.GetUtcNow();
                if (InstantQuery.Instant(asOf, "asOf") is { } moment)
                {
                    return Results.Ok(await AsOfAsync(session, number, moment, now, http.RequestAborted));
                }

                var asset = await CurrentAsync(session, number, http.RequestAborted) ?? throw NotRegistered(number);
                http.Response.SetETag(asset.Version);
                return Results.Ok(AssetView.Of(asset, now));
            })
            .RequireAuthorization()
            .WithSummary("An asset's title (holder or operator), status, licenses in force, validity and public metadata — now, or as the register stood at `asOf`.")
            .WithDescription("With `asOf` (an instant with its offset, not in the future) the answer is what the register had recorded by then (at or before that instant), "
                + "with the status and licenses in force at that moment; it carries the stream version of that time in `version` and no ETag, "
                + "since a past state cannot be the basis of a write. A moment before the asset was registered is 404 `asset-not-registered-then`.")
            .Produces<AssetView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// What the register said at <paramref name="moment"/>: the stream folded up to the events recorded by then
    /// (Marten's recording timestamps, stamped by the registry's clock), judged at that moment.
    /// </summary>
    private static async Task<AssetView> AsOfAsync(IQuerySession session, string number, DateTimeOffset moment, DateTimeOffset now, CancellationToken cancellation)
    {
        if (moment > now)
        {
            throw RequestValidationException.For("asOf", $"'asOf' may not be in the future: the register has recorded nothing after {now:O}.");
        }

        var asset = await session.Events.AggregateStreamAsync<Asset>(number, timestamp: moment, token: cancellation);
        if (asset is not null)
        {
            return AssetView.Of(asset, moment, moment);
        }

        if (await session.Events.FetchStreamStateAsync(number, cancellation) is null)
        {
            throw NotRegistered(number);
        }

        throw Refusal.NotFound("asset-not-registered-then", $"{number} was not yet registered at {moment:O}.");
    }

    /// <summary>
    /// The inline snapshot is the register now; status and licenses are then worked out for this moment. Its
    /// version comes from the stream itself: an event appended without FetchForWriting (quick append mode)
    /// leaves the snapshot's own Version at 0, and an ETag must name the version a write will be checked against.
    /// The stream's version is read first, in the same round trip: if an event lands between the two reads, the
    /// ETag is the older one and a write made on it is refused (412) rather than accepted on a state not shown.
    /// </summary>
    private static async Task<Asset?> CurrentAsync(IQuerySession session, string number, CancellationToken cancellation)
    {
        var batch = session.CreateBatchQuery();
        var stream = batch.Events.FetchStreamState(number);
        var snapshot = batch.Load<Asset>(number);
        await batch.Execute(cancellation);
        return await snapshot is { } asset && await stream is { } state ? asset with { Version = state.Version } : null;
    }

    private static Refusal NotRegistered(string number) => Refusal.NotFound("asset-not-found", $"No asset is registered under {number}.");

    /// <summary>A mistyped number (its check character fails) is a 400 that says so, not a 404.</summary>
    public static RegistrationNumber ParseRegistrationNumber(string text, string field) =>
        RegistrationNumber.TryParse(text, out var number, out var error)
            ? number
            : throw RequestValidationException.For(field, error.Message);
}
