using Npgsql;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Uniqueness the database enforces (unique indexes on inline views), named by index so that each becomes
/// its own refusal code. Features register theirs at start-up.
/// </summary>
public static class UniqueViolations
{
    // Concurrent: hosts started side by side (tests, a restart) register while another host's request reads; a plain
    // dictionary then threw inside the exception handler, which rethrew the request's own exception.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RefusalCode> Known = new(StringComparer.Ordinal);

    public static void Register(string indexNameFragment, RefusalCode refusal) => Known[indexNameFragment] = refusal;

    public static RegistryProblem Describe(PostgresException violation)
    {
        var index = violation.ConstraintName ?? "";
        foreach (var (fragment, refusal) in Known)
        {
            if (index.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return ProblemResponses.Problem(refusal);
            }
        }

        return ProblemResponses.Problem(Refusals.AlreadyExists);
    }
}
