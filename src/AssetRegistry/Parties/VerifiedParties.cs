using AssetRegistry.Applications;
using AssetRegistry.Security;
using Marten;

namespace AssetRegistry.Parties;

/// <summary>
/// Who an act names, as the party directory records them (实名): a party exists once a clerk has verified its identity
/// documents, and its name on applications, the register and certificates is the name of its record at the act — never
/// a name a request states.
/// </summary>
public static class VerifiedParties
{
    /// <summary>The actor's own party (from its token's party claim); an unverified code is <c>party-not-verified</c>.</summary>
    public static async Task<Applicant> OfActorAsync(this IQuerySession session, Actor actor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var code = actor.PartyCode ?? throw new Refusal(Refusals.NotAParty);
        var party = await session.LoadAsync<Party>(code, cancellation) ?? throw new Refusal(Refusals.PartyNotVerified, ("party", code));
        return party.AsNamed();
    }

    /// <summary>The verified party with this identifier (a licensee, a new holder); none is <c>party-not-recorded</c> on <paramref name="field"/>.</summary>
    public static async Task<Applicant> ByIdentityAsync(this IQuerySession session, PartyIdentity identity, string field, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var party = await session.Query<Party>().Where(p => p.IdentityKey == identity.Key).FirstOrDefaultAsync(cancellation)
            ?? throw new Refusal(Refusals.PartyNotRecorded, $"{field}.number");
        return party.AsNamed();
    }

    /// <summary>The party's record as of now, or null when the code was never verified.</summary>
    public static Task<Party?> RecordOfAsync(this IQuerySession session, string partyCode, CancellationToken cancellation) =>
        session.LoadAsync<Party>(partyCode, cancellation);
}
