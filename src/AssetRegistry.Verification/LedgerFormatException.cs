namespace AssetRegistry.Verification;

/// <summary>
/// A ledger document (checkpoint, bundle, keys file, consistency proof) is not in the form docs/ledger.md
/// specifies. Documents are read strictly: one spelling per value, no unknown members.
/// </summary>
public sealed class LedgerFormatException : FormatException
{
    public LedgerFormatException()
    {
    }

    public LedgerFormatException(string message)
        : base(message)
    {
    }

    public LedgerFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
