using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Notes;

namespace AssetRegistry.Verification.Tests.Support;

/// <summary>A small SHA-256 ledger whose checkpoints are C2SP notes, signed by the four note signers the registry may use.</summary>
internal sealed class NoteLedger
{
    public const string Origin = "ledger.tests.asset-registry.example";

    private static readonly Lazy<MlDsa44NoteSigner> SharedMlDsa = new(() => MlDsa44NoteSigner.Generate(Origin));

    public NoteLedger(int size = 7)
    {
        Ledger = new TestLedger(TestKeys.NewEcdsa(), size);
        Ecdsa = new EcdsaNoteSigner(Origin, (EcdsaP256SigningKey)Ledger.Key);
    }

    public TestLedger Ledger { get; }

    public Ed25519NoteSigner Ed25519 { get; } = Ed25519NoteSigner.Generate(Origin);

    public EcdsaNoteSigner Ecdsa { get; }

    /// <summary>Generating ML-DSA keys is slow enough to share one across tests.</summary>
    public static MlDsa44NoteSigner MlDsa44 => SharedMlDsa.Value;

    public Sm2NoteSigner Sm2 { get; } = new(Origin, Sm2SigningKey.Generate());

    public NoteSigner[] AllSigners => [Ed25519, Ecdsa, MlDsa44, Sm2];

    public static TrustedKeys Trusting(params NoteSigner[] signers) =>
        new([], signers.Select(s => new TrustedNoteKey(s.VerifierKey, TestKeys.Epoch)));

    public static TrustedKeys Trusting(params TrustedNoteKey[] keys) => new([], keys);

    public TlogCheckpoint Checkpoint(DateTimeOffset issuedAt, long? size = null)
    {
        var treeSize = size ?? Ledger.LeafHashes.Count;
        return TlogCheckpoint.Dated(Origin, treeSize, new MerkleTree(MerkleHasher.Sha256, Ledger.LeafHashes.Take((int)treeSize).ToList()).RootHash(), issuedAt);
    }

    public SignedNote Note(DateTimeOffset issuedAt, params NoteSigner[] signers) =>
        NoteSigner.SignCheckpoint(Checkpoint(issuedAt), issuedAt, signers.Length == 0 ? AllSigners : signers);

    public TlogProof Proof(int leafIndex, SignedNote note)
    {
        var tree = new MerkleTree(MerkleHasher.Sha256, Ledger.LeafHashes.ToList());
        return TlogProof.OfCertificate(CertificateLeaf.Bytes(Ledger.Certificates[leafIndex]), leafIndex, tree.InclusionProof(leafIndex), note);
    }
}
