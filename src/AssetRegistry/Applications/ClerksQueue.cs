using AssetRegistry.InitialRegistration;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Marten.Pagination;

namespace AssetRegistry.Applications;

public sealed record QueueEntry(
    string ApplicationId, ApplicationKind Kind, ApplicationState State, Applicant Applicant, string Name,
    DateTimeOffset SubmittedAt, DateTimeOffset? ReplyDueAt, bool Overdue, DateTimeOffset? PublicNoticeEndsAt,
    ReviewReportConfirmationState? ReviewReportState = null);


public static class ClerksQueueEndpoint
{
    public static void MapClerksQueue(this RouteGroupBuilder applications) =>
        applications.MapGet("", async (string? state, string? kind, bool? overdue, int? page, int? pageSize,
                HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var (pageNumber, size) = Paging.Read(page, pageSize);
                var (wantedState, wantedKind) = (Paging.QueryEnum<ApplicationState>(state, "state"), Paging.QueryEnum<ApplicationKind>(kind, "kind"));
                var now = clock.GetUtcNow();
                var query = session.Query<Application>().AsQueryable();
                if (wantedState is { } s)
                {
                    query = query.Where(a => a.State == s);
                }

                if (wantedKind is { } k)
                {
                    query = query.Where(a => a.Kind == k);
                }

                if (overdue is true)
                {
                    query = query.Where(a => (a.State == ApplicationState.Submitted || a.State == ApplicationState.AwaitingApproval) && a.ReplyDueAt < now);
                }

                var found = await query.OrderBy(a => a.ReplyDueAt).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToPagedListAsync(pageNumber, size, http.RequestAborted);
                var items = found.Select(a => new QueueEntry(a.Id, a.Kind, a.State, a.Applicant, a.AssetName, a.SubmittedAt, a.ReplyDueAt,
                    a.IsOverdueAt(now), a.Notice?.EndsAt, a.Subject.ReviewReportAt(a.State)?.State)).ToArray();
                return Results.Ok(new Paged<QueueEntry>(items, pageNumber, size, found.TotalItemCount));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk, RegistryRoles.Supervisor))
            .WithName("listApplications")
            .WithSummary("The clerks' work queue, oldest reply limit first; `overdue=true` keeps what is past the 10-working-day reply limit.")
            .Produces<Paged<QueueEntry>>()
            .ProducesValidationProblem();

    /// <summary>A query-string value of an enum, as written in JSON (<c>awaitingApproval</c>), any case.</summary>
}
