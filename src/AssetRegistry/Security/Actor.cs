using System.Security.Claims;
using System.Text.Json.Serialization;

namespace AssetRegistry.Security;

/// <summary>
/// Who did something, as events record it: the individual user (<c>sub</c>), the role and, for parties,
/// the party's code. Always taken from the token, never from a request body.
/// </summary>
public sealed record Actor(string UserId, string Role, string? PartyCode)
{
    public const string PartyClaim = "party";

    /// <summary>The registry's own clock acting: a lapse, an expiry, the end of a term.</summary>
    public static readonly Actor RegistryClock = new("registry-clock", "system", null);
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";

    [JsonIgnore]
    public bool IsClerk => Role == RegistryRoles.Clerk;

    /// <summary>
    /// The party this actor acts for: a party role's code. A reviewer's code names the institution it reviews as, never a
    /// party it acts for — one role per token, so an institution that is also a licensee has a user for each.
    /// </summary>
    [JsonIgnore]
    public string? Party => RegistryRoles.ActsForParty(Role) ? PartyCode : null;

    public bool Speaks(string partyCode) => Party is not null && string.Equals(Party, partyCode, StringComparison.Ordinal);

    /// <summary>A reviewer (第三方服务机构) speaking as the institution with this credit code.</summary>
    public bool Reviews(string institutionCreditCode) =>
        Role == RegistryRoles.Reviewer && PartyCode is not null && string.Equals(PartyCode, institutionCreditCode, StringComparison.Ordinal);

    public static Actor From(ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(SubjectClaim);
        var role = RoleOf(user);
        if (string.IsNullOrEmpty(userId) || role is null)
        {
            throw new Refusal(Refusals.TokenIncomplete);
        }

        return new Actor(userId, role, user.FindFirstValue(PartyClaim));
    }

    /// <summary>
    /// The token's one role: null unless it names exactly one, and a known one. Authorization policies test the same
    /// claim (<see cref="RoleClaim"/>), and <see cref="TokenValidation"/> refuses a token for which this is null.
    /// </summary>
    public static string? RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.FindAll(RoleClaim).Take(2).ToList();
        return roles is [{ Value: var role }] && RegistryRoles.All.Contains(role) ? role : null;
    }
}
