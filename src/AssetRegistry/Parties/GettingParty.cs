using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;

namespace AssetRegistry.Parties;

/// <summary>A party as shown to clerks, supervisors and the party itself: an ID number only masked.</summary>
public sealed record PartyView(string PartyCode, PartyKind Kind, string Name, PartyIdentifierType IdentifierType, string Identifier, string? IssuingCountry, long Version)
{
    public static PartyView Of(Party party) =>
        new(party.Id, party.Kind, party.Name, party.Identity.Type, party.Identity.Shown, party.Identity.IssuingCountry, party.Version);
}

public static class GettingPartyEndpoint
{
    public static RouteHandlerBuilder MapGetParty(this RouteGroupBuilder parties) =>
        parties.MapGet("/{partyCode}", async (string partyCode, HttpContext http, IQuerySession session) =>
            {
                var actor = Actor.From(http.User);
                if (!actor.IsClerk && actor.Role != RegistryRoles.Supervisor && !actor.Speaks(partyCode))
                {
                    throw new Refusal(Refusals.NotYourParty);
                }

                var party = await session.LoadAsync<Party>(partyCode, http.RequestAborted)
                    ?? throw new Refusal(Refusals.PartyNotFound, ("party", partyCode));
                http.Response.SetETag(party.Version);
                return Results.Ok(PartyView.Of(party));
            })
            .RequireAuthorization()
            .WithName("getParty")
            .WithDescription("The party's name, kind and identifier, as recorded in the party directory. The ETag is its version, for If-Match on a rename; an unknown code is 404 `party-not-found`.")
            .AnswersWithETag()
            .WithSummary("Read a party's record.")
            .Produces<PartyView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
