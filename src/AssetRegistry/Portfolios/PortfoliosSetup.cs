using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Portfolios;

public static class PortfoliosSetup
{
    public static void ConfigurePortfolios(this StoreOptions options)
    {
        options.Projections.Add<PartyRightsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PartyRight>().Index(r => r.PartyCode);
    }

    public static void MapPortfolios(this RouteGroupBuilder api) =>
        api.MapGroup("/parties").WithTags("Parties").MapGetPortfolio();
}
