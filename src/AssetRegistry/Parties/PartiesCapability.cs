using AssetRegistry.Infrastructure.Http;
using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Parties;

/// <summary>The party directory (实名): parties verified on their identity documents, through onboarding or at the counter.</summary>
public sealed class PartiesCapability : Infrastructure.IRegistryCapability
{
    public IEnumerable<Infrastructure.StoredEvent> Events =>
    [
        Infrastructure.StoredEvent.Of<PartyRecorded>("party_recorded"),
        Infrastructure.StoredEvent.Of<PartyRenamed>("party_renamed"),
        Infrastructure.StoredEvent.Of<OnboardingSubmitted>("onboarding_submitted"),
        Infrastructure.StoredEvent.Of<OnboardingApproved>("onboarding_approved"),
        Infrastructure.StoredEvent.Of<OnboardingRejected>("onboarding_rejected"),
    ];

    public void Configure(StoreOptions options)
    {
        options.Projections.Snapshot<Party>(SnapshotLifecycle.Inline);
        options.Schema.For<Party>().UniqueIndex(party => party.IdentityKey);
        UniqueViolations.Register("uidx_identity_key", Refusals.PartyAlreadyRecorded);
        options.Projections.Snapshot<Onboarding>(SnapshotLifecycle.Inline);
        options.Schema.For<Onboarding>().Index(onboarding => onboarding.IdentityKey).Index(onboarding => onboarding.PartyCode);
    }

    public void Map(RouteGroupBuilder api)
    {
        var parties = api.MapGroup("/parties").WithTags("Parties");
        parties.MapRecordParty();
        parties.MapGetParty();
        parties.MapRenameParty();
        parties.MapSubmitOnboarding();
        parties.MapGetOnboarding();
        parties.MapOnboardingQueue();
        parties.MapDecideOnboarding();
    }
}
