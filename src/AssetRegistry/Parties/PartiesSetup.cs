using AssetRegistry.Infrastructure.Http;
using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Parties;

public static class PartiesSetup
{
    public static void ConfigureParties(this StoreOptions options)
    {
        options.Projections.Snapshot<Party>(SnapshotLifecycle.Inline);
        options.Schema.For<Party>().UniqueIndex(party => party.IdentityKey);
        UniqueViolations.Register("uidx_identity_key", "party-already-recorded", "A party with this identifier is already recorded.");
    }

    public static void MapParties(this RouteGroupBuilder api)
    {
        var parties = api.MapGroup("/parties").WithTags("Parties");
        parties.MapRecordParty();
        parties.MapGetParty();
        parties.MapRenameParty();
    }
}
