using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Register;

public static class RegisterSetup
{
    public static void ConfigureRegister(this StoreOptions options)
    {
        options.Projections.Add(new PublicRegisterProjection(), ProjectionLifecycle.Inline, PublicRegisterProjection.Name);
        // What the register filters on and sorts by.
        options.Schema.For<PublicRegisterEntry>()
            .Index(e => e.RecordedAt)
            .Index(e => e.Kind);
    }

    public static void MapRegister(this RouteGroupBuilder api) => api.MapBrowseRegister();
}
