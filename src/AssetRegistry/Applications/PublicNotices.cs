using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Identifiers;
using Marten;
using Marten.Pagination;

namespace AssetRegistry.Applications;

/// <summary>
/// What is under public notice (公示), as anyone may see it: the public fields only — never fingerprints,
/// the review report, processing rules or the declaration.
/// </summary>
public sealed record NoticeEntry(
    string ApplicationId, ApplicationKind Kind, string? RegistrationNumber, AssetKind AssetKind, string Name, string ApplicantName,
    string? NewHolderName, InitialPublicFields? Initial, DateTimeOffset NoticeStartedAt, DateTimeOffset NoticeEndsAt)
{
    /// <summary>The procedure's part from the application; what its kind makes public, from its subject.</summary>
    public static NoticeEntry Of(Application a) => a.Subject.Publish(new(
        a.Id, a.Kind, a.RegistrationNumber, a.AssetKind, a.AssetName, a.Applicant.Name, NewHolderName: null, Initial: null,
        a.Notice!.StartedAt, a.Notice.EndsAt));
}

/// <summary>The public fields of an initial application under notice.</summary>
public sealed record InitialPublicFields(
    string Industry, IReadOnlyList<string> ApplicationScenarios, string DataSource, string StructureAndScale, string UpdateFrequency,
    IReadOnlyList<string> DerivedFrom);

public static class PublicNoticesEndpoint
{
    public static void MapPublicNotices(this RouteGroupBuilder api) =>
        api.MapGet("/notices", async (int? page, int? pageSize, HttpContext http, IQuerySession session) =>
            {
                var (pageNumber, size) = Paging.Read(page, pageSize);
                var found = await session.Query<Application>()
                    .Where(a => a.State == ApplicationState.UnderPublicNotice)
                    .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
                    .ToPagedListAsync(pageNumber, size, http.RequestAborted);
                var items = found.Select(NoticeEntry.Of).ToArray();
                return Results.Ok(new Paged<NoticeEntry>(items, pageNumber, size, found.TotalItemCount));
            })
            .AllowAnonymous()
            .WithTags("Public")
            .WithName("listPublicNotices")
            .WithDescription("What is under public notice now, with its public fields and the day it ends, a page at a time; an objection may be filed against any of them while its notice runs.")
            .WithSummary("Applications under public notice (公示), with their public fields — no token needed.")
            .Produces<Paged<NoticeEntry>>();
}
