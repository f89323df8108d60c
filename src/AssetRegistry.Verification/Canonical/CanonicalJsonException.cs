namespace AssetRegistry.Verification.Canonical;

/// <summary>
/// The input has no canonical form under RFC 8785: not I-JSON (RFC 7493) — a duplicate member name, a
/// lone surrogate, a number that is not a finite IEEE 754 double — or not JSON at all.
/// </summary>
public sealed class CanonicalJsonException : FormatException
{
    public CanonicalJsonException()
    {
    }

    public CanonicalJsonException(string message)
        : base(message)
    {
    }

    public CanonicalJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
