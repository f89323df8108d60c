namespace AssetRegistry.Verification.Checkpoints;

/// <summary>"genuine", or exactly what failed: a <see cref="VerificationFailure"/> code and a sentence.</summary>
public sealed class VerificationResult
{
    private VerificationResult(VerificationFailure? failure, string message)
    {
        Failure = failure;
        Message = message;
    }

    public static VerificationResult Genuine { get; } = new(null, "genuine");

    public bool IsGenuine => Failure is null;

    /// <summary><see langword="null"/> when genuine.</summary>
    public VerificationFailure? Failure { get; }

    /// <summary>"genuine", or one sentence saying what failed, for a person to read.</summary>
    public string Message { get; }

    public static VerificationResult Failed(VerificationFailure failure, string message) => new(failure, message);

    public override string ToString() => IsGenuine ? Message : $"{Failure}: {Message}";
}
