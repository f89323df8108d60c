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
            ? Problem(unavailable.Entry, unavailable.Specifics.ToArray())
            : Describe(exception, httpContext);
        httpContext.Response.StatusCode = problem.Status ?? 500;
        if (unavailable is not null)
        {
            // Not the request's fault, and over in a while: say when to come back rather than log a stack trace.
            httpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            logger.LogWarning("{Code} on {Method} {Path}: {Reason}", unavailable.Entry.Code, httpContext.Request.Method, httpContext.Request.Path, exception.Message);
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

    private static RegistryProblem Describe(Exception exception, HttpContext context) => exception switch
    {
        RequestValidationException invalid => Validation(invalid.Errors, invalid.Code),
        Refusal refusal => FromRefusal(refusal),
        PreconditionFailedException => Problem(Refusals.PreconditionFailed),
        ConcurrencyException when context.Request.Headers.IfMatch.Count > 0 => Problem(Refusals.PreconditionFailed),
        ConcurrencyException => Problem(Refusals.ConcurrentChange),
        _ when IsStreamCollision(exception) => Problem(Refusals.AlreadyExists),
        BadHttpRequestException bad => FromBadRequest(bad, context),
        _ when FindUniqueViolation(exception) is { } violation => UniqueViolations.Describe(violation),
        _ => Problem(Refusals.InternalError),
    };

    private static RegistryProblem FromRefusal(Refusal refusal)
    {
        if (refusal.Field is not null && (refusal.FieldError is not null || refusal.Entry.Status == StatusCodes.Status400BadRequest))
        {
            // The field's own fault in errors; the problem's code is invalid-field (or another the refusal names), or the field's own when it is about the field alone.
            return Validation([FieldError.Of(refusal.Field, refusal.FieldError ?? refusal.Entry, refusal.Specifics.ToArray())], refusal.Entry);
        }

        var problem = Problem(refusal.Entry, refusal.Specifics.ToArray());
        if (refusal.Field is not null)
        {
            problem.Extensions["field"] = refusal.Field;
        }

        return problem;
    }

    private static RegistryProblem FromBadRequest(BadHttpRequestException bad, HttpContext context)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(Refusals.PayloadTooLarge, ("max", context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize));
        }

        if (bad.InnerException is JsonException { Message: var unmapped } member && unmapped.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            // Refused rather than ignored (a misspelt optional member would vanish); the problem is the member's.
            return Validation([FieldError.Of(UnknownMember(member), Refusals.UnknownMember)], Refusals.UnknownMember);
        }

        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            var error = json.InnerException is FormatException or InvalidOperationException || json.Message.StartsWith("The JSON value", StringComparison.Ordinal)
                ? FieldError.Of(field, Refusals.WrongType)
                : FieldError.Of(field, Refusals.NotJson, ("line", (json.LineNumber ?? 0) + 1), ("position", json.BytePositionInLine ?? 0));
            return Validation([error], Refusals.MalformedJson);
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(Refusals.UnsupportedMediaType);
        }

        // Minimal APIs say which parameter failed to bind: 'Failed to bind parameter "int? page" from "x".'
        var binding = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"[^\"]*?(\\w+)\" from \"(.*)\"");
        if (binding.Success)
        {
            var field = binding.Groups[1].Value;
            return Validation([FieldError.Of(field, Refusals.NotAValue, ("value", binding.Groups[2].Value))]);
        }

        return Problem(Refusals.BadRequest);
    }

    /// <summary>The unknown member's path: System.Text.Json names the member in its message, and its path in <c>Path</c> (its holder's, or its own).</summary>
    private static string UnknownMember(JsonException exception)
    {
        var name = System.Text.RegularExpressions.Regex.Match(exception.Message, "property '([^']*)'").Groups[1].Value;
        var path = FieldOf(exception.Path);
        return path == "body" ? name : path.EndsWith(name, StringComparison.Ordinal) ? path : $"{path}.{name}";
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
            ? new TemporarilyUnavailable(Refusals.DatabaseUnavailable, RetryDatabaseAfter, ("seconds", RetryDatabaseAfter.TotalSeconds))
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

    /// <summary>400 naming every field at fault, each with its code; <c>invalid-fields</c> unless <paramref name="code"/> says otherwise.</summary>
    public static RegistryProblem Validation(IReadOnlyList<FieldError> errors, RefusalCode? code = null) =>
        new(code ?? Refusals.InvalidFields, [], errors);

    /// <summary>The problem for a catalogue entry, filled with <paramref name="specifics"/>; written in the request's language.</summary>
    public static RegistryProblem Problem(RefusalCode refusal, params (string Name, object? Value)[] specifics) => new(refusal, specifics, []);

    public static string TypeOf(string code) => $"https://asset-registry.example/problems/{code}";
}

/// <summary>
/// Problem details made from the catalogue: the code, status and type are fixed when made, the title, detail and each
/// field's sentence when written (<see cref="ProblemJsonWriter"/>), in the language the request asks for.
/// </summary>
public sealed class RegistryProblem : ProblemDetails
{
    public RegistryProblem(RefusalCode refusal, IReadOnlyList<(string Name, object? Value)> specifics, IReadOnlyList<FieldError> fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Refusal = refusal;
        Specifics = specifics;
        FieldErrors = fieldErrors;
        Status = refusal.Status;
        Type = ProblemResponses.TypeOf(refusal.Code);
        Extensions["code"] = refusal.Code;
        Localize(Language.English);
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public RefusalCode Refusal { get; }

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<(string Name, object? Value)> Specifics { get; }

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<FieldError> FieldErrors { get; }

    /// <summary>Title, detail and the fields' sentences in <paramref name="language"/>; the codes stay as they are.</summary>
    public void Localize(Language language)
    {
        Title = Refusal.Title.In(language);
        if (FieldErrors.Count == 0)
        {
            Detail = Refusal.Detail.Render(language, Specifics);
            return;
        }

        var errors = new Dictionary<string, List<FieldErrorAnswer>>(StringComparer.Ordinal);
        foreach (var error in FieldErrors)
        {
            if (!errors.TryGetValue(error.Field, out var answers))
            {
                errors[error.Field] = answers = [];
            }

            answers.Add(new FieldErrorAnswer(error.Code.Code, error.Describe(language)));
        }

        Extensions["errors"] = errors;
        Detail = string.Join(language == Language.English ? " " : "", FieldErrors.Select(e => e.Describe(language)));
    }
}

/// <summary>One fault of a field as answered: its code and its sentence.</summary>
public sealed record FieldErrorAnswer(string Code, string Detail);
