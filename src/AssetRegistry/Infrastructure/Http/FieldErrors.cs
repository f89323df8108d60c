using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Collects what is wrong with a request, field by field, so that one 400 answer names every field at fault —
/// each fault with its code from the catalogue (<see cref="Refusals"/>), so that a page can show it by the field in
/// either language.
/// </summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public bool Any => _errors.Count > 0;

    /// <summary>The fault <paramref name="error"/> on <paramref name="field"/>; its sentence may name <c>{field}</c> and the <paramref name="specifics"/>.</summary>
    public void Add(string field, RefusalCode error, params (string Name, object? Value)[] specifics) =>
        _errors.Add(FieldError.Of(field, error, specifics));

    public void Add(IEnumerable<FieldError> errors) => _errors.AddRange(errors);

    /// <summary>An identifier that is not one (a credit code, an ID number, a registration number): its code by the kind of mistake.</summary>
    public void Add(string field, IdentifierError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(FieldError.Of(field, error));
    }

    /// <summary>Present, not blank, and at most <paramref name="maxLength"/> characters; returns whether it is.</summary>
    public bool RequireText(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, Refusals.Required);
            return false;
        }

        if (value.Length > maxLength)
        {
            Add(field, Refusals.TooLong, ("max", maxLength));
            return false;
        }

        return true;
    }

    public bool Require<T>(T? value, string field) where T : struct
    {
        if (value is null)
        {
            Add(field, Refusals.Required);
            return false;
        }

        return true;
    }

    public bool Require(object? value, string field)
    {
        if (value is null)
        {
            Add(field, Refusals.Required);
            return false;
        }

        return true;
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RequestValidationException(_errors.ToArray());
        }
    }

    public IReadOnlyList<FieldError> ToList() => _errors.ToArray();
}

/// <summary>One field's fault: the field, its code from the catalogue and the specifics its sentence names.</summary>
public sealed record FieldError(string Field, RefusalCode Code, IReadOnlyList<(string Name, object? Value)> Specifics)
{
    public static FieldError Of(string field, RefusalCode error, params (string Name, object? Value)[] specifics)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Status != StatusCodes.Status400BadRequest)
        {
            throw new ArgumentException($"'{error.Code}' is answered with {error.Status}, not as a field's fault.", nameof(error));
        }

        return new FieldError(field, error, [("field", field), .. specifics]);
    }

    public static FieldError Of(string field, IdentifierError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Of(field, error.Kind switch
        {
            IdentifierErrorKind.Empty => Refusals.Required,
            IdentifierErrorKind.Length => Refusals.WrongLength,
            IdentifierErrorKind.Character => Refusals.BadCharacter,
            IdentifierErrorKind.Check => Refusals.CheckCharacter,
            _ => Refusals.NotWellFormed,
        });
    }

    public string Describe(Language language) => Code.Detail.Render(language, Specifics);
}

/// <summary>The request is malformed; <see cref="Errors"/> names each field at fault.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IReadOnlyList<FieldError> errors, RefusalCode? code = null)
        : base(string.Join(" ", (errors ?? []).Select(e => e.Describe(Language.English))))
    {
        Errors = errors ?? [];
        Code = code ?? Refusals.InvalidFields;
    }

    public RequestValidationException() : this([]) { }
    public RequestValidationException(string message) : base(message) => (Errors, Code) = ([], Refusals.InvalidFields);
    public RequestValidationException(string message, Exception inner) : base(message, inner) => (Errors, Code) = ([], Refusals.InvalidFields);

    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>The problem's code: <c>invalid-fields</c> unless the whole request is at fault in one way (<c>malformed-json</c>).</summary>
    public RefusalCode Code { get; }

    public static RequestValidationException For(string field, RefusalCode error, params (string Name, object? Value)[] specifics) =>
        new([FieldError.Of(field, error, specifics)]);

    public static RequestValidationException For(string field, IdentifierError error) => new([FieldError.Of(field, error)]);
}
