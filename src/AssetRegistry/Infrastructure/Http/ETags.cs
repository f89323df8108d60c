using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// A resource's entity tag is its event stream's version: a write with <c>If-Match</c> succeeds only if
/// nothing was recorded on the stream since the client read it.
/// </summary>
public static class ETags
{
    public static string ForVersion(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, long version) =>
        response.Headers.ETag = ForVersion(version);

    /// <summary>
    /// The stream version the client expects, from <c>If-Match</c>; null when absent or <c>*</c>.
    /// A weak or unparseable tag can never match a version (RFC 9110 §13.1.1 uses strong comparison): 412.
    /// </summary>
    public static long? ExpectedVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParseList([header], out var tags) && tags.Count == 1 && !tags[0].IsWeak
            && long.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new PreconditionFailedException("If-Match must be one strong entity tag, as given in this resource's ETag.");
    }
}

/// <summary>The client's <c>If-Match</c> does not match the resource's current version (412).</summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException() : this("The resource has changed since it was read.") { }
    public PreconditionFailedException(string message) : base(message) { }
    public PreconditionFailedException(string message, Exception inner) : base(message, inner) { }
}
