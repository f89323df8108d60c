namespace AssetRegistry.Verification.Notes;

/// <summary>A private key that signs checkpoint notes under one signature type; its public half is <see cref="VerifierKey"/>.</summary>
public abstract class NoteSigner
{
    public abstract NoteVerifierKey VerifierKey { get; }

    /// <summary>
    /// The signature line over <paramref name="checkpoint"/>'s text. <paramref name="signedAt"/> is the instant a
    /// timestamped type states (ML-DSA-44, whole seconds); the others sign the text alone, whose <c>issuedAt</c> line dates it.
    /// </summary>
    public NoteSignature Sign(TlogCheckpoint checkpoint, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return new NoteSignature(VerifierKey.Name, VerifierKey.KeyId, SignatureOver(checkpoint, signedAt));
    }

    private protected abstract byte[] SignatureOver(TlogCheckpoint checkpoint, DateTimeOffset signedAt);

    /// <summary>Signs a checkpoint with every signer, in order: the note the registry publishes.</summary>
    public static SignedNote SignCheckpoint(TlogCheckpoint checkpoint, DateTimeOffset signedAt, IEnumerable<NoteSigner> signers)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(signers);
        return new SignedNote(checkpoint.ToText(), signers.Select(s => s.Sign(checkpoint, signedAt)));
    }
}
