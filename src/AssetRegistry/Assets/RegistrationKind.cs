namespace AssetRegistry.Assets;

/// <summary>The registrations recorded on an asset's stream, as the history and the public register name them.</summary>
public enum RegistrationKind
{
    /// <summary>首次登记.</summary>
    Initial,
    /// <summary>许可登记.</summary>
    License,
    /// <summary>转移登记.</summary>
    Transfer,
    /// <summary>变更登记.</summary>
    Change,
    /// <summary>注销登记 of the asset.</summary>
    Cancellation,
    /// <summary>注销登记 of one license, before its term ends.</summary>
    LicenseCancellation,
    /// <summary>更正登记, on an upheld objection.</summary>
    Correction,
    /// <summary>续展.</summary>
    Renewal,
    /// <summary>异议登记: an objection registered against the asset.</summary>
    ObjectionRegistered,
    /// <summary>An objection against the asset ended (withdrawn, dismissed, upheld, lapsed).</summary>
    ObjectionResolved,
    /// <summary>查封.</summary>
    Freeze,
    /// <summary>解除查封.</summary>
    FreezeRelease,
}

public static class RegistrationKinds
{
    /// <summary>The kind of registration an asset event records; null for an event that records none.</summary>
    public static RegistrationKind? Of(object @event) => @event switch
    {
        AssetRegistered => RegistrationKind.Initial,
        LicenseRegistered => RegistrationKind.License,
        TransferRegistered => RegistrationKind.Transfer,
        ChangeRegistered => RegistrationKind.Change,
        AssetCancelled => RegistrationKind.Cancellation,
        LicenseCancelled => RegistrationKind.LicenseCancellation,
        CorrectionRegistered => RegistrationKind.Correction,
        RegistrationRenewed => RegistrationKind.Renewal,
        ObjectionRegisteredOnAsset => RegistrationKind.ObjectionRegistered,
        ObjectionResolvedOnAsset => RegistrationKind.ObjectionResolved,
        AssetFrozen => RegistrationKind.Freeze,
        AssetUnfrozen => RegistrationKind.FreezeRelease,
        _ => null,
    };
}
