using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.InitialRegistration;

[RequiredMembers("institutionName", "institutionCreditCode", "reportNumber", "reportDate", "conclusion", "documentFingerprint")]
public sealed record ReviewReportRequest(
    string? InstitutionName, string? InstitutionCreditCode, string? ReportNumber, DateOnly? ReportDate, string? Conclusion, string? DocumentFingerprint);

[RequiredMembers("committed")]
public sealed record DeclarationRequest(bool? Committed, string? DocumentFingerprint);

/// <summary>
/// The body of <c>POST /api/applications/initial</c>; also, with only the changed fields present, of
/// <c>/resubmit</c>. The applicant comes from its token, and its name from its party record, never from here.
/// </summary>
[RequiredMembers("assetKind", "name", "industry", "applicationScenarios", "dataSource", "structureAndScale", "updateFrequency", "processingRules", "notarisationStatus", "sampleDataFingerprint", "reviewReport", "declaration")]
public sealed record InitialApplicationRequest(
    AssetKind? AssetKind,
    string? Name,
    string? Industry,
    IReadOnlyList<string>? ApplicationScenarios,
    string? DataSource,
    string? StructureAndScale,
    string? UpdateFrequency,
    string? ProcessingRules,
    string? NotarisationStatus,
    string? SampleDataFingerprint,
    ReviewReportRequest? ReviewReport,
    DeclarationRequest? Declaration,
    DateOnly? AuthorisationEndsOn,
    IReadOnlyList<string>? DerivedFrom)
    : RegisteredItemChanges(Name, Industry, ApplicationScenarios, DataSource, StructureAndScale, UpdateFrequency, ProcessingRules, NotarisationStatus)
{
    private const int NameLength = ShortTextLength;
    private const int TextLength = LongTextLength;
    private const int MaxDerivedFrom = 100;

    /// <summary>Every field checked, every fault named; the details on success.</summary>
    public InitialRegistrationDetails Validate()
    {
        var errors = new FieldErrors();
        errors.Require(AssetKind, "assetKind");
        var items = Required(errors);
        RequireFingerprint(errors, SampleDataFingerprint, "sampleDataFingerprint");

        if (errors.Require(ReviewReport, "reviewReport"))
        {
            errors.RequireText(ReviewReport!.InstitutionName, "reviewReport.institutionName", NameLength);
            if (errors.RequireText(ReviewReport.InstitutionCreditCode, "reviewReport.institutionCreditCode", 40)
                && !UnifiedSocialCreditCode.TryParse(ReviewReport.InstitutionCreditCode, out _, out var codeError))
            {
                errors.Add("reviewReport.institutionCreditCode", codeError);
            }

            errors.RequireText(ReviewReport.ReportNumber, "reviewReport.reportNumber", NameLength);
            errors.Require(ReviewReport.ReportDate, "reviewReport.reportDate");
            errors.RequireText(ReviewReport.Conclusion, "reviewReport.conclusion", TextLength);
            RequireFingerprint(errors, ReviewReport.DocumentFingerprint, "reviewReport.documentFingerprint");
        }

        if (errors.Require(Declaration, "declaration"))
        {
            if (Declaration!.Committed != true)
            {
                errors.Add("declaration.committed", Refusals.DeclarationNotCommitted);
            }

            if (Declaration.DocumentFingerprint is not null)
            {
                RequireFingerprint(errors, Declaration.DocumentFingerprint, "declaration.documentFingerprint");
            }
        }

        var derivedFrom = new List<string>();
        if (DerivedFrom is { Count: > 0 })
        {
            if (AssetKind != Verification.Identifiers.AssetKind.DataProduct)
            {
                errors.Add("derivedFrom", Refusals.OnlyForProducts);
            }
            else if (DerivedFrom.Count > MaxDerivedFrom)
            {
                errors.Add("derivedFrom", Refusals.CountOutOfRange, ("min", 0), ("max", MaxDerivedFrom));
            }

            for (var i = 0; i < DerivedFrom.Count; i++)
            {
                if (RegistrationNumber.TryParse(DerivedFrom[i], out var number, out var numberError))
                {
                    derivedFrom.Add(number.ToString());
                }
                else
                {
                    errors.Add($"derivedFrom[{i}]", numberError);
                }
            }
        }

        errors.ThrowIfAny();
        Ledger.CertificateSize.EnsureFits(items!, derivedFrom);
        var details = InitialRegistrationDetails.Of(
            AssetKind!.Value, items!, SampleDataFingerprint!.ToLowerInvariant(),
            new ThirdPartyReviewReport(ReviewReport!.InstitutionName!.Trim(), UnifiedSocialCreditCode.Parse(ReviewReport.InstitutionCreditCode!).Value,
                ReviewReport.ReportNumber!.Trim(), ReviewReport.ReportDate!.Value, ReviewReport.Conclusion!.Trim(), ReviewReport.DocumentFingerprint!.ToLowerInvariant()),
            new DeclarationAndCommitment(true, Declaration!.DocumentFingerprint?.ToLowerInvariant()),
            AuthorisationEndsOn,
            derivedFrom.Distinct(StringComparer.Ordinal).ToArray());
        return details;
    }

    /// <summary>The request as it would be with these changes applied over what was submitted.</summary>
    public InitialApplicationRequest Over(InitialRegistrationDetails current) => (InitialApplicationRequest)base.Over(current) with
    {
        AssetKind = AssetKind ?? current.AssetKind,
        SampleDataFingerprint = SampleDataFingerprint ?? current.SampleDataFingerprint,
        ReviewReport = ReviewReport ?? new ReviewReportRequest(current.ReviewReport.InstitutionName, current.ReviewReport.InstitutionCreditCode,
            current.ReviewReport.ReportNumber, current.ReviewReport.ReportDate, current.ReviewReport.Conclusion, current.ReviewReport.DocumentFingerprint),
        Declaration = Declaration ?? new DeclarationRequest(current.Declaration.Committed, current.Declaration.DocumentFingerprint),
        AuthorisationEndsOn = AuthorisationEndsOn ?? current.AuthorisationEndsOn,
        DerivedFrom = DerivedFrom ?? current.DerivedFrom,
    };

    /// <summary>The names of the fields this (partial) request sets.</summary>
    public IReadOnlyList<string> NamesOfFieldsSet() =>
    [
        .. Set(("assetKind", AssetKind)),
        .. NamesOfItemsSet(),
        .. Set(("sampleDataFingerprint", SampleDataFingerprint), ("reviewReport", ReviewReport), ("declaration", Declaration),
            ("authorisationEndsOn", AuthorisationEndsOn), ("derivedFrom", DerivedFrom)),
    ];

    private static IEnumerable<string> Set(params (string Name, object? Value)[] fields) => fields.Where(f => f.Value is not null).Select(f => f.Name);

    private static void RequireFingerprint(FieldErrors errors, string? value, string field)
    {
        if (errors.RequireText(value, field, 64) && (value!.Length != 64 || !value.All(Uri.IsHexDigit)))
        {
            errors.Add(field, Refusals.NotAFingerprint);
        }
    }
}
