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
/// and the items to correct — any registered item, the holder included.
/// </summary>
public sealed record CorrectionRequest(
    string? ObjectionId, string? Name, string? Industry, IReadOnlyList<string>? ApplicationScenarios, string? DataSource, string? StructureAndScale,
    string? UpdateFrequency, string? ProcessingRules, string? NotarisationStatus, string? HolderName, CounterpartyRequest? Holder);

public sealed record RegisterCorrection(string RegistrationNumber, string ObjectionId, ChangeRequest Changes, PartyIdentity? NewHolder, string? NewHolderName,
    long? ExpectedVersion, Actor RegisteredBy);

public static class RegisterCorrectionHandler
{
    public static async Task<CorrectionRegistered> Handle(RegisterCorrection command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var objection = await session.LoadAsync<Objection>(command.ObjectionId, cancellation)
            ?? throw new Refusal("objection-not-found", $"No objection has the id '{command.ObjectionId}'.", "objectionId");
        if (objection.RegistrationNumber != command.RegistrationNumber)
        {
            throw new Refusal("objection-not-about-this-asset", $"Objection {objection.Id} is not against {command.RegistrationNumber}.", "objectionId");
        }

        if (objection.State != ObjectionState.Upheld)
        {
            throw new Refusal("objection-not-upheld", $"A correction rests on an upheld objection; {objection.Id} is {objection.State.ToString().ToLowerInvariant()}.", "objectionId");
        }

        var stream = command.ExpectedVersion is { } expected
            ? await session.Events.FetchForWriting<Asset>(command.RegistrationNumber, expected, cancellation)
            : await session.Events.FetchForWriting<Asset>(command.RegistrationNumber, cancellation);
        var asset = stream.Aggregate ?? throw Refusal.NotFound("asset-not-found", $"No asset is registered under {command.RegistrationNumber}.");
        if (asset.CorrectedOnObjections.Contains(objection.Id))
        {
            throw new Refusal("correction-already-made", $"A correction was already registered on objection {objection.Id}.", "objectionId");
        }

        var (changes, details, holderName, _) = ChangeRules.Changes(asset, command.Changes, now);
        var holder = asset.Holder with { Name = holderName };
        var allChanges = changes.ToList();
        if (command.NewHolder is { } identity)
        {
            var newHolder = await CounterpartyRequest.ResolveAsync(session, identity, command.NewHolderName!, "holder", cancellation);
            if (newHolder.PartyCode != asset.Holder.PartyCode)
            {
                allChanges.Add(new FieldChange("holder", $"{asset.Holder.Name} ({asset.Holder.PartyCode})", $"{newHolder.Name} ({newHolder.PartyCode})"));
                holder = newHolder;
            }
        }

        if (allChanges.Count == 0)
        {
            throw new Refusal("change-changes-nothing", "Every item named already has the value given; there is nothing to correct.");
        }

        var corrected = new CorrectionRegistered(asset.Id, objection.Id, allChanges, details, holder, objection.Decision ?? "", command.RegisteredBy, now);
        stream.AppendOne(corrected);
        return corrected;
    }
}

public static class RegisteringCorrectionEndpoint
{
    public static void MapCorrections(this RouteGroupBuilder api) =>
        api.MapPost("/assets/{registrationNumber}/corrections", async (string registrationNumber, CorrectionRequest request, HttpContext http, IMessageBus bus) =>
            {
                var number = GettingAssetEndpoint.ParseRegistrationNumber(registrationNumber, "registrationNumber").ToString();
                var errors = new FieldErrors();
                errors.RequireText(request.ObjectionId, "objectionId", 64);
                var newHolder = request.Holder?.Validate("holder", errors);
                errors.ThrowIfAny();

                var changes = new ChangeRequest(request.Name?.Trim(), request.Industry?.Trim(), request.ApplicationScenarios, request.DataSource?.Trim(),
                    request.StructureAndScale?.Trim(), request.UpdateFrequency?.Trim(), request.ProcessingRules?.Trim(), request.NotarisationStatus?.Trim(),
                    request.HolderName?.Trim(), null);
                var command = new RegisterCorrection(number, request.ObjectionId!, changes, newHolder, request.Holder?.Name?.Trim(),
                    http.Request.ExpectedVersion(), Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (CorrectionRegistered corrected) => ActAnswer.Ok(corrected, null, RecordedBody.Of(corrected)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithTags("Objections")
            .WithSummary("A correction registration (更正登记) on an upheld objection — clerks only. It may change any registered item, the holder included.")
            .Produces<CorrectionRegistered>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
