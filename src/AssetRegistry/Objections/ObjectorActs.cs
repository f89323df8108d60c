using AssetRegistry.Applications;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Marten;
using Wolverine;

namespace AssetRegistry.Objections;

[RequiredMembers("documentFingerprint")]
public sealed record LawsuitProofRequest(string? DocumentFingerprint);

public sealed record ProveLawsuit(string ObjectionId, string DocumentFingerprint, long? ExpectedVersion, Actor FiledBy);

public sealed record WithdrawObjection(string ObjectionId, long? ExpectedVersion, Actor WithdrawnBy);

public static class ProveLawsuitHandler
{
    /// <summary>Proof of a lawsuit or arbitration keeps the objection open until a clerk records the outcome.</summary>
    public static async Task<ObjectionView> Handle(ProveLawsuit command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.FetchObjectionAsync(command.ObjectionId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        var citable = await DocumentCitations.CitableAsync(session, command.FiledBy, [Objection.LawsuitProofCited(command.DocumentFingerprint)], cancellation);
        var proved = stream.Aggregate!.ProveLawsuit(command.DocumentFingerprint, citable, command.FiledBy, now);
        stream.AppendOne(proved);
        session.Delete<RegistryTimer>(ObjectionStreams.LapseTimerId(command.ObjectionId));
        return ObjectionView.Of(stream.Aggregate.Apply(proved) with { Version = stream.CurrentVersion ?? 0 });
    }
}

public static class WithdrawObjectionHandler
{
    public static async Task<ObjectionView> Handle(WithdrawObjection command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines,
        CancellationToken cancellation)
    {
        var stream = await session.FetchObjectionAsync(command.ObjectionId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        var withdrawn = stream.Aggregate!.Withdraw(command.WithdrawnBy, now);
        return ObjectionView.Of(await session.RecordEndingAsync(stream, withdrawn, command.WithdrawnBy, now, deadlines, cancellation));
    }
}

public static class ObjectorActsEndpoints
{
    public static void MapObjectorActs(this RouteGroupBuilder objections)
    {
        objections.MapPost("/{objectionId}/lawsuit", async (string objectionId, LawsuitProofRequest request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                var sha = Fingerprints.Validate(request.DocumentFingerprint, "documentFingerprint", errors);
                errors.ThrowIfAny();
                return await bus.DecideObjectionAsync(new ProveLawsuit(objectionId, sha!, http.Request.ExpectedVersion(), Actor.From(http.User)), http);
            })
            .RequireAuthorization(policy => policy.RequireClaim(Actor.PartyClaim))
            .WithName("proveLawsuit")
            .WithSummary("The objector files proof of a lawsuit or arbitration (an uploaded document): the objection does not lapse.")
            .Produces<ObjectionView>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        objections.MapPost("/{objectionId}/withdraw", async (string objectionId, HttpContext http, IMessageBus bus) =>
            {
                return await bus.DecideObjectionAsync(new WithdrawObjection(objectionId, http.Request.ExpectedVersion(), Actor.From(http.User)), http);
            })
            .RequireAuthorization(policy => policy.RequireClaim(Actor.PartyClaim))
            .WithName("withdrawObjection")
            .WithSummary("The objector withdraws the objection. A notice it suspended resumes.")
            .Produces<ObjectionView>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
