using System.Text.Json.Serialization;
using AssetRegistry.Assets;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.InitialRegistration;

/// <summary>
/// What an initial registration (首次登记) states about the data [source: Henan 数据知识产权登记办法; Shenzhen
/// for the third-party review report; 数据二十条 art. 15 for the declaration]. Metadata and fingerprints
/// only: the registry never holds the data itself. The registered items are its base, written flat as they were stored.
/// </summary>
/// <remarks>
/// System.Text.Json writes a derived record's own members before its base's; the orders put them back where stored
/// events have them — the kind, the registered items, then the rest.
/// </remarks>
public sealed record InitialRegistrationDetails(
    [property: JsonPropertyOrder(-1)] AssetKind AssetKind,
    string Name,
    string Industry,
    IReadOnlyList<string> ApplicationScenarios,
    string DataSource,
    string StructureAndScale,
    string UpdateFrequency,
    string ProcessingRules,
    string NotarisationStatus,
    [property: JsonPropertyOrder(1)] string SampleDataFingerprint,
    [property: JsonPropertyOrder(1)] ThirdPartyReviewReport ReviewReport,
    [property: JsonPropertyOrder(1)] DeclarationAndCommitment Declaration,
    [property: JsonPropertyOrder(1)] DateOnly? AuthorisationEndsOn,
    [property: JsonPropertyOrder(1)] IReadOnlyList<string> DerivedFrom)
    : RegisteredItems(Name, Industry, ApplicationScenarios, DataSource, StructureAndScale, UpdateFrequency, ProcessingRules, NotarisationStatus)
{
    public static InitialRegistrationDetails Of(
        AssetKind assetKind, RegisteredItems items, string sampleDataFingerprint, ThirdPartyReviewReport reviewReport,
        DeclarationAndCommitment declaration, DateOnly? authorisationEndsOn, IReadOnlyList<string> derivedFrom) => new(
        assetKind, items.Name, items.Industry, items.ApplicationScenarios, items.DataSource, items.StructureAndScale, items.UpdateFrequency,
        items.ProcessingRules, items.NotarisationStatus, sampleDataFingerprint, reviewReport, declaration, authorisationEndsOn, derivedFrom);

    /// <summary>These details with <paramref name="changes"/> applied to their registered items.</summary>
    public new InitialRegistrationDetails With(RegisteredItemChanges changes) => (InitialRegistrationDetails)base.With(changes);

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
