using AssetRegistry.Applications;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Objections;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Parties;

public sealed record ApproveOnboarding(string OnboardingId, long? ExpectedVersion, Actor ApprovedBy);

public sealed record RejectOnboarding(string OnboardingId, IReadOnlyList<string> Reasons, long? ExpectedVersion, Actor RejectedBy);

public static class DecideOnboardingHandler
{
    /// <summary>Approval records the party in the same transaction; the party directory's unique identifier index settles a race.</summary>
    public static async Task<OnboardingView> Handle(ApproveOnboarding command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await FetchAsync(session, command.OnboardingId, command.ExpectedVersion, cancellation);
        var onboarding = stream.Aggregate!;
        var duplicate = await session.Query<Party>().Where(p => p.IdentityKey == onboarding.IdentityKey).FirstOrDefaultAsync(cancellation);

        var (approved, recorded) = onboarding.Approve(duplicate, command.ApprovedBy, clock.GetUtcNow());
        stream.AppendOne(approved);
        session.Events.StartStream<Party>(recorded.PartyCode, recorded);
        return OnboardingView.Of(onboarding.Apply(approved) with { Version = stream.CurrentVersion!.Value });
    }

    /// <summary>
    /// Rejection also refuses the objections the party filed while unverified (they were to be registered only once it was
    /// verified), so that a notice they suspended resumes rather than waiting for a party the registry will not know.
    /// </summary>
    public static async Task<OnboardingView> Handle(RejectOnboarding command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var stream = await FetchAsync(session, command.OnboardingId, command.ExpectedVersion, cancellation);
        var rejected = stream.Aggregate!.Reject(command.Reasons, command.RejectedBy, now);
        stream.AppendOne(rejected);
        await session.RefuseFiledByAsync(stream.Aggregate.PartyCode, ["异议人未通过实名认证（入驻申请已驳回）", .. command.Reasons], command.RejectedBy, now,
            deadlines, cancellation);
        return OnboardingView.Of(stream.Aggregate.Apply(rejected) with { Version = stream.CurrentVersion!.Value });
    }

    private static async Task<JasperFx.Events.IEventStream<Onboarding>> FetchAsync(IDocumentSession session, string id, long? expectedVersion, CancellationToken cancellation)
    {
        var stream = expectedVersion is { } expected
            ? await session.Events.FetchForWriting<Onboarding>(id, expected, cancellation)
            : await session.Events.FetchForWriting<Onboarding>(id, cancellation);
        return stream.Aggregate is null ? throw new Refusal(Refusals.OnboardingNotFound, ("onboarding", id)) : stream;
    }
}

public static class DecidingOnboardingEndpoints
{
    private static Task<IResult> DecideAsync(IMessageBus bus, object command, HttpContext http) =>
        bus.AnswerAsync(command, http, (OnboardingView onboarding) => ActAnswer.Ok(onboarding, onboarding.Version, RecordedBody.Of(onboarding)));

    public static void MapDecideOnboarding(this RouteGroupBuilder parties)
    {
        parties.MapPost("/onboarding/{onboardingId}/approve", (string onboardingId, HttpContext http, IMessageBus bus) =>
                DecideAsync(bus, new ApproveOnboarding(onboardingId, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("approveOnboarding")
            .WithSummary("Approve an onboarding — clerks only: the identity documents are verified, the party is recorded and may act.")
            .WithDescription("Records the party (its code, legal name and identifier as submitted) in the same transaction. An identifier recorded meanwhile is 409 `party-already-recorded`; a decided onboarding is 409 `onboarding-decided`. Objections the party filed while unverified may then be registered.")
            .Produces<OnboardingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        parties.MapPost("/onboarding/{onboardingId}/reject", (string onboardingId, ReasonsRequest request, HttpContext http, IMessageBus bus) =>
                DecideAsync(bus, new RejectOnboarding(onboardingId, ApplicationEndpoints.RequireReasons(request.Reasons, "reasons"),
                    http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("rejectOnboarding")
            .WithSummary("Reject an onboarding, with reasons — clerks only. The party may submit a new one.")
            .Produces<OnboardingView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

public static class GettingOnboardingEndpoint
{
    public static RouteHandlerBuilder MapGetOnboarding(this RouteGroupBuilder parties) =>
        parties.MapGet("/onboarding/{onboardingId}", async (string onboardingId, HttpContext http, IQuerySession session) =>
            {
                var onboarding = await session.LoadAsync<Onboarding>(onboardingId, http.RequestAborted);
                var actor = Actor.From(http.User);
                // Someone else's onboarding answers as one that does not exist: its identifier is personal information.
                if (onboarding is null || (!actor.IsClerk && actor.Role != RegistryRoles.Supervisor && !actor.Speaks(onboarding.PartyCode)))
                {
                    throw new Refusal(Refusals.OnboardingNotFound, ("onboarding", onboardingId));
                }

                http.Response.SetETag(onboarding.Version);
                return Results.Ok(OnboardingView.Of(onboarding));
            })
            .RequireAuthorization()
            .WithName("getOnboarding")
            .WithSummary("Read an onboarding — the party that submitted it, clerks and supervisors.")
            .WithDescription("Its state (submitted, approved, rejected), what was submitted and, once decided, when and with what reasons. The ETag is its version, for If-Match on a decision.")
            .AnswersWithETag()
            .Produces<OnboardingView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

public static class OnboardingQueueEndpoint
{
    /// <summary>The clerks' queue of onboardings, oldest first: what waits for a clerk to read the identity documents.</summary>
    public static RouteHandlerBuilder MapOnboardingQueue(this RouteGroupBuilder parties) =>
        parties.MapGet("/onboarding", async (string? state, int? page, int? pageSize, HttpContext http, IQuerySession session) =>
            {
                var (pageNumber, size) = Paging.Read(page, pageSize);
                var wanted = Paging.QueryEnum<OnboardingState>(state, "state");
                var query = session.Query<Onboarding>().AsQueryable();
                if (wanted is { } s)
                {
                    query = query.Where(o => o.State == s);
                }

                var found = await Marten.Pagination.PagedListQueryableExtensions.ToPagedListAsync(
                    query.OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id), pageNumber, size, http.RequestAborted);
                return Results.Ok(new Paged<OnboardingView>([.. found.Select(OnboardingView.Of)], pageNumber, size, found.TotalItemCount));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk, RegistryRoles.Supervisor))
            .WithName("listOnboardings")
            .WithSummary("The clerks' queue of onboardings (入驻申请), oldest first; `state=submitted` keeps those awaiting a decision.")
            .Produces<Paged<OnboardingView>>()
            .ProducesValidationProblem();
}
