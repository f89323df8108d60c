namespace AssetRegistry.Verification.Notes;

/// <summary>The signature type identifier bytes of c2sp.org/signed-note that the registry's checkpoints use.</summary>
public enum NoteSignatureType : byte
{
    /// <summary>Ed25519 (RFC 8032) over the note text: what today's witnesses accept.</summary>
    Ed25519 = 0x01,

    /// <summary>ECDSA over SHA-256 of the note text, DER, as github.com/transparency-dev/witness implements it; here P-256.</summary>
    Ecdsa = 0x02,

    /// <summary>Timestamped ML-DSA-44 (FIPS 204) checkpoint signature of c2sp.org/tlog-cosignature: signs origin, size and root, not extension lines.</summary>
    MlDsa44 = 0x06,

    /// <summary>Reserved for types the specification assigns no byte to; followed by a longer identifier. Here SM2 (docs/ledger.md §14).</summary>
    Unassigned = 0xff,
}
