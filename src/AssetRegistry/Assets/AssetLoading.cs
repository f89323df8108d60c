using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Database;
using Marten;
using JasperFx.Events;
using Marten.Events;

namespace AssetRegistry.Assets;

public static class AssetLoading
{
    /// <summary>The asset as registered now; a 404 refusal when the number names none.</summary>
    public static async Task<Asset> LoadAssetAsync(this IQuerySession session, string registrationNumber, CancellationToken cancellation) =>
        await session.LoadAsync<Asset>(registrationNumber, cancellation)
        ?? throw new Refusal(Refusals.AssetNotFound, ("number", registrationNumber));

    /// <summary>Assets another decision rests on (the resources a product derives from), held until commit (<see cref="HeldStreams"/>); a number naming none is absent.</summary>
    public static async Task<IReadOnlyDictionary<string, Asset>> LoadAssetsHeldAsync(this IDocumentSession session, IReadOnlyList<string> registrationNumbers,
        CancellationToken cancellation)
    {
        if (registrationNumbers.Count == 0)
        {
            return new Dictionary<string, Asset>();
        }

        await session.HoldAsync(registrationNumbers, cancellation);
        return (await session.LoadManyAsync<Asset>(cancellation, registrationNumbers)).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The asset's stream, locked optimistically: at the version named in If-Match (checked now and at commit),
    /// else at the version read now (checked at commit); a 404 refusal when no asset has the number.
    /// </summary>
    public static async Task<IEventStream<Asset>> FetchAssetForWritingAsync(this IDocumentSession session, string registrationNumber, long? expectedVersion,
        CancellationToken cancellation)
    {
        var stream = expectedVersion is { } expected
            ? await session.Events.FetchForWriting<Asset>(registrationNumber, expected, cancellation)
            : await session.Events.FetchForWriting<Asset>(registrationNumber, cancellation);
        return stream.Aggregate is null
            ? throw new Refusal(Refusals.AssetNotFound, ("number", registrationNumber))
            : stream;
    }
}
