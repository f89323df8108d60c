using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Licensing;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Changing;

[RequiredMembers("licenseId")]
public sealed record LicenseChangeRequest(string? LicenseId, IReadOnlyList<string>? Scope, DateOnly? EndsOn, bool? SubLicensingAllowed);

/// <summary>
/// The body of <c>POST /api/applications/change</c>: the items to change, each optional. Naming a new holder
/// (<c>holderPartyCode</c>) is refused: that is a transfer. The holder's name is not stated: a change registration
/// takes it from the holder's party record (after a rename, 名称变更, recorded by a clerk on the new licence).
/// </summary>
[RequiredMembers("registrationNumber")]
public sealed record ChangeApplicationRequest(
    string? RegistrationNumber, string? Name, string? Industry, IReadOnlyList<string>? ApplicationScenarios, string? DataSource,
    string? StructureAndScale, string? UpdateFrequency, string? ProcessingRules, string? NotarisationStatus,
    string? HolderPartyCode, LicenseChangeRequest? License)
    : RegisteredItemChanges(Name, Industry, ApplicationScenarios, DataSource, StructureAndScale, UpdateFrequency, ProcessingRules, NotarisationStatus);

public sealed record ApplyForChange(string ApplicationId, string RegistrationNumber, ChangeRequest Change, Actor SubmittedBy);

public static class ApplyForChangeHandler
{
    public static async Task<ApplicationView> Handle(ApplyForChange command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var party = await session.OfActorAsync(command.SubmittedBy, cancellation);
        var asset = await session.LoadAssetAsync(command.RegistrationNumber, cancellation);
        // The registered holder's name follows its party record at its change registration, and only then.
        if (party.PartyCode == asset.Holder.PartyCode && party.Name != asset.Holder.Name)
        {
            command = command with { Change = command.Change with { HolderName = party.Name } };
        }

        var applied = ChangeRules.Apply(asset, command, now, deadlines);
        return session.StartApplication(applied, Application.Create(applied), now);
    }
}

public static class ApplyingForChangeEndpoint
{
    public static void MapApplyForChange(this RouteGroupBuilder applications) =>
        applications.MapPost("/change", async (ChangeApplicationRequest request, HttpContext http, IMessageBus bus) =>
            {
                if (request.HolderPartyCode is not null)
                {
                    throw new Refusal(Refusals.ChangeCannotChangeHolder, "holderPartyCode");
                }

                var errors = new FieldErrors();
                var number = RegistrationNumbers.Validate(request.RegistrationNumber, "registrationNumber", errors);
                LicenseTermsChange? license = null;
                if (request.License is { } l)
                {
                    errors.RequireText(l.LicenseId, "license.licenseId", 64);
                    var scope = l.Scope is null ? null : Scopes.Validate(l.Scope, "license.scope", errors);
                    license = new LicenseTermsChange(l.LicenseId ?? "", scope, l.EndsOn, l.SubLicensingAllowed);
                }

                var change = ChangeRequest.Validate(request, holderName: null, license, errors);
                errors.ThrowIfAny();
                return await bus.SubmitAsync(new ApplyForChange(Guid.CreateVersion7().ToString(), number!, change, Actor.From(http.User)), http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("applyForChange")
            .WithSummary("The holder applies for a change registration (变更登记): metadata, its own name under the same code, a license's terms — never who holds.")
            .WithDescription("The holder's name is taken from its party record: after a clerk recorded a rename (名称变更) on the new licence, the holder's next change registration carries the new name onto the register — on its own (a body with only `registrationNumber`) or with other items.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
