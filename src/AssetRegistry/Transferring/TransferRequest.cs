using AssetRegistry.Applications;

namespace AssetRegistry.Transferring;

/// <summary>
/// What a transfer states: the new holder, the ground and the document it rests on (contract, judgment,
/// award, merger or split document), cited by its fingerprint.
/// </summary>
public sealed record TransferRequest(Applicant NewHolder, TransferGround Ground, string BasisFingerprint);
