using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Identifiers;
using Marten;

namespace AssetRegistry.Assets;

public static class GettingAssetEndpoint
{
    public static void MapGetAsset(this RouteGroupBuilder assets) =>
        assets.MapGet("/{registrationNumber}", async (string registrationNumber, string? asOf, HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                var now = clock.GetUtcNow();
                if (InstantQuery.Instant(asOf, "asOf") is { } moment)
                {
                    return Results.Ok(await AsOfAsync(session, number, moment, now, http.RequestAborted));
                }

                var (current, holdersRecord) = await CurrentAsync(session, number, http.RequestAborted);
                var asset = current ?? throw NotRegistered(number);
                http.Response.SetETag(asset.Version);
                return Results.Ok(AssetView.Of(asset, now, holdersRecord: holdersRecord));
            })
            .RequireAuthorization()
            .WithName("getAsset")
            // Its version is the asset's as it stands: a reading "as of" an instant has none.
            .AnswersWithETag(always: false)
            .WithSummary("An asset's title (holder or operator), status, licenses in force, validity and public metadata — now, or as the register stood at `asOf`.")
            .WithDescription("With `asOf` (an instant with its offset, not in the future) the answer is what the register had recorded by then (at or before that instant), "
                + "with the status and licenses in force at that moment; it carries the stream version of that time in `version` and no ETag, "
                + "since a past state cannot be the basis of a write. A moment before the asset was registered is 404 `asset-not-registered-then`. "
                + "`holder.name` is the name the register has for the holder; after a rename recorded on the party (名称变更) it stays until the holder's change registration, "
                + "and meanwhile the current answer also gives `holder.currentName`, the name of the party record now.")
            .Produces<AssetView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// What the register said at <paramref name="moment"/>: the stream folded up to the events recorded by then
    /// (Marten's recording timestamps, stamped by the registry's clock), judged at that moment.
    /// </summary>
    /// <remarks>
    /// "Recorded by then" is the longest prefix of the stream whose events are all stamped at or before the moment.
    /// The registry's clock keeps one node's stamps in order, but a stream written by nodes whose clocks disagreed,
    /// or before that clock existed, can hold an event stamped earlier than one before it; the events stamped by
    /// then are then no prefix, and folding them would make a state the register never was in (a change before the
    /// registration it changes). Such streams are read as they are, never rewritten.
    /// </remarks>
    private static async Task<AssetView> AsOfAsync(IQuerySession session, string number, DateTimeOffset moment, DateTimeOffset now, CancellationToken cancellation)
    {
        if (moment > now)
        {
            throw RequestValidationException.For("asOf", Refusals.InTheFuture, ("now", $"{now:O}"));
        }

        var recorded = await RecordedByAsync(session, number, moment, cancellation) ?? throw NotRegistered(number);
        if (recorded == 0)
        {
            throw new Refusal(Refusals.AssetNotRegisteredThen, ("number", number), ("moment", $"{moment:O}"));
        }

        var asset = await session.Events.AggregateStreamAsync<Asset>(number, version: recorded, token: cancellation);
        return AssetView.Of(asset!, moment, moment);
    }

    private sealed record StreamPrefix(long? FirstAfter, long? Version);

    /// <summary>The version the longest prefix stamped at or before <paramref name="moment"/> ends at; null when there is no such stream.</summary>
    private static async Task<long?> RecordedByAsync(IQuerySession session, string number, DateTimeOffset moment, CancellationToken cancellation)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var prefix = (await session.AdvancedSql.QueryAsync<StreamPrefix>(
            $"select json_build_object('FirstAfter', (select min(version) from {schema}.mt_events where stream_id = ? and timestamp > ?), " +
            $"'Version', (select version from {schema}.mt_streams where id = ?))",
            cancellation, number, moment, number)).Single();
        return prefix.Version is { } version ? Math.Min(version, (prefix.FirstAfter ?? version + 1) - 1) : null;
    }

    /// <summary>
    /// The inline snapshot is the register now; status and licenses are then worked out for this moment. Its
    /// version comes from the stream itself: an event appended without FetchForWriting (quick append mode)
    /// leaves the snapshot's own Version at 0, and an ETag must name the version a write will be checked against.
    /// The stream's version is read first, in the same round trip: if an event lands between the two reads, the
    /// ETag is the older one and a write made on it is refused (412) rather than accepted on a state not shown.
    /// </summary>
    /// <summary>The asset as it stands and its holder's party record (for a name changed since), in one round trip.</summary>
    private static async Task<(Asset? Asset, Parties.Party? HoldersRecord)> CurrentAsync(IQuerySession session, string number, CancellationToken cancellation)
    {
        var assets = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(Asset)).TableName.QualifiedName;
        var batch = session.CreateBatchQuery();
        var stream = batch.Events.FetchStreamState(number);
        var snapshot = batch.Load<Asset>(number);
        var holders = batch.Query<Parties.Party>($"where id = (select data -> 'Holder' ->> 'PartyCode' from {assets} where id = ?)", number);
        await batch.Execute(cancellation);
        var asset = await snapshot is { } found && await stream is { } state ? found with { Version = state.Version } : null;
        var record = (await holders).SingleOrDefault();
        return (asset, record is not null && record.Id == asset?.Holder.PartyCode ? record : null);
    }

    private static Refusal NotRegistered(string number) => new(Refusals.AssetNotFound, ("number", number));
}
