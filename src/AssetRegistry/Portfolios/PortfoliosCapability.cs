using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Portfolios;

/// <summary>Each party's portfolio.</summary>
public sealed class PortfoliosCapability : Infrastructure.IRegistryCapability
{
    public void Configure(StoreOptions options)
    {
        options.Projections.Add<PartyRightsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PartyRight>().Index(r => r.PartyCode);
    }

    public void Map(RouteGroupBuilder api) =>
        api.MapGroup("/parties").WithTags("Parties").MapGetPortfolio();
}
