using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Documents;

public static class Fingerprints
{
    /// <summary>A document fingerprint from a request, lower-case; a malformed one is reported on the field.</summary>
    public static string? Validate(string? text, string field, FieldErrors errors, bool required = true)
    {
        if (text is null && !required)
        {
            return null;
        }

        if (!errors.RequireText(text, field, 64))
        {
            return null;
        }

        if (Sha256Fingerprint.TryParse(text, out var fingerprint))
        {
            return fingerprint.Value;
        }

        errors.Add(field, Refusals.NotAFingerprint);
        return null;
    }
}
