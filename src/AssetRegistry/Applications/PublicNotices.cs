using AssetRegistry.Verification.Identifiers;
using Marten;
using Marten.Pagination;

namespace AssetRegistry.Applications;

/// <summary>
/// What is under public notice (公示), as anyone may see it: the public fields only — never fingerprints,
/// the review report, processing rules or the declaration.
/// </summary>
public sealed record NoticeEntry(
    string ApplicationId, ApplicationKind Kind, AssetKind AssetKind, string Name, string Industry, IReadOnlyList<string> ApplicationScenarios,
    string DataSource, string StructureAndScale, string UpdateFrequency, string ApplicantName, IReadOnlyList<string> DerivedFrom,
    DateTimeOffset NoticeStartedAt, DateTimeOffset NoticeEndsAt);

public static class PublicNoticesEndpoint
{
    public static void MapPublicNotices(this RouteGroupBuilder api) =>
        api.MapGet("/notices", async (int? page, int? pageSize, HttpContext http, IQuerySession session) =>
            {
                var (pageNumber, size) = ClerksQueueEndpoint.Paging(page, pageSize);
                var found = await session.Query<Application>()
                    .Where(a => a.State == ApplicationState.UnderPublicNotice)
                    .OrderBy(a => a.SubmittedAt)
                    .ToPagedListAsync(pageNumber, size, http.RequestAborted);
                var items = found.Select(a => new NoticeEntry(a.Id, a.Kind, a.Initial.AssetKind, a.Initial.Name, a.Initial.Industry,
                    a.Initial.ApplicationScenarios, a.Initial.DataSource, a.Initial.StructureAndScale, a.Initial.UpdateFrequency,
                    a.Applicant.Name, a.Initial.DerivedFrom, a.Notice!.StartedAt, a.Notice.EndsAt)).ToArray();
                return Results.Ok(new Paged<NoticeEntry>(items, pageNumber, size, found.TotalItemCount));
            })
            .AllowAnonymous()
            .WithTags("Public")
            .WithSummary("Applications under public notice (公示), with their public fields — no token needed.")
            .Produces<Paged<NoticeEntry>>();
}
