using AssetRegistry.Infrastructure.Http;
using Marten;

namespace AssetRegistry.Assets;

/// <summary>Every registration on an asset, oldest first.</summary>
public sealed record AssetHistory(string RegistrationNumber, IReadOnlyList<AssetHistoryEntry> Registrations);

public static class AssetHistoryEndpoint
{
    public static void MapAssetHistory(this RouteGroupBuilder api) =>
        api.MapGroup("/assets").WithTags("Assets")
            .MapGet("/{registrationNumber}/history", async (string registrationNumber, HttpContext http, IQuerySession session) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                // The stream itself, not a projection: the history is exactly what was recorded, in the order it was.
                var events = await session.Events.FetchStreamAsync(number, token: http.RequestAborted);
                if (events.Count == 0)
                {
                    throw new Refusal(Refusals.AssetNotFound, ("number", number));
                }

                http.Response.SetETag(events[^1].Version);
                return Results.Ok(new AssetHistory(number, [.. events.Select(AssetHistoryEntry.Of)]));
            })
            .RequireAuthorization()
            .WithName("getAssetHistory")
            .WithDescription("Read from the asset's own event stream, exactly as recorded and in that order. The ETag is the asset's version. A mistyped number is 400, an unknown one 404 `asset-not-found`.")
            .AnswersWithETag()
            .WithSummary("Every registration on an asset, oldest first: kind, recording time, version, approver's role, application and basis.")
            .Produces<AssetHistory>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
