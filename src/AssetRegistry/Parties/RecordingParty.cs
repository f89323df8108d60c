using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Parties;

[RequiredMembers("type", "number")]
public sealed record PartyIdentifierRequest(PartyIdentifierType? Type, string? Number, string? IssuingCountry);

/// <summary>The body of <c>POST /api/parties</c>: a clerk records a party seen at the counter, on its identity documents.</summary>
[RequiredMembers("name", "identifier", "identityDocuments")]
public sealed record RecordPartyRequest(string? Name, PartyIdentifierRequest? Identifier, IReadOnlyList<string>? IdentityDocuments);

public sealed record RecordParty(string Name, PartyIdentity Identity, IReadOnlyList<string> IdentityDocuments, Actor RecordedBy);

public static class RecordPartyHandler
{
    public static async Task<PartyView> Handle(RecordParty command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        await DocumentCitations.EnsureCitableAsync(session, command.RecordedBy, IdentityDocuments.Cited(command.IdentityDocuments), cancellation);
        var recorded = new PartyRecorded(command.Identity.NewPartyCode(), command.Identity.Kind, command.Name, command.Identity,
            command.RecordedBy, clock.GetUtcNow(), command.IdentityDocuments);
        // The stream id is the party code: a second record of one credit code collides on it; the other
        // identifiers collide on the unique index of the inline snapshot.
        session.Events.StartStream<Party>(recorded.PartyCode, recorded);
        return PartyView.Of(Party.Create(recorded) with { Version = 1 });
    }
}

public static class RecordingPartyEndpoint
{
    public const int MaxNameLength = PartyNames.MaxLength;

    public static RouteHandlerBuilder MapRecordParty(this RouteGroupBuilder parties) =>
        parties.MapPost("", async (RecordPartyRequest request, HttpContext http, IMessageBus bus) =>
            {
                var command = Validate(request, Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (PartyView party) =>
                    ActAnswer.Created($"/api/parties/{party.PartyCode}", party, party.Version, RecordedBody.Of(party)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("recordParty")
            .WithSummary("Record a verified party (an organisation or a natural person) at the counter — clerks only.")
            .WithDescription("The clerk has seen the identity documents (营业执照, ID card, passport) and cites them as uploaded (`identityDocuments`). Parties usually come through onboarding (`POST /api/parties/onboarding`, decided by a clerk); this records one without it. An organisation's party code is its unified social credit code (统一社会信用代码); anyone else gets an opaque code from the registry. Identifiers are checked with their check characters; a name with control characters, bidirectional controls or nothing visible is refused.")
            .Produces<PartyView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static RecordParty Validate(RecordPartyRequest request, Actor actor)
    {
        var (name, identity, documents) = ValidateIdentity(request.Name, request.Identifier, request.IdentityDocuments);
        return new RecordParty(name, identity, documents, actor);
    }

    /// <summary>What a party is verified on, recorded at the counter or asked for in an onboarding: its name, identifier and identity documents.</summary>
    public static (string Name, PartyIdentity Identity, IReadOnlyList<string> Documents) ValidateIdentity(
        string? name, PartyIdentifierRequest? identifier, IReadOnlyList<string>? identityDocuments)
    {
        var errors = new FieldErrors();
        var validName = PartyNames.Validate(name, "name", errors);
        PartyIdentity? identity = null;
        if (errors.Require(identifier, "identifier"))
        {
            identity = PartyIdentity.Parse(identifier!.Type, identifier.Number, identifier.IssuingCountry, "identifier", errors);
        }

        var documents = IdentityDocuments.Validate(identityDocuments, "identityDocuments", errors);
        errors.ThrowIfAny();
        return (validName!, identity!, documents);
    }
}
