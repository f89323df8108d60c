using AssetRegistry.Transferring;
using AssetRegistry.Objections;
using AssetRegistry.Licensing;
using AssetRegistry.Cancelling;
using AssetRegistry.Corrections;
using AssetRegistry.Changing;
using AssetRegistry.Freezes;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Verification.Identifiers;
using JasperFx.Events;

namespace AssetRegistry.Register;

/// <summary>Who the other party of a registration is, as the register and the certificate name it.</summary>
public enum CounterpartyRole
{
    /// <summary>被许可人: the party a license is granted to (license, a change of its terms, its cancellation).</summary>
    Licensee,
    /// <summary>原持有人: the holder a transfer, or a correction that names another holder, took the asset from.</summary>
    PreviousHolder,
    /// <summary>异议人: the party whose objection was registered, or ended.</summary>
    Objector,
    /// <summary>法院: the court whose order froze the asset, or whose freeze ended.</summary>
    Court,
}

/// <summary>
/// One completed registration as the public register (公告) shows it: public fields only — who holds after it, what,
/// which registration, with whom and in what role, when, and for a change which fields — never fingerprints,
/// review-report details, terms, grounds or an individual's code. <see cref="Id"/> is the event's id: stable, so a reader
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
    public CounterpartyRole? CounterpartyRole { get; init; }

    /// <summary>The counterparty's code when it is public (an organisation's credit code), as <see cref="HolderCode"/>.</summary>
    public string? CounterpartyCode { get; init; }

    /// <summary>
    /// An organisation's unified social credit code is public (it is on its business licence); any other party
    /// code — a natural person's, a foreign party's — is the registry's own and stays out of the public register.
    /// </summary>
    public static string? PublicCodeOf(string partyCode) =>
        UnifiedSocialCreditCode.TryParse(partyCode, out var code, out _) ? code.Value : null;

    /// <summary>
    /// The entry for <paramref name="event"/>, from the events alone: the asset as it stood just before the event
    /// (<paramref name="before"/>, null for the initial registration) and just after it (<paramref name="after"/>), and the
    /// counterparty the event names. Null for an event that completes no registration (an expiry noticed, a term ended).
    /// </summary>
    public static PublicRegisterEntry? For(IEvent @event, Asset? before, Asset after)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(after);
        if (RegistrationKinds.Of(@event.Data) is not { } kind)
        {
            return null;
        }

        var entry = new PublicRegisterEntry(@event.Id, after.Id, after.Kind, after.Name, kind, after.Holder.Name,
            PublicCodeOf(after.Holder.PartyCode), null, @event.Timestamp);
        return (@event.Data as IRecordsRegistration)?.OnRegister(entry, before, after) ?? entry;
    }

    /// <summary>The entry naming <paramref name="party"/> in <paramref name="role"/> (its code only when public).</summary>
    public PublicRegisterEntry With(CounterpartyRole role, Applicant? party) =>
        party is null ? this : this with { CounterpartyName = party.Name, CounterpartyCode = PublicCodeOf(party.PartyCode), CounterpartyRole = role };

    // A court, or an objector as the asset shows it: known by name only.
    public PublicRegisterEntry With(CounterpartyRole role, string? name) =>
        name is null ? this : this with { CounterpartyName = name, CounterpartyRole = role };

    public static Applicant? LicenseeOf(Asset asset, string licenseId) => asset.Licenses.FirstOrDefault(l => l.LicenseId == licenseId)?.Licensee;

    public static string[] Fields(IReadOnlyList<FieldChange> changes) => [.. changes.Select(c => c.Field).Distinct(StringComparer.Ordinal)];
}
