namespace AssetRegistry.Verification.Identifiers;

/// <summary>
/// Why a text is not a valid identifier, said so that a registration clerk can fix it.
/// </summary>
/// <remarks>
/// The message never repeats the whole input: some identifiers (resident identity numbers)
/// are personal information and error messages end up in logs.
/// </remarks>
/// <param name="Kind">What kind of mistake it is.</param>
/// <param name="Message">One English sentence (or two) describing the mistake.</param>
/// <param name="Position">
/// 1-based position of the offending character in the folded text that was read (for an input checked
/// on its own, as by <see cref="IdentityDocument.TryCreate"/>, within that input), when one character is to blame.
/// </param>
/// <param name="Field">For identifiers built from several inputs, the input that is wrong (e.g. <c>IssuingCountry</c>).</param>
public sealed record IdentifierError(
    IdentifierErrorKind Kind,
    string Message,
    int? Position = null,
    string? Field = null);
