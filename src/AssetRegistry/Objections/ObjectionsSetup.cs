using AssetRegistry.Corrections;
using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Objections;

public static class ObjectionsSetup
{
    public static void ConfigureObjections(this StoreOptions options) =>
        options.Projections.Snapshot<Objection>(SnapshotLifecycle.Inline);

    public static void MapObjections(this RouteGroupBuilder api)
    {
        var objections = api.MapGroup("/objections").WithTags("Objections");
        objections.MapFileObjection();
        objections.MapGetObjection();
        objections.MapRegisterObjection();
        objections.MapDecideObjection();
        objections.MapObjectorActs();
        api.MapCorrections();
    }
}
