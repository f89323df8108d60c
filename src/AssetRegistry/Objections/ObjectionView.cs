using AssetRegistry.Infrastructure.Http.Idempotency;
using Wolverine;

namespace AssetRegistry.Objections;

public static class ObjectionEndpoints
{
    /// <summary>What every act on an objection does at the HTTP edge once its command is built.</summary>
    public static Task<IResult> DecideObjectionAsync(this IMessageBus bus, object command, HttpContext http) =>
        bus.AnswerAsync(command, http, (ObjectionView objection) => ActAnswer.Ok(objection, objection.Version, RecordedBody.Of(objection)));
}

/// <summary>An objection as the objector, clerks and supervisors see it.</summary>
public sealed record ObjectionView(
    string ObjectionId, ObjectionState State, string ObjectorName, string ObjectorCode, string? RegistrationNumber, string? ApplicationId,
    string Grounds, IReadOnlyList<string> Evidence, DateTimeOffset FiledAt, DateTimeOffset? RegisteredAt, DateTimeOffset? LapsesAt,
    bool LawsuitProved, string? Decision, long Version)
{
    public static ObjectionView Of(Objection o) => new(
        o.Id, o.State, o.Objector.Name, o.Objector.PartyCode, o.RegistrationNumber, o.ApplicationId, o.Grounds, o.Evidence, o.FiledAt,
        o.RegisteredAt, o.LapsesAt, o.LawsuitProof is not null, o.Decision, o.Version);
}
