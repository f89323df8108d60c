using AssetRegistry.Security;

namespace AssetRegistry.Parties;

/// <summary>A party the registry knows: an organisation, or a natural person (自然人).</summary>
public enum PartyKind
{
    Organisation,
    NaturalPerson,
}

/// <summary>A clerk recorded a party, identified by its credit code, ID number or identity document.</summary>
public sealed record PartyRecorded(
    string PartyCode,
    PartyKind Kind,
    string Name,
    PartyIdentity Identity,
    Actor RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>A party's name changed under the same identifier (a rename of an enterprise, 名称变更).</summary>
public sealed record PartyRenamed(
    string PartyCode,
    string PreviousName,
    string Name,
    Actor RenamedBy,
    DateTimeOffset RenamedAt);

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

    /// <summary>Renaming keeps the identifier; a name equal to the current one records nothing worth a record.</summary>
    public PartyRenamed Rename(string name, Actor renamedBy, DateTimeOffset now)
    {
        if (string.Equals(name, Name, StringComparison.Ordinal))
        {
            throw new Refusal(Refusals.NameUnchanged, "name", ("name", Name));
        }

        return new PartyRenamed(Id, Name, name, renamedBy, now);
    }
}
