using Marten;

namespace AssetRegistry.Assets;

public static class AssetLoading
{
    /// <summary>The asset as registered now; a 404 refusal when the number names none.</summary>
    public static async Task<Asset> LoadAssetAsync(this IQuerySession session, string registrationNumber, CancellationToken cancellation) =>
        await session.LoadAsync<Asset>(registrationNumber, cancellation)
        ?? throw Refusal.NotFound("asset-not-found", $"No asset is registered under {registrationNumber}.");
}
