using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Parties;

/// <summary>
/// A counterparty named in an application (licensee, new holder): its identifier only. Its name is the name of its
/// party record (<see cref="VerifiedParties.ByIdentityAsync"/>); a body that still states one is refused (400 <c>unknown-member</c>).
/// </summary>
[RequiredMembers("type", "number")]
public sealed record CounterpartyRequest(PartyIdentifierType? Type, string? Number, string? IssuingCountry)
{
    public PartyIdentity? Validate(string field, FieldErrors errors) =>
        errors.Require(this, field) ? PartyIdentity.Parse(Type, Number, IssuingCountry, field, errors) : null;
}
