namespace AssetRegistry.Security;

/// <summary>The roles a token may carry (claim <c>role</c>).</summary>
public static class RegistryRoles
{
    /// <summary>登记机构工作人员: reviews and decides applications.</summary>
    public const string Clerk = "clerk";

    /// <summary>An enterprise or other organisation, acting through its handling staff (经办人).</summary>
    public const string Enterprise = "enterprise";

    /// <summary>自然人: may hold, license and object.</summary>
    public const string NaturalPerson = "natural-person";

    /// <summary>质权人: checks assets before lending, registers and releases pledges.</summary>
    public const string Bank = "bank";

    /// <summary>主管部门: reads everything, changes nothing.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>
    /// 第三方服务机构: a third-party reviewer, the institution that writes an initial application's review report. Its token
    /// carries the institution's credit code, with which it confirms or declines the reports that name it; it acts for no
    /// party (<see cref="Actor.Party"/>), so every clerk's or party's act refuses it.
    /// </summary>
    public const string Reviewer = "reviewer";

    /// <summary>代理机构: an agency acting for applicants. No act of its own yet: it carries no party code.</summary>
    public const string Agent = "agent";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Clerk, Enterprise, NaturalPerson, Bank, Supervisor, Reviewer, Agent,
    };

    /// <summary>Roles that speak for a party and so carry its code.</summary>
    public static bool ActsForParty(string role) => role is Enterprise or NaturalPerson or Bank;

    /// <summary>Roles whose tokens carry a party code: the party roles', and the reviewer's (its institution's credit code).</summary>
    public static bool CarriesPartyCode(string role) => ActsForParty(role) || role == Reviewer;
}
