using AssetRegistry.Applications;
using AssetRegistry.Infrastructure.Http;
using Marten;

namespace AssetRegistry.Parties;

/// <summary>
/// A counterparty named in an application (licensee, new holder): its identifier and legal name. An
/// organisation with a credit code is known by it; anyone else must have been recorded by a clerk, since
/// an ID number never becomes a party code.
/// </summary>
[RequiredMembers("type", "number", "name")]
public sealed record CounterpartyRequest(PartyIdentifierType? Type, string? Number, string? IssuingCountry, string? Name)
{
    public PartyIdentity? Validate(string field, FieldErrors errors)
    {
        if (!errors.Require(this, field))
        {
            return null;
        }

        errors.RequireText(Name, $"{field}.name", RecordingPartyEndpoint.MaxNameLength);
        return PartyIdentity.Parse(Type, Number, IssuingCountry, field, errors);
    }

    public static async Task<Applicant> ResolveAsync(IQuerySession session, PartyIdentity identity, string name, string field, CancellationToken cancellation)
    {
        if (identity.Type == PartyIdentifierType.UnifiedSocialCreditCode)
        {
            return new Applicant(identity.Number, name);
        }

        var party = await session.Query<Party>().Where(p => p.IdentityKey == identity.Key).FirstOrDefaultAsync(cancellation)
            ?? throw new Refusal(Refusals.PartyNotRecorded, $"{field}.number");
        return new Applicant(party.Id, name);
    }
}
