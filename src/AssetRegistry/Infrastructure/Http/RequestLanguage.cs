using Microsoft.Net.Http.Headers;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The language a request's problem details are written in: Chinese, the registry's own, unless
/// <c>Accept-Language</c> prefers English (RFC 9110 §12.5.4: the highest q-value wins, q=0 means "not this one",
/// ties go to the first listed). A language the registry does not speak is passed over; none left means Chinese.
/// </summary>
public static class RequestLanguage
{
    public const string ChineseTag = "zh-CN";
    public const string EnglishTag = "en";

    public static Language Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            return Language.Chinese;
        }

        Language? chosen = null;
        var best = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= best || Spoken(range.Value.Value) is not { } language)
            {
                continue;
            }

            (chosen, best) = (language, quality);
        }

        return chosen ?? Language.Chinese;
    }

    public static string TagOf(Language language) => language == Language.English ? EnglishTag : ChineseTag;

    private static Language? Spoken(string? range) =>
        range is null ? null
        : range == "*" || Is(range, "zh") ? Language.Chinese
        : Is(range, "en") ? Language.English
        : null;

    // "en", "en-GB", "EN-us" are English; "eng" or "enx" are not.
    private static bool Is(string range, string primary) =>
        range.StartsWith(primary, StringComparison.OrdinalIgnoreCase) && (range.Length == primary.Length || range[primary.Length] == '-');
}
