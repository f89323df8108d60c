using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;
using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Objections;

/// <summary>异议: an objection's own stream, and what it registers on the asset.</summary>
public sealed class ObjectionsCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<ObjectionFiled>("objection_filed"),
        StoredEvent.Of<ObjectionRegistered>("objection_registered"),
        StoredEvent.Of<ObjectionRefused>("objection_refused"),
        StoredEvent.Of<LawsuitProofFiled>("lawsuit_proof_filed"),
        StoredEvent.Of<ObjectionWithdrawn>("objection_withdrawn"),
        StoredEvent.Of<ObjectionDismissed>("objection_dismissed"),
        StoredEvent.Of<ObjectionUpheld>("objection_upheld"),
        StoredEvent.Of<ObjectionLapsed>("objection_lapsed"),
        StoredEvent.Of<ObjectionRegisteredOnAsset>("objection_registered_on_asset", RegistrationKind.ObjectionRegistered),
        StoredEvent.Of<ObjectionResolvedOnAsset>("objection_resolved_on_asset", RegistrationKind.ObjectionResolved),
    ];

    public void Configure(StoreOptions options) => options.Projections.Snapshot<Objection>(SnapshotLifecycle.Inline);

    public void Map(RouteGroupBuilder api)
    {
        var objections = api.MapGroup("/objections").WithTags("Objections");
        objections.MapFileObjection();
        objections.MapGetObjection();
        objections.MapRegisterObjection();
        objections.MapDecideObjection();
        objections.MapObjectorActs();
    }
}
