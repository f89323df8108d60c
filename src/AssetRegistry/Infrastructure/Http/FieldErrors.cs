namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Collects what is wrong with a request, field by field, so that one 400 answer names every field at fault.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Present, not blank, and at most <paramref name="maxLength"/> characters; returns whether it is.</summary>
    public bool RequireText(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"'{field}' is required.");
            return false;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"'{field}' may have at most {maxLength} characters; it has {value.Length}.");
            return false;
        }

        return true;
    }

    public bool Require<T>(T? value, string field) where T : struct
    {
        if (value is null)
        {
            Add(field, $"'{field}' is required.");
            return false;
        }

        return true;
    }

    public bool Require(object? value, string field)
    {
        if (value is null)
        {
            Add(field, $"'{field}' is required.");
            return false;
        }

        return true;
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RequestValidationException(ToDictionary());
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>The request is malformed; <see cref="Errors"/> names each field at fault.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IDictionary<string, string[]> errors)
        : base("The request has invalid fields.") => Errors = errors;

    public RequestValidationException() : this(new Dictionary<string, string[]>()) { }
    public RequestValidationException(string message) : base(message) => Errors = new Dictionary<string, string[]>();
    public RequestValidationException(string message, Exception inner) : base(message, inner) => Errors = new Dictionary<string, string[]>();

    public IDictionary<string, string[]> Errors { get; }

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
