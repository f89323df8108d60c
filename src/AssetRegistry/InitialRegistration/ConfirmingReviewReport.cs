using AssetRegistry.Applications;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Marten;
using Wolverine;

namespace AssetRegistry.InitialRegistration;

public sealed record ConfirmReviewReport(string ApplicationId, long? ExpectedVersion, Actor ConfirmedBy);

public sealed record DeclineReviewReport(string ApplicationId, IReadOnlyList<string> Reasons, long? ExpectedVersion, Actor DeclinedBy);

public static class ConfirmReviewReportHandler
{
    public static async Task<ApplicationView> Handle(ConfirmReviewReport command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        return ApplicationView.Of(stream.Record(ReviewReportRules.Confirm(stream.Aggregate!, command.ConfirmedBy, now)), now);
    }

}

public static class DeclineReviewReportHandler
{
    /// <summary>Returned for correction as a clerk's return is, so it lapses unanswered as that does.</summary>
    public static async Task<ApplicationView> Handle(DeclineReviewReport command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        var returned = stream.Record(ReviewReportRules.Decline(stream.Aggregate!, command.Reasons, command.DeclinedBy, now, deadlines));
        session.Store(RegistryTimer.For(LapsingCorrection.TimerId(returned.Id), new LapseApplication(returned.Id), returned.Correction!.Deadline));
        return ApplicationView.Of(returned, now);
    }
}

public static class ConfirmingReviewReportEndpoints
{
    private const string WhoMay = "Only a `reviewer` token whose party code is the credit code the report names (`details.reviewReport.institutionCreditCode`) "
        + "may; any other reviewer is refused 403 `not-the-reviewer`, any other role 403.";

    public static void MapConfirmReviewReport(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/confirm-review-report", (string applicationId, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new ConfirmReviewReport(applicationId, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Reviewer).RequireClaim(Actor.PartyClaim))
            .WithName("confirmReviewReport")
            .WithSummary("Confirm the review report an initial application carries (第三方服务机构确认评估报告) — the institution it names.")
            .WithDescription(WhoMay + " Formal review accepts the application only once its current report is confirmed. A report already confirmed is 409 "
                + "`review-report-already-confirmed`; an application not waiting for formal review is 409 `review-report-not-awaiting-confirmation`.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static void MapDeclineReviewReport(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/decline-review-report", (string applicationId, ReasonsRequest request, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new DeclineReviewReport(applicationId, ApplicationEndpoints.RequireReasons(request.Reasons, "reasons"),
                    http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Reviewer).RequireClaim(Actor.PartyClaim))
            .WithName("declineReviewReport")
            .WithSummary("Decline to confirm the review report, with reasons: the application is returned for correction (补正) — the institution it names.")
            .WithDescription(WhoMay + " The reasons become what to correct, with the default correction deadline; the applicant resubmits (its report "
                + "then waits for a new confirmation) or the application lapses.")
            .Produces<ApplicationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
