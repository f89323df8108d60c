using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Objections;

/// <summary>The body of <c>POST /api/objections</c>: against an asset or an application under public notice.</summary>
[RequiredMembers("objectorName", "grounds")]
public sealed record ObjectionRequest(string? RegistrationNumber, string? ApplicationId, string? ObjectorName, string? Grounds, IReadOnlyList<string>? Evidence);

public sealed record FileObjection(string ObjectionId, string? RegistrationNumber, string? ApplicationId, string ObjectorName, string Grounds,
    IReadOnlyList<string> Evidence, Actor FiledBy);

public static class FileObjectionHandler
{
    public static async Task<ObjectionView> Handle(FileObjection command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var cited = Objection.Cited(command.Evidence);
        var citable = await DocumentCitations.CitableAsync(session, command.FiledBy, cited, cancellation);
        ObjectionFiled filed;
        string[] parties;
        if (command.ApplicationId is { } applicationId)
        {
            // Filing alone suspends the notice at once: a registration must not complete over a pending dispute.
            var application = await session.LockApplicationAsync(applicationId, null, cancellation);
            var suspended = application.Aggregate!.SuspendNotice(command.ObjectionId, now, deadlines);
            filed = Objection.File(command, target: null, citable, now);
            application.AppendOne(suspended);
            parties = [filed.Objector.PartyCode, .. application.Aggregate.PartyCodes];
        }
        else
        {
            var asset = await session.LoadAssetAsync(command.RegistrationNumber!, cancellation);
            filed = Objection.File(command, asset, citable, now);
            parties = [filed.Objector.PartyCode, asset.Holder.PartyCode];
        }

        DocumentCitations.GrantToParties(session, command.ObjectionId, command.Evidence, parties);
        session.Events.StartStream<Objection>(command.ObjectionId, filed);
        return ObjectionView.Of(Objection.Create(filed) with { Version = 1 });
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

                errors.RequireText(request.ObjectorName, "objectorName", 200);
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
                var command = new FileObjection(Guid.CreateVersion7().ToString(), number, request.ApplicationId, request.ObjectorName!.Trim(), request.Grounds!.Trim(),
                    evidence.Distinct(StringComparer.Ordinal).ToArray(), Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (ObjectionView objection) =>
                    ActAnswer.Created($"/api/objections/{objection.ObjectionId}", objection, objection.Version, RecordedBody.Of(objection)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("fileObjection")
            .WithSummary("File an objection (异议) against an asset, or against an application under public notice — any identified party.")
            .WithDescription("Against an application under notice, filing suspends the notice at once. A clerk then registers the objection or refuses it.")
            .Produces<ObjectionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
