using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Writes problem details as <c>application/problem+json</c> whatever the request's <c>Accept</c> says. ASP.NET
/// Core's own writer declines a client that accepts only <c>text/html</c>: the error then goes out with an empty
/// body and the exception handler logs the refusal as unhandled. An answer in a format the client did not list
/// beats no answer (RFC 9110 §12.5.1 lets a server disregard <c>Accept</c>), and every answer keeps its <c>code</c>.
/// The title, detail and fields' sentences are written in the language <c>Accept-Language</c> chooses
/// (<see cref="RequestLanguage"/>), said in <c>Content-Language</c>; the codes are the same in every language.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problems.Value.CustomizeProblemDetails?.Invoke(context);

        var language = RequestLanguage.Of(context.HttpContext.Request);
        if (problem is RegistryProblem registry)
        {
            registry.Localize(language);
        }
        else if (Refusals.Find(problem.Extensions.TryGetValue("code", out var code) ? code as string : null) is { } entry)
        {
            // A problem ASP.NET Core made (a status code page: 401, 404, 405): the catalogue's words for its code.
            problem.Type ??= ProblemResponses.TypeOf(entry.Code);
            problem.Title = entry.Title.In(language);
            problem.Detail = entry.Detail.Placeholders(language).Count == 0 ? entry.Detail.In(language) : problem.Detail;
        }

        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        response.Headers.ContentLanguage = RequestLanguage.TagOf(language);
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem is RegistryProblem ? typeof(Microsoft.AspNetCore.Mvc.ProblemDetails) : problem.GetType(),
            json.Value.SerializerOptions, ContentType, context.HttpContext.RequestAborted));
    }
}
