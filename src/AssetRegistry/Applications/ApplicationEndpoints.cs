using AssetRegistry.Infrastructure.Http;
using Wolverine;

namespace AssetRegistry.Applications;

/// <summary>What every act on an application does at the HTTP edge once its command is built.</summary>
public static class ApplicationEndpoints
{
    public static async Task<IResult> DecideAsync(this IMessageBus bus, object command, HttpContext http)
    {
        var application = await bus.InvokeAsync<ApplicationView>(command, http.RequestAborted);
        http.Response.SetETag(application.Version);
        return Results.Ok(application);
    }

    /// <summary>A new application: 201 with its location and ETag.</summary>
    public static async Task<IResult> SubmitAsync(this IMessageBus bus, object command, HttpContext http)
    {
        var application = await bus.InvokeAsync<ApplicationView>(command, http.RequestAborted);
        http.Response.SetETag(application.Version);
        return Results.Created($"/api/applications/{application.ApplicationId}", application);
    }

    public static IReadOnlyList<string> RequireReasons(IReadOnlyList<string>? reasons, string field)
    {
        var errors = new FieldErrors();
        if (reasons is not { Count: > 0 })
        {
            errors.Add(field, $"Give at least one entry in '{field}'.");
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
