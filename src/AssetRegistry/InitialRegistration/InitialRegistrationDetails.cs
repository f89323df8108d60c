using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.InitialRegistration;

/// <summary>
/// What an initial registration (首次登记) states about the data [source: Henan 数据知识产权登记办法; Shenzhen
/// for the third-party review report; 数据二十条 art. 15 for the declaration]. Metadata and fingerprints
/// only: the registry never holds the data itself.
/// </summary>
public sealed record InitialRegistrationDetails(
    AssetKind AssetKind,
    string Name,
    string Industry,
    IReadOnlyList<string> ApplicationScenarios,
    string DataSource,
    string StructureAndScale,
    string UpdateFrequency,
    string ProcessingRules,
    string NotarisationStatus,
    string SampleDataFingerprint,
    ThirdPartyReviewReport ReviewReport,
    DeclarationAndCommitment Declaration,
    DateOnly? AuthorisationEndsOn,
    IReadOnlyList<string> DerivedFrom)
{
    /// <summary>Documents the application cites, which must have been uploaded by the applicant.</summary>
    public IEnumerable<(string Field, string Sha256)> CitedDocuments()
    {
        yield return ("reviewReport.documentFingerprint", ReviewReport.DocumentFingerprint);
        if (Declaration.DocumentFingerprint is { } declaration)
        {
            yield return ("declaration.documentFingerprint", declaration);
        }
    }
}

/// <summary>
/// The third-party service institution's (第三方服务机构) review of authenticity and compliance (真实性、合规性);
/// its credit code lets the institution confirm the report later.
/// </summary>
public sealed record ThirdPartyReviewReport(
    string InstitutionName,
    string InstitutionCreditCode,
    string ReportNumber,
    DateOnly ReportDate,
    string Conclusion,
    string DocumentFingerprint);

/// <summary>The applicant's declaration and commitment on source, rights, quality and use (声明承诺).</summary>
public sealed record DeclarationAndCommitment(bool Committed, string? DocumentFingerprint);
