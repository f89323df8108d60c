namespace AssetRegistry.Verifier;

/// <summary>The command cannot run as asked; the message says why, and the usage text follows it.</summary>
internal sealed class UsageException(string message) : Exception(message);
