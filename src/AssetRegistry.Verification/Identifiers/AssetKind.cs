namespace AssetRegistry.Verification.Identifiers;

/// <summary>What was registered; written as one letter in a <see cref="RegistrationNumber"/>.</summary>
public enum AssetKind
{
    /// <summary>A data resource (数据资源); letter R.</summary>
    DataResource,

    /// <summary>A data product (数据产品); letter P.</summary>
    DataProduct,
}
