using AssetRegistry.Assets;
using Marten;
using JasperFx.Events;
using Marten.Events;

namespace AssetRegistry.Freezes;

public static class FreezeStreams
{
    public static string TermTimerId(string registrationNumber, string freezeId) => $"freeze-term:{registrationNumber}:{freezeId}";

    /// <summary>What the grants table records as the act citing the court's orders: the freeze.</summary>
    public static string CitedBy(string freezeId) => $"freeze:{freezeId}";

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
            ? throw Refusal.NotFound("asset-not-found", $"No asset is registered under {registrationNumber}.")
            : stream;
    }
}
