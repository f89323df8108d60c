using AssetRegistry.Parties;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Cancelling;

/// <summary>The body of <c>POST /api/applications/cancellation</c>; with <c>licenseId</c> it cancels that license only.</summary>
[RequiredMembers("registrationNumber", "ground")]
public sealed record CancellationApplicationRequest(string? RegistrationNumber, CancellationGround? Ground, string? LicenseId, string? BasisFingerprint, string? Reason);

public sealed record ApplyForCancellation(string ApplicationId, string RegistrationNumber, CancellationRequest Cancellation, Actor SubmittedBy);

public static class ApplyForCancellationHandler
{
    public static async Task<ApplicationView> Handle(ApplyForCancellation command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        // A clerk revokes (撤销) for the registry; a party applying must be verified.
        var party = command.SubmittedBy.PartyCode is null ? null : await session.OfActorAsync(command.SubmittedBy, cancellation);
        var asset = await session.LoadAssetAsync(command.RegistrationNumber, cancellation);
        var cited = CancellationRules.Cited(command.Cancellation);
        var citable = await DocumentCitations.CitableAsync(session, command.SubmittedBy, cited, cancellation);

        var applied = CancellationRules.Apply(asset, command, citable, now, deadlines, party);
        DocumentCitations.GrantToParties(session, command.ApplicationId, cited.Select(c => c.Sha256), [applied.Applicant.PartyCode, asset.Holder.PartyCode]);
        return session.StartApplication(applied, Application.Create(applied), now);
    }
}

public static class ApplyingForCancellationEndpoint
{
    public static void MapApplyForCancellation(this RouteGroupBuilder applications) =>
        applications.MapPost("/cancellation", async (CancellationApplicationRequest request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                var number = RegistrationNumbers.Validate(request.RegistrationNumber, "registrationNumber", errors);
                errors.Require(request.Ground, "ground");
                var basis = Fingerprints.Validate(request.BasisFingerprint, "basisFingerprint", errors, required: false);
                if (request.LicenseId is not null)
                {
                    errors.RequireText(request.LicenseId, "licenseId", 64);
                }

                if (request.Reason is { Length: > 2000 })
                {
                    errors.Add("reason", Refusals.TooLong, ("max", 2000));
                }

                errors.ThrowIfAny();
                var cancellation = new CancellationRequest(request.Ground!.Value, request.LicenseId, basis, request.Reason?.Trim());
                return await bus.SubmitAsync(
                    new ApplyForCancellation(Guid.CreateVersion7().ToString(), number!, cancellation, Actor.From(http.User)), http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson, RegistryRoles.Clerk))
            .WithName("applyForCancellation")
            .WithSummary("Apply for a cancellation registration (注销登记) of an asset, or of one license on it.")
            .WithDescription("Grounds: voluntary, dataDestroyed (the holder), courtOrder (with the order's fingerprint), revocation (撤销, clerks only). expiryNotRenewed is the registry clock's own ground and is refused (403). Once completed the asset accepts no further registration and stays readable.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
