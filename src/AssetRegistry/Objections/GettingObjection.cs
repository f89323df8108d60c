using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;

namespace AssetRegistry.Objections;

public static class GettingObjectionEndpoint
{
    public static void MapGetObjection(this RouteGroupBuilder objections) =>
        objections.MapGet("/{objectionId}", async (string objectionId, HttpContext http, IQuerySession session) =>
            {
                var actor = Actor.From(http.User);
                var objection = await session.LoadAsync<Objection>(objectionId, http.RequestAborted);
                if (objection is null || !(actor.IsClerk || actor.Role == RegistryRoles.Supervisor || actor.Speaks(objection.Objector.PartyCode)))
                {
                    throw Refusal.NotFound("objection-not-found", $"No objection has the id '{objectionId}'.");
                }

                http.Response.SetETag(objection.Version);
                return Results.Ok(ObjectionView.Of(objection));
            })
            .RequireAuthorization()
            .WithSummary("An objection — its objector, clerks and supervisors. The public sees registered objections on the asset.")
            .Produces<ObjectionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
