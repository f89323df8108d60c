using System.Security.Cryptography;
using Marten;
using JasperFx;

namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on POST: the first request with a key claims it (a row insert, which only one can
/// win) and its response is kept; a retry gets that response again and records nothing twice; a retry that
/// arrives while the first is still running waits for it. A key reused with a different request is refused.
/// A request that fails (an exception) releases its key, since it recorded nothing.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IDocumentStore store, TimeProvider clock, ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 255;
    private const int MaxKeptBody = 1024 * 1024;
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key))
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [Header] = [$"{Header} may have at most {MaxKeyLength} characters."],
            });
        }

        var caller = context.User.FindFirst("sub")?.Value ?? "anonymous";
        var id = $"{caller}|{key}";
        var fingerprint = await FingerprintAsync(context.Request);

        if (!await TryClaimAsync(id, fingerprint, context.RequestAborted))
        {
            await ReplayAsync(context, id, fingerprint);
            return;
        }

        await RunAndKeepAsync(context, id, fingerprint);
    }

    private async Task<bool> TryClaimAsync(string id, string fingerprint, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.Insert(new IdempotentRequest { Id = id, RequestFingerprint = fingerprint, ClaimedAt = clock.GetUtcNow() });
        try
        {
            await session.SaveChangesAsync(cancellation);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task RunAndKeepAsync(HttpContext context, string id, string fingerprint)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await ReleaseAsync(id);
            throw;
        }

        context.Response.Body = original;
        var body = buffer.ToArray();
        var kept = new IdempotentRequest
        {
            Id = id,
            RequestFingerprint = fingerprint,
            ClaimedAt = clock.GetUtcNow(),
            Completed = true,
            StatusCode = context.Response.StatusCode,
            ContentType = context.Response.ContentType,
            Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
            Body = body.Length <= MaxKeptBody ? body : [],
        };

        if (context.Response.StatusCode >= 500)
        {
            await ReleaseAsync(id);
        }
        else
        {
            await using var session = store.LightweightSession();
            session.Store(kept);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        await original.WriteAsync(body, context.RequestAborted);
    }

    private async Task ReplayAsync(HttpContext context, string id, string fingerprint)
    {
        // Real time, not the registry clock: the development clock may jump, and this waits on a peer.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            await using var session = store.QuerySession();
            var first = await session.LoadAsync<IdempotentRequest>(id, context.RequestAborted);
            if (first is null)
            {
                // The first attempt failed and released the key: this one takes its place.
                if (await TryClaimAsync(id, fingerprint, context.RequestAborted))
                {
                    await RunAndKeepAsync(context, id, fingerprint);
                    return;
                }

                continue;
            }

            if (first.RequestFingerprint != fingerprint)
            {
                throw new Refusal("idempotency-key-reused",
                    $"This {Header} was used before for a different request; use a new key for a new request.", Header,
                    RefusalKind.Invalid);
            }

            if (first.Completed)
            {
                logger.LogInformation("Replaying the response kept for {Header} {Key}", Header, id);
                context.Response.StatusCode = first.StatusCode;
                context.Response.ContentType = first.ContentType;
                if (first.Location is not null)
                {
                    context.Response.Headers.Location = first.Location;
                }

                if (first.ETag is not null)
                {
                    context.Response.Headers.ETag = first.ETag;
                }

                context.Response.Headers["Idempotent-Replayed"] = "true";
                await context.Response.Body.WriteAsync(first.Body, context.RequestAborted);
                return;
            }

            if (waited.Elapsed > WaitForFirst)
            {
                throw new Refusal("idempotency-key-in-use",
                    $"A request with this {Header} is still being processed; retry later.", Header);
            }

            await Task.Delay(pause, context.RequestAborted);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 250));
        }
    }

    private async Task ReleaseAsync(string id)
    {
        await using var session = store.LightweightSession();
        session.Delete<IdempotentRequest>(id);
        await session.SaveChangesAsync(CancellationToken.None);
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
