namespace AssetRegistry.Verification.Identifiers;

/// <summary>Documents that identify a party that has neither a unified social credit code nor a resident identity number.</summary>
public enum IdentityDocumentType
{
    /// <summary>A passport; written <c>PASSPORT</c>.</summary>
    Passport,

    /// <summary>港澳居民来往内地通行证; written <c>HKMO-PERMIT</c>.</summary>
    MainlandTravelPermitForHongKongAndMacaoResidents,

    /// <summary>台湾居民来往大陆通行证; written <c>TW-PERMIT</c>.</summary>
    MainlandTravelPermitForTaiwanResidents,

    /// <summary>A company's registration in its home jurisdiction (境外企业注册证明); written <c>OVERSEAS-REG</c>.</summary>
    OverseasCompanyRegistration,
}
