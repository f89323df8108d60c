using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Freezes;

public static class FreezesEndpoints
{
    /// <summary>Maps the judicial freezes of an asset on the <c>/api/assets</c> group.</summary>
    public static void MapFreezes(this RouteGroupBuilder assets)
    {
        assets.MapPost("/{registrationNumber}/freezes", async (string registrationNumber, FreezeRequest request, HttpContext http, IMessageBus bus) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                var errors = new FieldErrors();
                errors.RequireText(request.Court, "court", 200);
                errors.RequireText(request.CaseNumber, "caseNumber", 100);
                var order = Fingerprints.Validate(request.OrderFingerprint, "orderFingerprint", errors);
                errors.ThrowIfAny();

                var command = new FreezeAsset(number, Guid.CreateVersion7().ToString(),
                    new FreezeOrder(request.Court!.Trim(), request.CaseNumber!.Trim(), order!, request.EndsOn), http.Request.ExpectedVersion(), Actor.From(http.User));
                return await bus.AnswerAsync(command, http, (FreezeDecision decision) =>
                    ActAnswer.Created($"/api/assets/{number}/freezes/{decision.Freeze.FreezeId}", decision.Freeze, decision.AssetVersion, RecordedBody.Of(decision)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("freezeAsset")
            .WithSummary("Record a court's freeze order (查封) on an asset — clerks only. While it stands, transfer, license, pledge and cancellation are refused (`asset-frozen`).")
            .WithDescription("`orderFingerprint` cites the uploaded order. With `endsOn` the freeze ends by itself at 24:00 China Standard Time of that day. "
                + "If-Match (the asset's ETag) is honoured. A cancelled asset cannot be frozen (`asset-cancelled`); the same court and case twice is `freeze-already-recorded`.")
            .Produces<FreezeView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        assets.MapPost("/{registrationNumber}/freezes/{freezeId}/release", async (string registrationNumber, string freezeId, ReleaseRequest request,
                HttpContext http, IMessageBus bus) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                var errors = new FieldErrors();
                var order = Fingerprints.Validate(request.OrderFingerprint, "orderFingerprint", errors);
                errors.ThrowIfAny();

                return await bus.AnswerAsync(new ReleaseFreeze(number, freezeId, order!, http.Request.ExpectedVersion(), Actor.From(http.User)), http,
                    (FreezeDecision decision) => ActAnswer.Ok(decision.Freeze, decision.AssetVersion, RecordedBody.Of(decision)));
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("releaseFreeze")
            .WithSummary("Record the court's release order (解除查封): the freeze is lifted — clerks only.")
            .WithDescription("`orderFingerprint` cites the uploaded release order. An unknown freeze is 404 `freeze-not-found`; one already released or past its term is 409 `freeze-already-lifted`.")
            .Produces<FreezeView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        assets.MapGet("/{registrationNumber}/freezes", async (string registrationNumber, HttpContext http, IQuerySession session, TimeProvider clock) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                var (version, freezes) = await FreezesOfAsync(session, number, clock.GetUtcNow(), http.RequestAborted);
                http.Response.SetETag(version);
                return Results.Ok(freezes);
            })
            .RequireAuthorization()
            .WithName("listFreezes")
            .WithDescription("Each freeze with the court's order, the case number, its term, whether it still stands and, once lifted, when and how (released by order, or its term ended). The ETag is the asset's version.")
            .AnswersWithETag()
            .WithSummary("Every freeze recorded on an asset, oldest first: court, case, term, whether it stands, when and how it was lifted.")
            .Produces<IReadOnlyList<FreezeView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        assets.MapGet("/{registrationNumber}/freezes/{freezeId}", async (string registrationNumber, string freezeId, HttpContext http, IQuerySession session,
                TimeProvider clock) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                var (version, freezes) = await FreezesOfAsync(session, number, clock.GetUtcNow(), http.RequestAborted);
                var freeze = freezes.FirstOrDefault(f => f.FreezeId == freezeId)
                    ?? throw new Refusal(Refusals.FreezeNotFound, ("number", number), ("freeze", freezeId));
                http.Response.SetETag(version);
                return Results.Ok(freeze);
            })
            .RequireAuthorization()
            .WithName("getFreeze")
            .WithDescription("One freeze by its id, as in the asset's list of freezes. The ETag is the asset's version; an unknown asset or freeze is 404.")
            .AnswersWithETag()
            .WithSummary("One freeze on an asset.")
            .Produces<FreezeView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>From the stream itself, so that each freeze shows how it was lifted; the version is the asset's.</summary>
    private static async Task<(long Version, IReadOnlyList<FreezeView> Freezes)> FreezesOfAsync(IQuerySession session, string number,
        DateTimeOffset now, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(number, token: cancellation);
        if (events.Count == 0)
        {
            throw new Refusal(Refusals.AssetNotFound, ("number", number));
        }

        return (events[^1].Version, FreezeView.AllOf(number, events.Select(e => e.Data), now));
    }
}
