using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using Wolverine;

namespace AssetRegistry.Applications;

/// <summary>What every act on an application does at the HTTP edge once its command is built.</summary>
public static class ApplicationEndpoints
{
    public static Task<IResult> DecideAsync(this IMessageBus bus, object command, HttpContext http) =>
        bus.AnswerAsync(command, http, (ApplicationView application) => ActAnswer.Ok(application, application.Version, RecordedBody.Of(application)));

    /// <summary>A new application: 201 with its location and ETag.</summary>
    public static Task<IResult> SubmitAsync(this IMessageBus bus, object command, HttpContext http) =>
        bus.AnswerAsync(command, http, (ApplicationView application) =>
            ActAnswer.Created($"/api/applications/{application.ApplicationId}", application, application.Version, RecordedBody.Of(application)));

    public static IReadOnlyList<string> RequireReasons(IReadOnlyList<string>? reasons, string field)
    {
        var errors = new FieldErrors();
        if (reasons is not { Count: > 0 })
        {
            errors.Add(field, Refusals.Required);
        }
        else
        {
            for (var i = 0; i < reasons.Count; i++)
            {
                errors.RequireText(reasons[i], $"{field}[{i}]", 2000);
            }
        }

        errors.ThrowIfAny();
        return reasons!.Select(r => r.Trim()).ToArray();
    }
}
