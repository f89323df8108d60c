namespace AssetRegistry.Cancelling;

/// <summary>What a cancellation ends — the asset, or the license <see cref="LicenseId"/> — on what ground and basis.</summary>
public sealed record CancellationRequest(CancellationGround Ground, string? LicenseId, string? BasisFingerprint, string? Reason);
