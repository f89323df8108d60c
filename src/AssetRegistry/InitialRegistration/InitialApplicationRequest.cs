using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.InitialRegistration;

public sealed record ReviewReportRequest(
    string? InstitutionName, string? InstitutionCreditCode, string? ReportNumber, DateOnly? ReportDate, string? Conclusion, string? DocumentFingerprint);

public sealed record DeclarationRequest(bool? Committed, string? DocumentFingerprint);

/// <summary>
/// The body of <c>POST /api/applications/initial</c>; also, with only the changed fields present, of
/// <c>/resubmit</c>. The applicant's credit code comes from its token, never from here.
/// </summary>
public sealed record InitialApplicationRequest(
    AssetKind? AssetKind,
    string? ApplicantName,
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
{
    private const int NameLength = 200;
    private const int TextLength = 4000;
    private const int MaxScenarios = 50;
    private const int MaxDerivedFrom = 100;

    /// <summary>Every field checked, every fault named; the applicant's name and details on success.</summary>
    public (string ApplicantName, InitialRegistrationDetails Details) Validate()
    {
        var errors = new FieldErrors();
        errors.Require(AssetKind, "assetKind");
        errors.RequireText(ApplicantName, "applicantName", NameLength);
        errors.RequireText(Name, "name", NameLength);
        errors.RequireText(Industry, "industry", NameLength);
        if (errors.Require(ApplicationScenarios, "applicationScenarios"))
        {
            if (ApplicationScenarios!.Count is 0 or > MaxScenarios)
            {
                errors.Add("applicationScenarios", $"Name between 1 and {MaxScenarios} approved application scenarios.");
            }

            for (var i = 0; i < ApplicationScenarios.Count; i++)
            {
                errors.RequireText(ApplicationScenarios[i], $"applicationScenarios[{i}]", NameLength);
            }
        }

        errors.RequireText(DataSource, "dataSource", TextLength);
        errors.RequireText(StructureAndScale, "structureAndScale", TextLength);
        errors.RequireText(UpdateFrequency, "updateFrequency", NameLength);
        errors.RequireText(ProcessingRules, "processingRules", TextLength);
        errors.RequireText(NotarisationStatus, "notarisationStatus", TextLength);
        RequireFingerprint(errors, SampleDataFingerprint, "sampleDataFingerprint");

        if (errors.Require(ReviewReport, "reviewReport"))
        {
            errors.RequireText(ReviewReport!.InstitutionName, "reviewReport.institutionName", NameLength);
            if (errors.RequireText(ReviewReport.InstitutionCreditCode, "reviewReport.institutionCreditCode", 40)
                && !UnifiedSocialCreditCode.TryParse(ReviewReport.InstitutionCreditCode, out _, out var codeError))
            {
                errors.Add("reviewReport.institutionCreditCode", codeError.Message);
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
                errors.Add("declaration.committed", "The applicant must commit to the declaration on source, rights, quality and use (声明承诺).");
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
                errors.Add("derivedFrom", "Only a data product (数据产品) names the resources it derives from.");
            }
            else if (DerivedFrom.Count > MaxDerivedFrom)
            {
                errors.Add("derivedFrom", $"Name at most {MaxDerivedFrom} resources.");
            }

            for (var i = 0; i < DerivedFrom.Count; i++)
            {
                if (RegistrationNumber.TryParse(DerivedFrom[i], out var number, out var numberError))
                {
                    derivedFrom.Add(number.ToString());
                }
                else
                {
                    errors.Add($"derivedFrom[{i}]", numberError.Message);
                }
            }
        }

        errors.ThrowIfAny();
        var details = new InitialRegistrationDetails(
            AssetKind!.Value, Name!.Trim(), Industry!.Trim(), ApplicationScenarios!.Select(s => s.Trim()).ToArray(), DataSource!.Trim(),
            StructureAndScale!.Trim(), UpdateFrequency!.Trim(), ProcessingRules!.Trim(), NotarisationStatus!.Trim(),
            SampleDataFingerprint!.ToLowerInvariant(),
            new ThirdPartyReviewReport(ReviewReport!.InstitutionName!.Trim(), UnifiedSocialCreditCode.Parse(ReviewReport.InstitutionCreditCode!).Value,
                ReviewReport.ReportNumber!.Trim(), ReviewReport.ReportDate!.Value, ReviewReport.Conclusion!.Trim(), ReviewReport.DocumentFingerprint!.ToLowerInvariant()),
            new DeclarationAndCommitment(true, Declaration!.DocumentFingerprint?.ToLowerInvariant()),
            AuthorisationEndsOn,
            derivedFrom.Distinct(StringComparer.Ordinal).ToArray());
        return (ApplicantName!.Trim(), details);
    }

    /// <summary>The request as it would be with these changes applied over what was submitted.</summary>
    public InitialApplicationRequest Over(string applicantName, InitialRegistrationDetails current) => new(
        AssetKind ?? current.AssetKind,
        ApplicantName ?? applicantName,
        Name ?? current.Name,
        Industry ?? current.Industry,
        ApplicationScenarios ?? current.ApplicationScenarios,
        DataSource ?? current.DataSource,
        StructureAndScale ?? current.StructureAndScale,
        UpdateFrequency ?? current.UpdateFrequency,
        ProcessingRules ?? current.ProcessingRules,
        NotarisationStatus ?? current.NotarisationStatus,
        SampleDataFingerprint ?? current.SampleDataFingerprint,
        ReviewReport ?? new ReviewReportRequest(current.ReviewReport.InstitutionName, current.ReviewReport.InstitutionCreditCode,
            current.ReviewReport.ReportNumber, current.ReviewReport.ReportDate, current.ReviewReport.Conclusion, current.ReviewReport.DocumentFingerprint),
        Declaration ?? new DeclarationRequest(current.Declaration.Committed, current.Declaration.DocumentFingerprint),
        AuthorisationEndsOn ?? current.AuthorisationEndsOn,
        DerivedFrom ?? current.DerivedFrom);

    /// <summary>The names of the fields this (partial) request sets.</summary>
    public IReadOnlyList<string> NamesOfFieldsSet() =>
        new (string Name, object? Value)[]
        {
            ("assetKind", AssetKind), ("applicantName", ApplicantName), ("name", Name), ("industry", Industry),
            ("applicationScenarios", ApplicationScenarios), ("dataSource", DataSource), ("structureAndScale", StructureAndScale),
            ("updateFrequency", UpdateFrequency), ("processingRules", ProcessingRules), ("notarisationStatus", NotarisationStatus),
            ("sampleDataFingerprint", SampleDataFingerprint), ("reviewReport", ReviewReport), ("declaration", Declaration),
            ("authorisationEndsOn", AuthorisationEndsOn), ("derivedFrom", DerivedFrom),
        }.Where(f => f.Value is not null).Select(f => f.Name).ToArray();

    private static void RequireFingerprint(FieldErrors errors, string? value, string field)
    {
        if (errors.RequireText(value, field, 64) && (value!.Length != 64 || !value.All(Uri.IsHexDigit)))
        {
            errors.Add(field, $"'{field}' must be a SHA-256 fingerprint: 64 hexadecimal characters.");
        }
    }
}
