using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Applies an endpoint's body-size limit (<see cref="IRequestSizeLimitMetadata"/>) before anything reads the
/// body: a declared length over it is refused at once with 413, and the server stops reading a chunked body
/// at the limit. Runs after routing, so that the endpoint is known.
/// </summary>
public sealed class RequestSizeLimits(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit)
        {
            if (context.Request.ContentLength > limit)
            {
                throw new Refusal(Refusals.PayloadTooLarge, ("max", limit));
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }
        }

        return next(context);
    }
}
