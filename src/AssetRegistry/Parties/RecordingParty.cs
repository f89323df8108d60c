using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Parties;

[RequiredMembers("type", "number")]
public sealed record PartyIdentifierRequest(PartyIdentifierType? Type, string? Number, string? IssuingCountry);

/// <summary>The body of <c>POST /api/parties</c>.</summary>
[RequiredMembers("name", "identifier")]
public sealed record RecordPartyRequest(string? Name, PartyIdentifierRequest? Identifier);

public sealed record RecordParty(string Name, PartyIdentity Identity, Actor RecordedBy);

public static class RecordPartyHandler
{
    public static PartyView Handle(RecordParty command, IDocumentSession session, TimeProvider clock)
    {
        var recorded = new PartyRecorded(command.Identity.NewPartyCode(), command.Identity.Kind, command.Name, command.Identity,
            command.RecordedBy, clock.GetUtcNow());
        // The stream id is the party code: a second record of one credit code collides on it; the other
        // identifiers collide on the unique index of the inline snapshot.
        session.Events.StartStream<Party>(recorded.PartyCode, recorded);
        return PartyView.Of(Party.Create(recorded) with { Version = 1 });
    }
}

public static class RecordingPartyEndpoint
{
    public const int MaxNameLength = 200;

    public static RouteHandlerBuilder MapRecordParty(this RouteGroupBuilder parties) =>
        parties.MapPost("", async (RecordPartyRequest request, HttpContext http, IMessageBus bus) =>
            {
                var command = Validate(request, Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (PartyView party) =>
                    ActAnswer.Created($"/api/parties/{party.PartyCode}", party, party.Version, RecordedBody.Of(party)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("recordParty")
            .WithSummary("Record a party (an organisation or a natural person) — clerks only.")
            .WithDescription("An organisation's party code is its unified social credit code (统一社会信用代码); anyone else gets an opaque code from the registry. Identifiers are checked with their check characters.")
            .Produces<PartyView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static RecordParty Validate(RecordPartyRequest request, Actor actor)
    {
        var errors = new FieldErrors();
        errors.RequireText(request.Name, "name", MaxNameLength);
        PartyIdentity? identity = null;
        if (errors.Require(request.Identifier, "identifier"))
        {
            identity = PartyIdentity.Parse(request.Identifier!.Type, request.Identifier.Number, request.Identifier.IssuingCountry, "identifier", errors);
        }

        errors.ThrowIfAny();
        return new RecordParty(request.Name!.Trim(), identity!, actor);
    }
}
