using AssetRegistry.Applications;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Objections;

/// <summary>A clerk's decision on an objection: refuse to register it, or record how the dispute ended.</summary>
public enum ObjectionDecision
{
    Refuse,
    Dismiss,
    Uphold,
}

public sealed record ObjectionDecisionRequest(IReadOnlyList<string>? Reasons, string? Decision);

public sealed record DecideObjection(string ObjectionId, ObjectionDecision Decision, IReadOnlyList<string> Reasons, long? ExpectedVersion, Actor DecidedBy);

public static class DecideObjectionHandler
{
    public static async Task<ObjectionView> Handle(DecideObjection command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines,
        CancellationToken cancellation)
    {
        var stream = await session.FetchObjectionAsync(command.ObjectionId, command.ExpectedVersion, cancellation);
        var objection = stream.Aggregate!;
        var now = clock.GetUtcNow();
        object ending = command.Decision switch
        {
            ObjectionDecision.Refuse => objection.Refuse(command.Reasons, command.DecidedBy, now),
            ObjectionDecision.Dismiss => objection.Dismiss(command.Reasons, command.DecidedBy, now),
            _ => objection.Uphold(string.Join("\n", command.Reasons), command.DecidedBy, now),
        };
        return ObjectionView.Of(await session.RecordEndingAsync(stream, ending, command.DecidedBy, now, deadlines, cancellation));
    }
}

public static class DecidingObjectionEndpoints
{
    public static void MapDecideObjection(this RouteGroupBuilder objections)
    {
        Map(objections, "refuse", ObjectionDecision.Refuse, "Refuse to register the objection, with reasons — clerks only. A notice it suspended resumes.");
        Map(objections, "dismiss", ObjectionDecision.Dismiss, "Record that the dispute ended against the objector (dismissed) — clerks only. A notice it suspended resumes.");
        Map(objections, "uphold", ObjectionDecision.Uphold, "Record that the dispute ended for the objector (upheld), with the decision — clerks only. A correction registration may follow.");
    }

    private static void Map(RouteGroupBuilder objections, string act, ObjectionDecision decision, string summary) =>
        objections.MapPost($"/{{objectionId}}/{act}", async (string objectionId, ObjectionDecisionRequest request, HttpContext http, IMessageBus bus) =>
            {
                var reasons = ApplicationEndpoints.RequireReasons(request.Reasons ?? (request.Decision is null ? null : [request.Decision]), "reasons");
                return await bus.DecideObjectionAsync(
                    new DecideObjection(objectionId, decision, reasons, http.Request.ExpectedVersion(), Actor.From(http.User)), http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName($"{act}Objection")
            .WithSummary(summary)
            .Produces<ObjectionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
