using AssetRegistry.Assets;
using AssetRegistry.Verification.Identifiers;
using Marten;

namespace AssetRegistry.InitialRegistration;

/// <summary>A data product may name the registered data resources it derives from (lineage) [ours].</summary>
public static class Derivation
{
    public static async Task EnsureDerivableAsync(IQuerySession session, IReadOnlyList<string> derivedFrom, DateTimeOffset now, CancellationToken cancellation)
    {
        if (derivedFrom.Count == 0)
        {
            return;
        }

        var found = (await session.LoadManyAsync<Asset>(cancellation, derivedFrom)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        for (var i = 0; i < derivedFrom.Count; i++)
        {
            var field = $"derivedFrom[{i}]";
            if (!found.TryGetValue(derivedFrom[i], out var source))
            {
                throw new Refusal("derived-asset-not-found", $"No asset is registered under {derivedFrom[i]}.", field);
            }

            if (source.Kind != AssetKind.DataResource)
            {
                throw new Refusal("derived-asset-not-a-resource", $"{derivedFrom[i]} is a data product; a product derives from data resources.", field);
            }

            if (source.StatusAt(now) != AssetStatus.Active)
            {
                throw new Refusal("derived-asset-not-active", $"{derivedFrom[i]} is {source.StatusAt(now).ToString().ToLowerInvariant()}, not active.", field);
            }
        }
    }
}
