using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;
using Marten;
using Marten.Pagination;

namespace AssetRegistry.Portfolios;

public static class GettingPortfolioEndpoint
{
    public static void MapGetPortfolio(this RouteGroupBuilder parties) =>
        parties.MapGet("/{partyCode}/assets", async (string partyCode, string? right, int? page, int? pageSize, HttpContext http,
                IQuerySession session, TimeProvider clock) =>
            {
                var actor = Actor.From(http.User);
                // 403, not 404, as for the party's own record: party codes are not secrets (credit codes are public,
                // the register names holders), so hiding that the code exists would protect nothing.
                if (!actor.IsClerk && actor.Role != RegistryRoles.Supervisor && !actor.Speaks(partyCode))
                {
                    throw new Refusal(Refusals.NotYourParty);
                }

                var (pageNumber, size) = Paging.Read(page, pageSize);
                var wantedRight = Paging.QueryEnum<RightType>(right, "right");
                var now = clock.GetUtcNow();
                var query = session.Query<PartyRight>().Where(r => r.PartyCode == partyCode && (r.EndsAt == null || r.EndsAt > now));
                if (wantedRight is { } wanted)
                {
                    query = query.Where(r => r.Right == wanted);
                }

                var rights = await query.OrderByDescending(r => r.Since).ThenBy(r => r.Id).ToPagedListAsync(pageNumber, size, http.RequestAborted);
                var assets = (await session.LoadManyAsync<Asset>(http.RequestAborted, [.. rights.Select(r => r.RegistrationNumber).Distinct()]))
                    .ToDictionary(a => a.Id, StringComparer.Ordinal);
                var items = rights.Where(r => assets.ContainsKey(r.RegistrationNumber))
                    .Select(r => PortfolioEntry.Of(r, assets[r.RegistrationNumber], now)).ToArray();
                return Results.Ok(new Paged<PortfolioEntry>(items, pageNumber, size, rights.TotalItemCount));
            })
            .RequireAuthorization()
            .WithName("getPortfolio")
            .WithSummary("A party's assets: what it holds, operates, and is licensed to use (in force or starting later), newest first.")
            .WithDescription("Clerks, supervisors and the party itself (the token's `party` claim); anyone else is refused with 403. "
                + "`partyCode` is an organisation's credit code or the registry's opaque code — never an ID number. "
                + "`right` keeps one kind of right: holding, operating or processingUse. Cancelled and expired assets stay listed with their status.")
            .Produces<Paged<PortfolioEntry>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
