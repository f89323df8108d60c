using AssetRegistry.Applications;
using AssetRegistry.Security;

namespace AssetRegistry.Parties;

/// <summary>A party the registry knows: an organisation, or a natural person (自然人).</summary>
public enum PartyKind
{
    Organisation,
    NaturalPerson,
}

/// <summary>
/// A clerk verified a party's identity documents and recorded its legal name against its credit code, ID number or
/// identity document (实名): from then on it exists for the registry. <see cref="IdentityDocuments"/> are the uploaded
/// licence or ID it was verified on, <see cref="OnboardingId"/> the party's own request when it came through onboarding;
/// both are absent from parties recorded before either existed.
/// </summary>
public sealed record PartyRecorded(
    string PartyCode,
    PartyKind Kind,
    string Name,
    PartyIdentity Identity,
    Actor RecordedBy,
    DateTimeOffset RecordedAt,
    IReadOnlyList<string>? IdentityDocuments = null,
    string? OnboardingId = null);

/// <summary>
/// A party's name changed under the same identifier (a rename of an enterprise, 名称变更), recorded by a clerk against the
/// new licence (<see cref="LicenceFingerprint"/>; absent from renames recorded before it was asked for).
/// </summary>
public sealed record PartyRenamed(
    string PartyCode,
    string PreviousName,
    string Name,
    Actor RenamedBy,
    DateTimeOffset RenamedAt,
    string? LicenceFingerprint = null);

/// <summary>
/// The party as the registry knows it now; also the inline snapshot that readers load and that makes an
/// identifier unique across parties (a unique index on <see cref="IdentityKey"/>).
/// </summary>
public sealed record Party(string Id, PartyKind Kind, string Name, PartyIdentity Identity, string IdentityKey, DateTimeOffset RecordedAt)
{
    public long Version { get; init; }

    public static Party Create(PartyRecorded recorded) =>
        new(recorded.PartyCode, recorded.Kind, recorded.Name, recorded.Identity, recorded.Identity.Key, recorded.RecordedAt);

    public Party Apply(PartyRenamed renamed) => this with { Name = renamed.Name };

    /// <summary>The party as an act names it: its code and the name its record has now.</summary>
    public Applicant AsNamed() => new(Id, Name);

    /// <summary>Renaming keeps the identifier; a name equal to the current one records nothing worth a record.</summary>
    public PartyRenamed Rename(string name, string licenceFingerprint, Actor renamedBy, DateTimeOffset now)
    {
        if (string.Equals(name, Name, StringComparison.Ordinal))
        {
            throw new Refusal(Refusals.NameUnchanged, "name", ("name", Name));
        }

        return new PartyRenamed(Id, Name, name, renamedBy, now, licenceFingerprint);
    }
}
