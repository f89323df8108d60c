namespace AssetRegistry;

/// <summary>
/// A rule of the registry says no. Every refusal has a stable, machine-readable <see cref="Code"/>
/// (<c>asset-under-objection</c>), a sentence a clerk understands and, where one field is at fault, its name.
/// Deciders throw it; the HTTP edge turns it into problem details (409 unless the kind says otherwise).
/// </summary>
public sealed class Refusal : Exception
{
    public Refusal(string code, string detail, string? field = null, RefusalKind kind = RefusalKind.Conflict)
        : base(detail)
    {
        Code = code;
        Field = field;
        Kind = kind;
    }

    public Refusal() : this("refused", "The registry refused the request.") { }
    public Refusal(string message) : this("refused", message) { }
    public Refusal(string message, Exception innerException) : base(message, innerException) => Code = "refused";

    public string Code { get; }
    public string? Field { get; }
    public RefusalKind Kind { get; }

    public static Refusal NotFound(string code, string detail) => new(code, detail, kind: RefusalKind.NotFound);
    public static Refusal Forbidden(string code, string detail) => new(code, detail, kind: RefusalKind.Forbidden);
    public static Refusal Invalid(string field, string detail) => new("invalid-field", detail, field, RefusalKind.Invalid);
}

public enum RefusalKind
{
    /// <summary>The current state does not allow the act (409).</summary>
    Conflict,
    /// <summary>A well-formed identifier names nothing (404).</summary>
    NotFound,
    /// <summary>The actor may not do this (403).</summary>
    Forbidden,
    /// <summary>A field's value breaks a rule that needs no state (400).</summary>
    Invalid,
}
