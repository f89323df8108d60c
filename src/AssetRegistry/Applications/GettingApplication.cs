using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;

namespace AssetRegistry.Applications;

public static class GettingApplicationEndpoint
{
    public static void MapGetApplication(this RouteGroupBuilder applications) =>
        applications.MapGet("/{applicationId}", async (string applicationId, HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var actor = Actor.From(http.User);
                var application = await session.LoadAsync<Application>(applicationId, http.RequestAborted);
                if (application is null)
                {
                    throw new Refusal(Refusals.ApplicationNotFound, ("application", applicationId));
                }

                // Application ids are public (notices, certificates): one that exists is refused as such, not denied existing.
                if (!(actor.IsClerk || actor.Role == RegistryRoles.Supervisor || application.PartyCodes.Any(actor.Speaks)))
                {
                    throw new Refusal(Refusals.NotYourApplication);
                }

                var events = await session.Events.FetchStreamAsync(applicationId, token: http.RequestAborted);
                http.Response.SetETag(application.Version);
                return Results.Ok(ApplicationView.Of(application, clock.GetUtcNow(), events.Select(ApplicationHistoryEntry.Of).ToArray()));
            })
            .RequireAuthorization()
            .WithName("getApplication")
            .WithDescription("The application as it stands — its subject, state, reply limit, public notice and correction — with every event recorded on it. The ETag is its version, for If-Match on the next decision. Anyone else with a token gets 403 `not-your-application`; an unknown id is 404 `application-not-found`.")
            .AnswersWithETag()
            .WithSummary("An application with its history — its parties, clerks and supervisors.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
