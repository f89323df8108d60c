namespace AssetRegistry.Cancelling;

/// <summary>Why a registration ends [source: Hangzhou exit rules; Yangzhou 撤销].</summary>
public enum CancellationGround
{
    /// <summary>The holder gives it up.</summary>
    Voluntary,
    /// <summary>The data was destroyed.</summary>
    DataDestroyed,
    /// <summary>A court ordered it (with the order's fingerprint).</summary>
    CourtOrder,
    /// <summary>撤销: the registry revokes a registration obtained by fraud (clerks only).</summary>
    Revocation,
    /// <summary>Expired and not renewed within the grace period: cancelled by the registry's clock.</summary>
    ExpiryNotRenewed,
}
