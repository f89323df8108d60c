using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Parties;

/// <summary>The body of <c>PUT /api/parties/{partyCode}/name</c>.</summary>
[RequiredMembers("name")]
public sealed record RenamePartyRequest(string? Name);

public sealed record RenameParty(string PartyCode, string Name, long? ExpectedVersion, Actor RenamedBy);

public static class RenamePartyHandler
{
    public static async Task<PartyView> Handle(RenameParty command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        // With If-Match the version is checked now and again at commit; without, only at commit.
        var stream = command.ExpectedVersion is { } expected
            ? await session.Events.FetchForWriting<Party>(command.PartyCode, expected, cancellation)
            : await session.Events.FetchForWriting<Party>(command.PartyCode, cancellation);
        var party = stream.Aggregate ?? throw new Refusal(Refusals.PartyNotFound, ("party", command.PartyCode));

        var renamed = party.Rename(command.Name, command.RenamedBy, clock.GetUtcNow());
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
                errors.RequireText(request.Name, "name", RecordingPartyEndpoint.MaxNameLength);
                errors.ThrowIfAny();

                var command = new RenameParty(partyCode, request.Name!.Trim(), http.Request.ExpectedVersion(), Actor.From(http.User));
                var party = await bus.InvokeAsync<PartyView>(command, http.RequestAborted);
                http.Response.SetETag(party.Version);
                return Results.Ok(party);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("renameParty")
            .WithSummary("Record a party's new name under the same identifier — clerks only.")
            .WithDescription("Send If-Match with the ETag you read: a stale one is refused with 412.")
            .Produces<PartyView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
