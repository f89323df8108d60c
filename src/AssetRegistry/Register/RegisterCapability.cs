using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Register;

/// <summary>The public register (公告).</summary>
public sealed class RegisterCapability : Infrastructure.IRegistryCapability
{
    public void Configure(StoreOptions options)
    {
        options.Projections.Add(new PublicRegisterProjection(), ProjectionLifecycle.Inline, PublicRegisterProjection.Name);
        // What the register filters on and sorts by.
        options.Schema.For<PublicRegisterEntry>()
            .Index(e => e.RecordedAt)
            .Index(e => e.Kind);
    }

    public void Map(RouteGroupBuilder api) => api.MapBrowseRegister();
}
