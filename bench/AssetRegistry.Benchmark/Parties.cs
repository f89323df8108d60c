using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Benchmark;

/// <summary>
/// Who acts in the benchmark, with bearer tokens from the issuer the benchmark hosts and the service trusts
/// (<see cref="ServiceProcess.Settings.Issuer"/>), made as the token command makes them (<see cref="DevelopmentIssuer.Issue"/>).
/// Each client slot has its own enterprise and its own clerks: one accepts, two others approve (four eyes).
/// </summary>
internal sealed class Parties
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public Parties(DevelopmentIssuer issuer, int slots)
    {
        string Token(string role, string user, string? party = null) =>
            issuer.Issue(user, role, party, ServiceProcess.Settings.TokenLifetime, DateTime.UtcNow);

        Slots = Enumerable.Range(0, slots).Select(i =>
        {
            var code = CreditCode(i);
            return new Slot(i, code, Token(RegistryRoles.Enterprise, $"staff-{i}", code),
                Token(RegistryRoles.Clerk, $"clerk-accept-{i}"), Token(RegistryRoles.Clerk, $"clerk-approve-{i}"), Token(RegistryRoles.Clerk, $"clerk-second-{i}"));
        }).ToArray();
        Bank = Token(RegistryRoles.Bank, "loan-officer", CreditCode(9999));
        Reviewer = Token(RegistryRoles.Reviewer, ReviewerUser, RegistryClient.ReviewInstitutionCode);
    }

    public const string ReviewerUser = "reviewer-1";

    public IReadOnlyList<Slot> Slots { get; }

    /// <summary>A bank checking assets before lending: the asset-status reader of (d).</summary>
    public string Bank { get; }

    /// <summary>The third-party institution that wrote every application's review report, confirming them.</summary>
    public string Reviewer { get; }

    public sealed record Slot(int Index, string PartyCode, string Enterprise, string Accepting, string Approving, string SecondApproving)
    {
        public string EnterpriseUser => $"staff-{Index}";
        public string AcceptingUser => $"clerk-accept-{Index}";
        public string ApprovingUser => $"clerk-approve-{Index}";
    }

    /// <summary>A valid unified social credit code of an enterprise registered in Shenzhen (91440300…).</summary>
    public static string CreditCode(int serial)
    {
        var body = $"91440300{700_000_000 + serial:D9}";
        var sum = body.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return UnifiedSocialCreditCode.Parse(body + Alphabet[(31 - sum % 31) % 31]).Value;
    }
}
