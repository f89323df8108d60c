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
                if (objection is null)
                {
                    throw new Refusal(Refusals.ObjectionNotFound, ("objection", objectionId));
                }

                // A registered objection's id is on the asset for everyone to see: one that exists is refused as such.
                if (!(actor.IsClerk || actor.Role == RegistryRoles.Supervisor || actor.Speaks(objection.Objector.PartyCode)))
                {
                    throw new Refusal(Refusals.NotYourObjection);
                }

                http.Response.SetETag(objection.Version);
                return Results.Ok(ObjectionView.Of(objection));
            })
            .RequireAuthorization()
            .WithName("getObjection")
            .WithDescription("The objection with its state, grounds, evidence and deadlines. The ETag is its version, for If-Match on the next decision. Anyone else with a token gets 403; an unknown id is 404 `objection-not-found`.")
            .AnswersWithETag()
            .WithSummary("An objection — its objector, clerks and supervisors. The public sees registered objections on the asset.")
            .Produces<ObjectionView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
