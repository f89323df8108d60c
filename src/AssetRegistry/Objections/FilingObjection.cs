using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Objections;

/// <summary>
/// The body of <c>POST /api/objections</c>: against an asset or an application under public notice. The objector is the
/// token's party, named as its party record names it.
/// </summary>
[RequiredMembers("grounds")]
public sealed record ObjectionRequest(string? RegistrationNumber, string? ApplicationId, string? Grounds, IReadOnlyList<string>? Evidence);

public sealed record FileObjection(string ObjectionId, string? RegistrationNumber, string? ApplicationId, string Grounds,
    IReadOnlyList<string> Evidence, Actor FiledBy);

public static class FileObjectionHandler
{
    public static async Task<ObjectionView> Handle(FileObjection command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var objector = await ObjectorAsync(session, command, cancellation);
        var cited = Objection.Cited(command.Evidence);
        var citable = await DocumentCitations.CitableAsync(session, command.FiledBy, cited, cancellation);
        ObjectionFiled filed;
        string[] parties;
        if (command.ApplicationId is { } applicationId)
        {
            // Filing alone suspends the notice at once: a registration must not complete over a pending dispute.
            var application = await session.LockApplicationAsync(applicationId, null, cancellation);
            var suspended = application.Aggregate!.SuspendNotice(command.ObjectionId, now, deadlines);
            filed = Objection.File(command, objector, target: null, citable, now);
            application.AppendOne(suspended);
            parties = [filed.Objector.PartyCode, .. application.Aggregate.PartyCodes];
        }
        else
        {
            var asset = await session.LoadAssetAsync(command.RegistrationNumber!, cancellation);
            filed = Objection.File(command, objector, asset, citable, now);
            parties = [filed.Objector.PartyCode, asset.Holder.PartyCode];
        }

        DocumentCitations.GrantToParties(session, command.ObjectionId, command.Evidence, parties);
        session.Events.StartStream<Objection>(command.ObjectionId, filed);
        return ObjectionView.Of(Objection.Create(filed) with { Version = 1 });
    }

    /// <summary>
    /// The objector as its party record names it. A party not yet verified may still object during a public notice — a notice
    /// runs only 10 working days, less than onboarding may take — once it has submitted its onboarding: the objection is filed
    /// under the name it submitted there, and registered only once a clerk has approved that onboarding.
    /// </summary>
    private static async Task<Applicant> ObjectorAsync(IDocumentSession session, FileObjection command, CancellationToken cancellation)
    {
        var code = command.FiledBy.PartyCode ?? throw new Refusal(Refusals.NotAParty);
        if (await session.RecordOfAsync(code, cancellation) is { } party)
        {
            return party.AsNamed();
        }

        var onboarding = command.ApplicationId is null
            ? null
            : await session.Query<Onboarding>().Where(o => o.PartyCode == code && o.State == OnboardingState.Submitted).FirstOrDefaultAsync(cancellation);
        return onboarding is null ? throw new Refusal(Refusals.PartyNotVerified, ("party", code)) : new Applicant(code, onboarding.Name);
    }
}

public static class FilingObjectionEndpoint
{
    public static void MapFileObjection(this RouteGroupBuilder objections) =>
        objections.MapPost("", async (ObjectionRequest request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                string? number = null;
                if ((request.RegistrationNumber is null) == (request.ApplicationId is null))
                {
                    errors.Add("registrationNumber", Refusals.AssetOrApplication);
                }
                else if (request.RegistrationNumber is not null)
                {
                    number = RegistrationNumbers.Validate(request.RegistrationNumber, "registrationNumber", errors);
                }
                else
                {
                    errors.RequireText(request.ApplicationId, "applicationId", 64);
                }

                errors.RequireText(request.Grounds, "grounds", 4000);
                var evidence = new List<string>();
                if (request.Evidence is not { Count: > 0 and <= 50 })
                {
                    errors.Add("evidence", Refusals.CountOutOfRange, ("min", 1), ("max", 50));
                }
                else
                {
                    for (var i = 0; i < request.Evidence.Count; i++)
                    {
                        if (Fingerprints.Validate(request.Evidence[i], $"evidence[{i}]", errors) is { } sha)
                        {
                            evidence.Add(sha);
                        }
                    }
                }

                errors.ThrowIfAny();
                var command = new FileObjection(Guid.CreateVersion7().ToString(), number, request.ApplicationId, request.Grounds!.Trim(),
                    evidence.Distinct(StringComparer.Ordinal).ToArray(), Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (ObjectionView objection) =>
                    ActAnswer.Created($"/api/objections/{objection.ObjectionId}", objection, objection.Version, RecordedBody.Of(objection)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("fileObjection")
            .WithSummary("File an objection (异议) against an asset, or against an application under public notice — any identified party.")
            .WithDescription("The objector is the token's party, named as its party record names it. Against an application under notice, filing suspends the notice at once. A clerk then registers the objection or refuses it. A party not yet verified may object only against an application under public notice, and only once it has submitted its onboarding (`POST /api/parties/onboarding`); its objection is registered only after that onboarding is approved (409 `objector-not-verified` until then), and the notice stays suspended meanwhile.")
            .Produces<ObjectionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
