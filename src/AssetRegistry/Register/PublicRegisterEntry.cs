using AssetRegistry.Assets;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Register;

/// <summary>
/// One completed registration as the public register (公告) shows it: public fields only — who holds, what,
/// which registration, with whom, when, and for a change which fields — never fingerprints, review-report
/// details, terms, grounds or an individual's code. <see cref="Id"/> is the event's id: stable, so a reader
/// paging newest-first while registrations arrive can tell an entry it has already seen.
/// </summary>
public sealed record PublicRegisterEntry(
    Guid Id,
    string RegistrationNumber,
    AssetKind AssetKind,
    string AssetName,
    RegistrationKind Kind,
    string HolderName,
    string? HolderCode,
    string? CounterpartyName,
    DateTimeOffset RecordedAt,
    IReadOnlyList<string>? ChangedFields = null)
{
    /// <summary>
    /// An organisation's unified social credit code is public (it is on its business licence); any other party
    /// code — a natural person's, a foreign party's — is the registry's own and stays out of the public register.
    /// </summary>
    public static string? PublicCodeOf(string partyCode) =>
        UnifiedSocialCreditCode.TryParse(partyCode, out var code, out _) ? code.Value : null;
}
