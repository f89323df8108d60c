using AssetRegistry.Infrastructure.Http;
using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Parties;

/// <summary>The party directory.</summary>
public sealed class PartiesCapability : Infrastructure.IRegistryCapability
{
    public IEnumerable<Infrastructure.StoredEvent> Events =>
    [
        Infrastructure.StoredEvent.Of<PartyRecorded>("party_recorded"),
        Infrastructure.StoredEvent.Of<PartyRenamed>("party_renamed"),
    ];

    public void Configure(StoreOptions options)
    {
        options.Projections.Snapshot<Party>(SnapshotLifecycle.Inline);
        options.Schema.For<Party>().UniqueIndex(party => party.IdentityKey);
        UniqueViolations.Register("uidx_identity_key", Refusals.PartyAlreadyRecorded);
    }

    public void Map(RouteGroupBuilder api)
    {
        var parties = api.MapGroup("/parties").WithTags("Parties");
        parties.MapRecordParty();
        parties.MapGetParty();
        parties.MapRenameParty();
    }
}
