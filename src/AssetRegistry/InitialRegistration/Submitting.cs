using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using AssetRegistry.Validity;
using Marten;
using Wolverine;

namespace AssetRegistry.InitialRegistration;

public sealed record SubmitInitialApplication(string ApplicationId, InitialRegistrationDetails Details, Actor SubmittedBy);

public static class InitialRegistrationHandler
{
    public static async Task<ApplicationView> Handle(SubmitInitialApplication command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var applicant = await session.OfActorAsync(command.SubmittedBy, cancellation);
        var cited = InitialRegistrationRules.Cited(command.Details);
        var citable = await DocumentCitations.CitableAsync(session, command.SubmittedBy, cited, cancellation);
        var sources = await session.LoadAssetsHeldAsync(command.Details.DerivedFrom, cancellation);

        var applied = InitialRegistrationRules.Apply(command.ApplicationId, applicant, command.Details, command.SubmittedBy, citable, sources, now, deadlines);
        DocumentCitations.GrantToParties(session, command.ApplicationId, cited.Select(d => d.Sha256), [applicant.PartyCode]);
        return session.StartApplication(applied, Application.Create(applied), now);
    }

    /// <summary>At approval: the resources it derives from are held until commit, the decision made, the number drawn, the asset's stream started.</summary>
    public static async Task<string> RegisterAsync(IDocumentSession session, Application application, InitialSubject subject, Actor clerk, DateTimeOffset now,
        RegistrationNumbers numbers, ProcedureSettings settings, CancellationToken cancellation)
    {
        var sources = await session.LoadAssetsHeldAsync(subject.Details.DerivedFrom, cancellation);
        var approval = InitialRegistrationRules.Register(application, subject, sources, clerk, now, settings);
        var registered = approval.Numbered((await numbers.NextAsync(session, approval.Kind, now, cancellation)).ToString());
        session.Events.StartStream<Asset>(registered.RegistrationNumber, registered);
        ValidityTimers.ArmFor(session, registered);
        return registered.RegistrationNumber;
    }
}

public static class SubmittingEndpoint
{
    public static void MapSubmitInitialApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/initial", async (InitialApplicationRequest request, HttpContext http, IMessageBus bus) =>
            {
                var actor = Actor.From(http.User);
                var command = new SubmitInitialApplication(Guid.CreateVersion7().ToString(), request.Validate(), actor);
                return await bus.SubmitAsync(command, http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("applyForInitialRegistration")
            .WithSummary("Apply for an initial registration (首次登记) of a data resource (数据资源) or a data product (数据产品).")
            .WithDescription("The applicant's code comes from its token and its name from its party record: a party not yet verified (onboarding, `POST /api/parties/onboarding`) is refused with 403 `party-not-verified`. Cited documents (the third-party review report, the declaration) must have been uploaded by the applicant; a product's `derivedFrom` names registered, active data resources.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
