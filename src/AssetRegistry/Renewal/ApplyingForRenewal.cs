using AssetRegistry.Parties;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace AssetRegistry.Renewal;

/// <summary>The body of <c>POST /api/applications/renewal</c>.</summary>
[RequiredMembers("registrationNumber")]
public sealed record RenewalApplicationRequest(string? RegistrationNumber);

public sealed record ApplyForRenewal(string ApplicationId, string RegistrationNumber, Actor SubmittedBy);

public static class ApplyForRenewalHandler
{
    private static readonly ApplicationState[] OpenStates =
    [
        ApplicationState.AwaitingConsent, ApplicationState.Submitted, ApplicationState.AwaitingCorrection, ApplicationState.UnderPublicNotice,
        ApplicationState.NoticeSuspended, ApplicationState.AwaitingApproval,
    ];

    /// <summary>The holder applies in the window; no consent, no public notice: formal review, then approval.</summary>
    public static async Task<ApplicationView> Handle(ApplyForRenewal command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines,
        IOptions<ProcedureSettings> settings, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await session.OfActorAsync(command.SubmittedBy, cancellation);
        var asset = await session.LoadAssetAsync(command.RegistrationNumber, cancellation);
        var pending = await session.Query<Application>()
            .Where(a => a.RegistrationNumber == asset.Id && a.Kind == ApplicationKind.Renewal && OpenStates.Contains(a.State))
            .Select(a => a.Id)
            .FirstOrDefaultAsync(cancellation);

        var applied = RenewalRules.Apply(asset, command, pending, now, deadlines, settings.Value);
        return session.StartApplication(applied, Application.Create(applied), now);
    }
}

public static class ApplyingForRenewalEndpoint
{
    public static void MapApplyForRenewal(this RouteGroupBuilder applications) =>
        applications.MapPost("/renewal", async (RenewalApplicationRequest request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                var number = RegistrationNumbers.Validate(request.RegistrationNumber, "registrationNumber", errors);
                errors.ThrowIfAny();

                return await bus.SubmitAsync(
                    new ApplyForRenewal(Guid.CreateVersion7().ToString(), number!, Actor.From(http.User)), http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("applyForRenewal")
            .WithSummary("The holder applies to renew the registration (续展) in the last 90 days of its validity, or once expired until it is cancelled.")
            .WithDescription("No consent and no public notice: formal review, then approval, which extends validity by 3 years from its previous end, "
                + "capped by the end of the authorisation the data rests on. Too early is 409 `renewal-not-in-window` (the detail names the opening date); "
                + "nothing left to extend is `renewal-beyond-authorisation`; a cancelled asset is `asset-cancelled`; a second pending renewal is `renewal-already-applied`.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
