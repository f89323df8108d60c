using AssetRegistry.Applications;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Identifiers;
using Marten;

namespace AssetRegistry.Assets;

/// <summary>The asset's current title and status.</summary>
public sealed record AssetView(
    string RegistrationNumber,
    AssetKind Kind,
    string Name,
    Applicant Holder,
    RightType Right,
    AssetStatus Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset ValidUntil,
    string Industry,
    IReadOnlyList<string> ApplicationScenarios,
    IReadOnlyList<string> DerivedFrom,
    long Version)
{
    public static AssetView Of(Asset asset, DateTimeOffset now) => new(
        asset.Id, asset.Kind, asset.Details.Name, asset.Holder, asset.Right, asset.StatusAt(now), asset.RegisteredAt,
        asset.ValidUntil, asset.Details.Industry, asset.Details.ApplicationScenarios, asset.Details.DerivedFrom, asset.Version);
}

public static class GettingAssetEndpoint
{
    public static void MapGetAsset(this RouteGroupBuilder assets) =>
        assets.MapGet("/{registrationNumber}", async (string registrationNumber, HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var number = ParseRegistrationNumber(registrationNumber, "registrationNumber");
                var asset = await session.LoadAsync<Asset>(number.ToString(), http.RequestAborted)
                    ?? throw Refusal.NotFound("asset-not-found", $"No asset is registered under {number}.");
                http.Response.SetETag(asset.Version);
                return Results.Ok(AssetView.Of(asset, clock.GetUtcNow()));
            })
            .RequireAuthorization()
            .WithSummary("An asset's current title (holder or operator) and status.")
            .Produces<AssetView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A mistyped number (its check character fails) is a 400 that says so, not a 404.</summary>
    public static RegistrationNumber ParseRegistrationNumber(string text, string field) =>
        RegistrationNumber.TryParse(text, out var number, out var error)
            ? number
            : throw RequestValidationException.For(field, error.Message);
}
