using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Parties;

/// <summary>The body of <c>PUT /api/parties/{partyCode}/name</c>: the new name and the new licence it is written on.</summary>
[RequiredMembers("name", "licenceFingerprint")]
public sealed record RenamePartyRequest(string? Name, string? LicenceFingerprint);

public sealed record RenameParty(string PartyCode, string Name, string LicenceFingerprint, long? ExpectedVersion, Actor RenamedBy);

public static class RenamePartyHandler
{
    public static async Task<PartyView> Handle(RenameParty command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        // With If-Match the version is checked now and again at commit; without, only at commit.
        var stream = command.ExpectedVersion is { } expected
            ? await session.Events.FetchForWriting<Party>(command.PartyCode, expected, cancellation)
            : await session.Events.FetchForWriting<Party>(command.PartyCode, cancellation);
        var party = stream.Aggregate ?? throw new Refusal(Refusals.PartyNotFound, ("party", command.PartyCode));
        await DocumentCitations.EnsureCitableAsync(session, command.RenamedBy, [new CitedDocument("licenceFingerprint", command.LicenceFingerprint)], cancellation);

        var renamed = party.Rename(command.Name, command.LicenceFingerprint, command.RenamedBy, clock.GetUtcNow());
        stream.AppendOne(renamed); // moves CurrentVersion on to the version this event gets
        return PartyView.Of(party.Apply(renamed) with { Version = stream.CurrentVersion!.Value });
    }
}

public static class RenamingPartyEndpoint
{
    public static RouteHandlerBuilder MapRenameParty(this RouteGroupBuilder parties) =>
        parties.MapPut("/{partyCode}/name", async (string partyCode, RenamePartyRequest request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                var name = PartyNames.Validate(request.Name, "name", errors);
                var licence = Fingerprints.Validate(request.LicenceFingerprint, "licenceFingerprint", errors);
                errors.ThrowIfAny();

                var command = new RenameParty(partyCode, name!, licence!, http.Request.ExpectedVersion(), Actor.From(http.User));
                var party = await bus.InvokeAsync<PartyView>(command, http.RequestAborted);
                http.Response.SetETag(party.Version);
                return Results.Ok(party);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("renameParty")
            .WithSummary("Record a party's new name under the same identifier, against its new licence — clerks only.")
            .WithDescription("The new licence (营业执照) is uploaded first and cited as `licenceFingerprint`. The register keeps the name each asset was registered under until its holder's change registration (变更登记), which takes the name from this record; until then an asset shows both (`holder.name`, `holder.currentName`). Send If-Match with the ETag you read: a stale one is refused with 412.")
            .Produces<PartyView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
