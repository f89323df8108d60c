using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Changing;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Objections;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Corrections;

/// <summary>
/// The body of <c>POST /api/assets/{registrationNumber}/corrections</c>: the upheld objection it rests on,
/// and the items to correct — any registered item, the holder included (named by its identifier; its name, like the
/// registered holder's, comes from the party record).
/// </summary>
[RequiredMembers("objectionId")]
public sealed record CorrectionRequest(
    string? ObjectionId, string? Name, string? Industry, IReadOnlyList<string>? ApplicationScenarios, string? DataSource, string? StructureAndScale,
    string? UpdateFrequency, string? ProcessingRules, string? NotarisationStatus, CounterpartyRequest? Holder)
    : RegisteredItemChanges(Name, Industry, ApplicationScenarios, DataSource, StructureAndScale, UpdateFrequency, ProcessingRules, NotarisationStatus);

public sealed record RegisterCorrection(string RegistrationNumber, string ObjectionId, ChangeRequest Changes, PartyIdentity? NewHolder,
    long? ExpectedVersion, Actor RegisteredBy);

public static class RegisterCorrectionHandler
{
    /// <summary>
    /// The objection it rests on is held until commit (its stream row read <c>for share</c>): a decision on it waits, so
    /// the correction never commits on an objection that stopped being upheld. The asset is appended at the version read.
    /// </summary>
    public static async Task<CorrectionRegistered> Handle(RegisterCorrection command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var objection = await session.LoadObjectionHeldAsync(command.ObjectionId, cancellation);
        var stream = await session.FetchAssetForWritingAsync(command.RegistrationNumber, command.ExpectedVersion, cancellation);
        var newHolder = command.NewHolder is { } identity ? await session.ByIdentityAsync(identity, "holder", cancellation) : null;
        // The holder's name on the register is corrected to its party record's too, as a change registration does.
        var holderRecord = newHolder is null ? await session.RecordOfAsync(stream.Aggregate!.Holder.PartyCode, cancellation) : null;
        if (holderRecord is not null && holderRecord.Name != stream.Aggregate!.Holder.Name)
        {
            command = command with { Changes = command.Changes with { HolderName = holderRecord.Name } };
        }

        var corrected = CorrectionRules.Register(stream.Aggregate!, objection, command, newHolder, now);
        stream.AppendOne(corrected);
        return corrected;
    }
}

public static class RegisteringCorrectionEndpoint
{
    public static void MapCorrections(this RouteGroupBuilder api) =>
        api.MapPost("/assets/{registrationNumber}/corrections", async (string registrationNumber, CorrectionRequest request, HttpContext http, IMessageBus bus) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                var errors = new FieldErrors();
                errors.RequireText(request.ObjectionId, "objectionId", 64);
                // The items are checked as a change registration's are: a correction may go further (the holder), never past the limits.
                var changes = ChangeRequest.Validate(request, holderName: null, license: null, errors);
                var newHolder = request.Holder?.Validate("holder", errors);
                errors.ThrowIfAny();

                var command = new RegisterCorrection(number, request.ObjectionId!, changes, newHolder, http.Request.ExpectedVersion(), Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (CorrectionRegistered corrected) => ActAnswer.Ok(corrected, null, RecordedBody.Of(corrected)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithTags("Objections")
            .WithName("registerCorrection")
            .WithSummary("A correction registration (更正登记) on an upheld objection — clerks only. It may change any registered item, the holder included.")
            .Produces<CorrectionRegistered>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
