namespace AssetRegistry.Verifier;

/// <summary>The verifier's exit codes, as docs/ledger.md §10 specifies them for scripts.</summary>
internal static class ExitCodes
{
    /// <summary>Genuine, consistent, or the commitment opens.</summary>
    public const int Verified = 0;

    /// <summary>The evidence was examined and something in it failed; stdout says what.</summary>
    public const int Failed = 1;

    /// <summary>Nothing was judged: bad arguments, an unreadable file, or an unusable keys file.</summary>
    public const int Usage = 2;
}
