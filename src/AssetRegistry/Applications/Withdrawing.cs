using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Applications;

public sealed record WithdrawalRequest(string? Reason);

public sealed record WithdrawApplication(string ApplicationId, string? Reason, long? ExpectedVersion, Actor WithdrawnBy);

public static class WithdrawApplicationHandler
{
    public static async Task<ApplicationView> Handle(WithdrawApplication command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        return ApplicationView.Of(stream.Record(stream.Aggregate!.Withdraw(command.Reason, command.WithdrawnBy, now)), now);
    }
}

public static class WithdrawingEndpoint
{
    public static void MapWithdrawApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/withdraw", (string applicationId, WithdrawalRequest? request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                if (request?.Reason is { Length: > 2000 })
                {
                    errors.Add("reason", Refusals.TooLong, ("max", 2000));
                }

                errors.ThrowIfAny();
                return bus.DecideAsync(new WithdrawApplication(applicationId, request?.Reason?.Trim(), http.Request.ExpectedVersion(), Actor.From(http.User)), http);
            })
            .RequireAuthorization()
            .WithName("withdrawApplication")
            .WithDescription("The applicant withdraws an application that is not yet decided, with an optional reason (at most 2000 characters); a decided one is 409 `application-already-decided`. Answers the application as it now stands.")
            .WithSummary("Withdraw an application that is not yet decided — the applicant.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
