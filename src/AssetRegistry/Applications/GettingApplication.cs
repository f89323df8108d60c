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
                // Another party's application answers as if it did not exist: an id alone reveals nothing.
                if (application is null || !(actor.IsClerk || actor.Role == RegistryRoles.Supervisor || application.PartyCodes.Any(actor.Speaks)))
                {
                    throw Refusal.NotFound("application-not-found", $"No application has the id '{applicationId}'.");
                }

                var events = await session.Events.FetchStreamAsync(applicationId, token: http.RequestAborted);
                http.Response.SetETag(application.Version);
                return Results.Ok(ApplicationView.Of(application, clock.GetUtcNow(), events.Select(ApplicationHistoryEntry.Of).ToArray()));
            })
            .RequireAuthorization()
            .WithSummary("An application with its history — its parties, clerks and supervisors.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
