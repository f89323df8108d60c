using System.Text.Json;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Turns every failure into RFC 9457 problem details with a stable <c>code</c>: the one place where
/// refusals, malformed input and concurrency conflicts become HTTP.
/// </summary>
public sealed class ProblemResponses(IProblemDetailsService problemDetails, ILogger<ProblemResponses> logger) : IExceptionHandler
{
    private static readonly TimeSpan RetryDatabaseAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var unavailable = AsTemporarilyUnavailable(exception);
        var problem = unavailable is not null
            ? Problem(StatusCodes.Status503ServiceUnavailable, unavailable.Code, unavailable.Title, unavailable.Message)
            : Describe(exception, httpContext);
        httpContext.Response.StatusCode = problem.Status ?? 500;
        if (unavailable is not null)
        {
            // Not the request's fault, and over in a while: say when to come back rather than log a stack trace.
            httpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            logger.LogWarning("{Code} on {Method} {Path}: {Reason}", unavailable.Code, httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(Exception exception, HttpContext context) => exception switch
    {
        RequestValidationException invalid => Validation(invalid.Errors),
        Refusal refusal => FromRefusal(refusal),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "precondition-failed",
            "The resource has changed", stale.Message),
        ConcurrencyException when context.Request.Headers.IfMatch.Count > 0 => Problem(StatusCodes.Status412PreconditionFailed,
            "precondition-failed", "The resource has changed", "The resource was changed since the version named in If-Match; read it again."),
        ConcurrencyException => Problem(StatusCodes.Status409Conflict, "concurrent-change", "Changed at the same moment",
            "Another request changed this record at the same moment; read it again and retry."),
        _ when IsStreamCollision(exception) => Problem(StatusCodes.Status409Conflict, "already-exists", "Already recorded",
            "A record with this identifier already exists."),
        BadHttpRequestException bad => FromBadRequest(bad),
        _ when FindUniqueViolation(exception) is { } violation => UniqueViolations.Describe(violation),
        _ => Problem(StatusCodes.Status500InternalServerError, "internal-error", "Internal error",
            "The registry could not complete the request; nothing was recorded unless a later read shows it."),
    };

    private static ProblemDetails FromRefusal(Refusal refusal)
    {
        if (refusal.Kind == RefusalKind.Invalid && refusal.Field is not null)
        {
            var validation = Validation(new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] });
            validation.Extensions["code"] = refusal.Code;
            return validation;
        }

        var status = refusal.Kind switch
        {
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
        var problem = Problem(status, refusal.Code, TitleOf(refusal.Code), refusal.Message);
        if (refusal.Field is not null)
        {
            problem.Extensions["field"] = refusal.Field;
        }

        return problem;
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "payload-too-large", "Request too large", bad.Message);
        }

        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            var message = json.InnerException is FormatException or InvalidOperationException || json.Message.StartsWith("The JSON value", StringComparison.Ordinal)
                ? $"'{field}' has a value of the wrong type or an unknown value."
                : json.Message.Split(" Path:", 2)[0];
            return Validation(new Dictionary<string, string[]> { [field] = [message] }, "malformed-json");
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type", bad.Message);
        }

        // Minimal APIs say which parameter failed to bind: 'Failed to bind parameter "int? page" from "x".'
        var binding = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"[^\"]*?(\\w+)\" from \"(.*)\"");
        if (binding.Success)
        {
            var field = binding.Groups[1].Value;
            return Validation(new Dictionary<string, string[]> { [field] = [$"'{binding.Groups[2].Value}' is not a valid value for '{field}'."] });
        }

        return Problem(bad.StatusCode, "bad-request", "Bad request", bad.Message);
    }

    /// <summary><c>$.identifier.number</c> → <c>identifier.number</c>; the body itself is <c>body</c>.</summary>
    private static string FieldOf(string? jsonPath)
    {
        var field = (jsonPath ?? "$").TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    // Marten throws its own ExistingStreamIdCollisionException, which does not derive from JasperFx's.
    private static bool IsStreamCollision(Exception exception) =>
        exception is ExistingStreamIdCollisionException || exception.GetType().Name == nameof(ExistingStreamIdCollisionException);

    /// <summary>
    /// PostgreSQL restarting or out of reach: the connection refused or broken (Npgsql's transient socket, I/O and
    /// timeout failures), the server shutting down (<c>57P01</c> admin, <c>57P02</c> crash), starting up
    /// (<c>57P03</c> cannot connect now) or out of connections — not a fault of the request, and over in seconds.
    /// A deadlock or serialization failure is transient too, but it is retried where it happens.
    /// </summary>
    private static TemporarilyUnavailable? AsTemporarilyUnavailable(Exception exception) =>
        exception as TemporarilyUnavailable
        ?? (IsDatabaseUnavailable(exception)
            ? new TemporarilyUnavailable("database-unavailable", "Database unavailable",
                $"The registry's database is restarting or out of reach; nothing was recorded. Retry in {RetryDatabaseAfter.TotalSeconds} seconds.", RetryDatabaseAfter)
            : null);

    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var unavailable = current switch
            {
                PostgresException postgres => postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                    or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
                    || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
                NpgsqlException npgsql => npgsql.IsTransient,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }

    private static PostgresException? FindUniqueViolation(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
            {
                return unique;
            }
        }

        return null;
    }

    public static ValidationProblemDetails Validation(IDictionary<string, string[]> errors, string code = "invalid-fields")
    {
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
            Type = TypeOf(code),
        };
        problem.Extensions["code"] = code;
        return problem;
    }

    public static ProblemDetails Problem(int status, string code, string title, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeOf(code) };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static string TypeOf(string code) => $"https://asset-registry.example/problems/{code}";

    private static string TitleOf(string code)
    {
        var words = code.Replace('-', ' ');
        return string.Concat(char.ToUpperInvariant(words[0]).ToString(), words[1..]);
    }
}
