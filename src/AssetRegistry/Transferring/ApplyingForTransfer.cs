using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Transferring;

/// <summary>The body of <c>POST /api/applications/transfer</c>.</summary>
[RequiredMembers("registrationNumber", "newHolder", "ground", "basisFingerprint")]
public sealed record TransferApplicationRequest(
    string? RegistrationNumber, CounterpartyRequest? NewHolder, TransferGround? Ground, string? BasisFingerprint);

public sealed record ApplyForTransfer(
    string ApplicationId, string RegistrationNumber, PartyIdentity NewHolder, TransferGround Ground, string BasisFingerprint, Actor SubmittedBy);

public static class ApplyForTransferHandler
{
    public static async Task<ApplicationView> Handle(ApplyForTransfer command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var party = await session.OfActorAsync(command.SubmittedBy, cancellation);
        var asset = await session.LoadAssetAsync(command.RegistrationNumber, cancellation);
        var newHolder = await session.ByIdentityAsync(command.NewHolder, "newHolder", cancellation);
        var citable = await DocumentCitations.CitableAsync(session, command.SubmittedBy, [TransferRules.Basis(command.BasisFingerprint)], cancellation);

        var applied = TransferRules.Apply(asset, command, party, newHolder, citable, now);
        DocumentCitations.GrantToParties(session, command.ApplicationId, [command.BasisFingerprint],
            [applied.Applicant.PartyCode, newHolder.PartyCode, asset.Holder.PartyCode]);
        return session.StartApplication(applied, Application.Create(applied), now);
    }
}

public static class ApplyingForTransferEndpoint
{
    public static void MapApplyForTransfer(this RouteGroupBuilder applications) =>
        applications.MapPost("/transfer", async (TransferApplicationRequest request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                var number = RegistrationNumbers.Validate(request.RegistrationNumber, "registrationNumber", errors);
                errors.Require(request.NewHolder, "newHolder");
                var newHolder = request.NewHolder?.Validate("newHolder", errors);
                errors.Require(request.Ground, "ground");
                var basis = Fingerprints.Validate(request.BasisFingerprint, "basisFingerprint", errors);
                errors.ThrowIfAny();
                var command = new ApplyForTransfer(Guid.CreateVersion7().ToString(), number!, newHolder!, request.Ground!.Value, basis!, Actor.From(http.User));
                return await bus.SubmitAsync(command, http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("applyForTransfer")
            .WithSummary("Apply for a transfer registration (转移登记): the new holder, the ground and the document it rests on.")
            .WithDescription("The holder applies; without the holder, a party holding a court judgment, arbitral award or merger/split document. The applicant and the new holder (named by its identifier only) must be verified parties, and their names are those of their party records. The new holder consents with its own token before review; public notice follows acceptance. Licenses survive.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
