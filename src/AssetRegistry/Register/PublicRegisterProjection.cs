using AssetRegistry.Validity;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Assets;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace AssetRegistry.Register;

/// <summary>
/// Writes the public register's entry for each completed registration, inline: in the same transaction as the asset
/// event, so the register never shows a registration that was not recorded nor misses one that was. Each entry is made
/// from the events alone (<see cref="PublicRegisterEntry.For"/>): the asset folded from its own stream up to that event,
/// never the asset's current snapshot — so the same events give the same entries whenever the projection runs, as they
/// are recorded or in a rebuild long after (README: "Rebuilding the views"), and a later holder, name or
/// license never reaches back into an earlier entry.
/// </summary>
public sealed class PublicRegisterProjection : IProjection
{
    public const string Name = "PublicRegister";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(events);
        // Each asset as the events of this batch have left it so far.
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (!IsAssetEvent(@event.Data) || @event.StreamKey is not { } number)
            {
                continue;
            }

            var before = assets.TryGetValue(number, out var known) ? known
                : @event.Data is AssetRegistered ? null
                : await RecordedBeforeAsync(operations, number, @event, cancellation);
            var after = before is null ? Asset.Create((AssetRegistered)@event.Data) : before.After(@event.Data);
            assets[number] = after;
            if (PublicRegisterEntry.For(@event, before, after) is { } entry)
            {
                operations.Store(entry);
            }
        }
    }

    private static bool IsAssetEvent(object data) => RegistrationKinds.Of(data) is not null || data is RegistrationExpired or LicenseTermEnded;

    /// <summary>
    /// The asset folded from the events recorded before <paramref name="event"/>: up to its version when that is known (a
    /// rebuild reads stored events), else every event committed so far — inline, exactly those before this transaction.
    /// </summary>
    private static async Task<Asset> RecordedBeforeAsync(IDocumentOperations operations, string number, IEvent @event, CancellationToken cancellation) =>
        (@event.Version > 1
            ? await operations.Events.AggregateStreamAsync<Asset>(number, version: @event.Version - 1, token: cancellation)
            : await operations.Events.AggregateStreamAsync<Asset>(number, token: cancellation))
        ?? throw new InvalidOperationException(
            $"The public register found no asset {number} recorded before this registration; a registration on an asset "
            + "must be committed after the asset's initial registration, not in the same transaction.");
}
