using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Parties;

/// <summary>The body of <c>POST /api/parties/onboarding</c>: the legal name, the identifier and the uploaded identity documents.</summary>
[RequiredMembers("name", "identifier", "identityDocuments")]
public sealed record OnboardingRequest(string? Name, PartyIdentifierRequest? Identifier, IReadOnlyList<string>? IdentityDocuments);

public sealed record SubmitOnboarding(string OnboardingId, string Name, PartyIdentity Identity, IReadOnlyList<string> IdentityDocuments, Actor SubmittedBy);

/// <summary>An onboarding as the party and clerks see it; an ID number only masked.</summary>
public sealed record OnboardingView(
    string OnboardingId, OnboardingState State, string PartyCode, PartyKind Kind, string Name, PartyIdentifierType IdentifierType, string Identifier,
    string? IssuingCountry, IReadOnlyList<string> IdentityDocuments, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, IReadOnlyList<string> Reasons,
    long Version)
{
    public static OnboardingView Of(Onboarding o) => new(
        o.Id, o.State, o.PartyCode, o.Kind, o.Name, o.Identity.Type, o.Identity.Shown, o.Identity.IssuingCountry, o.IdentityDocuments, o.SubmittedAt,
        o.DecidedAt, o.Reasons, o.Version);
}

public static class SubmitOnboardingHandler
{
    public static async Task<OnboardingView> Handle(SubmitOnboarding command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var code = command.SubmittedBy.PartyCode ?? throw new Refusal(Refusals.NotAParty);
        var key = command.Identity.Key;
        var facts = new Onboarding.SubmissionFacts(
            await session.LoadAsync<Party>(code, cancellation),
            await session.Query<Party>().Where(p => p.IdentityKey == key).FirstOrDefaultAsync(cancellation),
            await session.Query<Onboarding>()
                .Where(o => o.State == OnboardingState.Submitted && (o.IdentityKey == key || o.PartyCode == code))
                .FirstOrDefaultAsync(cancellation),
            await DocumentCitations.CitableAsync(session, command.SubmittedBy, IdentityDocuments.Cited(command.IdentityDocuments), cancellation));

        var submitted = Onboarding.Submit(command, facts, clock.GetUtcNow());
        session.Events.StartStream<Onboarding>(submitted.OnboardingId, submitted);
        return OnboardingView.Of(Onboarding.Create(submitted) with { Version = 1 });
    }
}

public static class SubmittingOnboardingEndpoint
{
    public static RouteHandlerBuilder MapSubmitOnboarding(this RouteGroupBuilder parties) =>
        parties.MapPost("/onboarding", async (OnboardingRequest request, HttpContext http, IMessageBus bus) =>
            {
                var (name, identity, documents) = RecordingPartyEndpoint.ValidateIdentity(request.Name, request.Identifier, request.IdentityDocuments);
                var command = new SubmitOnboarding(Guid.CreateVersion7().ToString(), name, identity, documents, Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (OnboardingView onboarding) =>
                    ActAnswer.Created($"/api/parties/onboarding/{onboarding.OnboardingId}", onboarding, onboarding.Version, RecordedBody.Of(onboarding)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("submitOnboarding")
            .WithSummary("A party asks to be verified (入驻/实名认证申请): its legal name, identifier and identity documents.")
            .WithDescription("With a token for a party code the registry does not know yet. Upload the business licence (营业执照) or ID first (`POST /api/documents`) and cite it in `identityDocuments`. An organisation's party code is its unified social credit code, so its token's code must be the credit code it submits (403 `identifier-not-your-code`). An identifier already recorded (`party-already-recorded`) or in another open onboarding (`onboarding-already-open`), and a code already verified (`party-already-verified`), are 409. A name with control characters, bidirectional controls or nothing visible is 400. A clerk then approves or rejects it; until approved the party may only file objections during a public notice.")
            .Produces<OnboardingView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
