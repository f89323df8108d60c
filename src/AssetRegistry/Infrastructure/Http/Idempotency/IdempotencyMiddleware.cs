using System.Security.Cryptography;
using AssetRegistry.Security;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on POST. Nothing is claimed up front: the act records its own outcome in its transaction
/// (<see cref="OutcomesInTheActsTransaction"/>), so after a crash, a lost response or a database failure a retry finds
/// either that outcome — and gets its status, <c>Location</c> and ETag again, the body read at the recorded version —
/// or none, and runs as a first attempt. A request that fails because a concurrent retry with the same key committed
/// first gets that retry's answer. A key reused for a different request is refused; a key on an anonymous request too,
/// since keys belong to a user and the party the user acts for.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IDocumentStore store, TimeProvider clock, IOptions<JsonOptions> json,
    ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key)
            || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentByContent>() is not null)
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            throw RequestValidationException.For(Header, Refusals.TooLong, ("max", MaxKeyLength));
        }

        var user = context.User.FindFirst(Actor.SubjectClaim)?.Value;
        if (string.IsNullOrEmpty(user))
        {
            throw new Refusal(Refusals.IdempotencyKeyAnonymous, Header, ("header", Header));
        }

        var request = new KeyedRequest(user, context.User.FindFirst(Actor.PartyClaim)?.Value, key, await FingerprintAsync(context.Request));
        if (await RecordedAsync(request, context.RequestAborted) is { } recorded)
        {
            await ReplayAsync(context, request, recorded);
            return;
        }

        context.Features.Set(request);
        try
        {
            await next(context);
        }
        catch
        {
            // Most often a concurrent retry with this key committed first and this run failed on the outcome's key (or on
            // the act's own uniqueness): its answer is this request's answer too.
            var twin = await RecordedAsync(request, CancellationToken.None);
            if (twin is null || context.Response.HasStarted)
            {
                throw;
            }

            context.Response.Clear();
            await ReplayAsync(context, request, twin);
        }
    }

    /// <summary>
    /// The outcome recorded under the request's key, unless it has expired. An expired outcome is ignored from the
    /// instant it expires, and removed here so that the key's next act can record its own (see also
    /// <see cref="ExpiredOutcomesSweep"/>); only a still-expired row is removed, never one a concurrent act just wrote.
    /// </summary>
    private async Task<IdempotentOutcome?> RecordedAsync(KeyedRequest request, CancellationToken cancellation)
    {
        await using var query = store.QuerySession();
        var outcome = await query.LoadAsync<IdempotentOutcome>(request.OutcomeId, cancellation);
        var now = clock.GetUtcNow();
        if (outcome is null || outcome.ExpiresAt > now)
        {
            return outcome;
        }

        await using var session = store.LightweightSession();
        session.DeleteWhere<IdempotentOutcome>(o => o.Id == request.OutcomeId && o.ExpiresAt <= now);
        await session.SaveChangesAsync(cancellation);
        return null;
    }

    private async Task ReplayAsync(HttpContext context, KeyedRequest request, IdempotentOutcome outcome)
    {
        if (outcome.RequestFingerprint != request.Fingerprint)
        {
            throw new Refusal(Refusals.IdempotencyKeyReused, Header, ("header", Header));
        }

        await using var query = store.QuerySession();
        var body = await outcome.Body.ReadAsync(query, outcome.RecordedAt, context.RequestAborted)
            ?? throw new InvalidOperationException($"The answer recorded under {Header} {outcome.Id} names {outcome.Body}, which cannot be read.");

        logger.LogInformation("Replaying the answer recorded for {Header} {Outcome}", Header, outcome.Id);
        context.Response.StatusCode = outcome.StatusCode;
        if (outcome.Location is not null)
        {
            context.Response.Headers.Location = outcome.Location;
        }

        if (outcome.Version is { } version)
        {
            context.Response.SetETag(version);
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.WriteAsJsonAsync(body, body.GetType(), json.Value.SerializerOptions, context.RequestAborted);
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

/// <summary>
/// Marks an endpoint whose repeats are harmless by what it is given (an upload is stored by its fingerprint, so the
/// same bytes answer the same fingerprint): an <c>Idempotency-Key</c> on it is accepted and needs no record.
/// </summary>
public sealed class IdempotentByContent;
