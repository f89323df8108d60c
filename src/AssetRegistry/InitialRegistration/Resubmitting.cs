using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Marten;
using Wolverine;

namespace AssetRegistry.InitialRegistration;

public sealed record ResubmitApplication(string ApplicationId, InitialApplicationRequest Changes, long? ExpectedVersion, Actor ResubmittedBy);

public static class ResubmitApplicationHandler
{
    // The applicant's name is not among what a correction changes: it is the applicant's, not the data's.
    public static async Task<ApplicationView> Handle(ResubmitApplication command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var application = stream.Aggregate!;
        var details = application.Subject is InitialSubject initial ? command.Changes.Over(initial.Details).Validate() : null;
        var now = clock.GetUtcNow();
        var cited = details is null ? [] : InitialRegistrationRules.Cited(details);
        var citable = await DocumentCitations.CitableAsync(session, command.ResubmittedBy, cited, cancellation);
        var sources = await session.LoadAssetsHeldAsync(details?.DerivedFrom ?? [], cancellation);

        var resubmitted = InitialRegistrationRules.Resubmit(application, details, command.Changes.NamesOfFieldsSet(), citable, sources, command.ResubmittedBy, now, deadlines);
        DocumentCitations.GrantToParties(session, command.ApplicationId, cited.Select(d => d.Sha256), application.PartyCodes);

        session.Delete<RegistryTimer>(LapsingCorrection.TimerId(command.ApplicationId));

        return ApplicationView.Of(stream.Record(resubmitted), now);
    }
}

public static class ResubmittingEndpoint
{
    public static void MapResubmitApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/resubmit", (string applicationId, InitialApplicationRequest changes, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new ResubmitApplication(applicationId, changes, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization()
            .WithName("resubmitApplication")
            .AcceptsChangesOf<InitialApplicationRequest>("InitialApplicationChanges", """{"updateFrequency":"每日 02:00 前更新","processingRules":"脱敏、聚合至 500 米网格，剔除个人轨迹"}""")
            .WithSummary("Resubmit an application returned for correction (补正), with the changed fields only — the applicant.")
            .WithDescription("For an initial registration the body carries the changed fields; for the other kinds an empty body (`{}`) re-enters formal review, the corrected documents being uploaded.")
            .Produces<ApplicationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
