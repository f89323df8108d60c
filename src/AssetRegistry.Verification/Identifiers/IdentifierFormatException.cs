namespace AssetRegistry.Verification.Identifiers;

/// <summary>Thrown by the <c>Parse</c> and <c>Create</c> methods of identifiers; carries what is wrong.</summary>
public sealed class IdentifierFormatException : FormatException
{
    public IdentifierFormatException(IdentifierError error)
        : this([error])
    {
    }

    public IdentifierFormatException(IReadOnlyList<IdentifierError> errors)
        : base(MessageOf(errors))
    {
        Errors = errors;
    }

    /// <summary>The first (for most identifiers, the only) thing that is wrong.</summary>
    public IdentifierError Error => Errors[0];

    /// <summary>Everything found wrong; more than one only when several inputs were checked at once.</summary>
    public IReadOnlyList<IdentifierError> Errors { get; }

    private static string MessageOf(IReadOnlyList<IdentifierError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An identifier format exception needs at least one error.", nameof(errors));
        }

        return string.Join(" ", errors.Select(e => e.Message));
    }
}
