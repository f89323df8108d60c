namespace AssetRegistry.Verification.Merkle;

/// <summary>Whether a Merkle proof verified, and if not, the sentence that says why.</summary>
public sealed class ProofOutcome
{
    private ProofOutcome(string? failure) => Failure = failure;

    public static ProofOutcome Valid { get; } = new(null);

    public bool IsValid => Failure is null;

    /// <summary>Why the proof failed, as a sentence; <see langword="null"/> when it is valid.</summary>
    public string? Failure { get; }

    public static ProofOutcome Invalid(string failure) => new(failure);

    public override string ToString() => Failure ?? "valid";
}
