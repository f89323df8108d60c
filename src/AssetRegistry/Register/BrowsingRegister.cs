using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using Marten;
using Marten.Pagination;

namespace AssetRegistry.Register;

public static class BrowsingRegisterEndpoint
{
    public static void MapBrowseRegister(this RouteGroupBuilder api) =>
        api.MapGet("/register", async (string? kind, string? from, string? to, int? page, int? pageSize, HttpContext http, IQuerySession session) =>
            {
                var (pageNumber, size) = Paging.Read(page, pageSize);
                var wantedKind = Paging.QueryEnum<RegistrationKind>(kind, "kind");
                var (since, until) = (InstantQuery.From(from, "from"), InstantQuery.Until(to, "to"));
                if (since >= until)
                {
                    throw RequestValidationException.For("to", Refusals.NotAfterFrom);
                }

                var query = session.Query<PublicRegisterEntry>().AsQueryable();
                if (wantedKind is { } k)
                {
                    query = query.Where(e => e.Kind == k);
                }

                if (since is { } start)
                {
                    query = query.Where(e => e.RecordedAt >= start);
                }

                if (until is { } end)
                {
                    query = query.Where(e => e.RecordedAt < end);
                }

                var found = await query.OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id)
                    .ToPagedListAsync(pageNumber, size, http.RequestAborted);
                return Results.Ok(new Paged<PublicRegisterEntry>([.. found], pageNumber, size, found.TotalItemCount));
            })
            .AllowAnonymous()
            .WithTags("Public")
            .WithName("browseRegister")
            .WithSummary("The public register (公告): completed registrations, newest first, with public fields only — no token needed.")
            .WithDescription("Filter with `kind` (initial, license, transfer, change, cancellation, licenseCancellation) and with `from` "
                + "(inclusive) and `to` (exclusive): each an instant with its offset, or a date, meaning that day in China — "
                + "`to=2026-05-31` takes in the whole of 31 May.")
            .Produces<Paged<PublicRegisterEntry>>()
            .ProducesValidationProblem();
}
