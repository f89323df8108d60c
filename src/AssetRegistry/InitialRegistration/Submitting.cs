using AssetRegistry.Applications;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.InitialRegistration;

public sealed record SubmitInitialApplication(string ApplicationId, Applicant Applicant, InitialRegistrationDetails Details, Actor SubmittedBy);

public static class SubmitInitialApplicationHandler
{
    public static async Task<ApplicationView> Handle(SubmitInitialApplication command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var cited = command.Details.CitedDocuments().Select(d => new CitedDocument(d.Field, d.Sha256)).ToArray();
        await DocumentCitations.EnsureCitableAsync(session, command.SubmittedBy, cited, cancellation);
        await Derivation.EnsureDerivableAsync(session, command.Details.DerivedFrom, now, cancellation);

        var applied = new InitialRegistrationApplied(command.ApplicationId, command.Applicant, command.Details, command.SubmittedBy, now, deadlines.ReplyDue(now));
        session.Events.StartStream<Application>(command.ApplicationId, applied);
        DocumentCitations.GrantToParties(session, command.ApplicationId, cited.Select(d => d.Sha256), [command.Applicant.PartyCode]);
        return ApplicationView.Of(Application.Create(applied) with { Version = 1 }, now);
    }
}

public static class SubmittingEndpoint
{
    public static void MapSubmitInitialApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/initial", async (InitialApplicationRequest request, HttpContext http, IMessageBus bus) =>
            {
                var actor = Actor.From(http.User);
                var (applicantName, details) = request.Validate();
                var command = new SubmitInitialApplication(Guid.CreateVersion7().ToString(), new Applicant(actor.PartyCode!, applicantName), details, actor);
                return await bus.SubmitAsync(command, http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithSummary("Apply for an initial registration (首次登记) of a data resource (数据资源) or a data product (数据产品).")
            .WithDescription("The applicant's code comes from its token. Cited documents (the third-party review report, the declaration) must have been uploaded by the applicant; a product's `derivedFrom` names registered, active data resources.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
