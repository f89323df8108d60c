using AssetRegistry.Register;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.InitialRegistration;

/// <summary>An enterprise applied for an initial registration (首次登记).</summary>
public sealed record InitialRegistrationApplied(
    string ApplicationId, Applicant Applicant, InitialRegistrationDetails Details, Actor SubmittedBy, DateTimeOffset SubmittedAt, DateTimeOffset ReplyDueAt);

/// <summary>
/// The initial registration was approved: the asset exists under its registration number, held (a data
/// resource) or operated (a data product) by the applicant.
/// </summary>
public sealed record AssetRegistered(
    string RegistrationNumber,
    string ApplicationId,
    Applicant Holder,
    RightType Right,
    InitialRegistrationDetails Details,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    Actor ApprovedBy,
    DateTimeOffset RegisteredAt) : IRecordsRegistration, IApprovedOnApplication
{
    public RegistrationBasis Basis() => new() { Holder = Holder, Right = Right, DocumentFingerprint = Details.ReviewReport.DocumentFingerprint };
}

/// <summary>
/// The third-party service institution (第三方服务机构) that the application's review report names confirmed the report
/// (its number and document, as the application cites them); formal review may then accept the application.
/// </summary>
public sealed record ReviewReportConfirmed(
    string ApplicationId, string InstitutionCreditCode, string ReportNumber, string DocumentFingerprint, Actor ConfirmedBy, DateTimeOffset ConfirmedAt);

/// <summary>
/// The institution declined to confirm the report, with reasons; recorded with the <see cref="CorrectionRequested"/> that
/// returns the application for correction (补正) on those reasons.
/// </summary>
public sealed record ReviewReportDeclined(
    string ApplicationId, string InstitutionCreditCode, string ReportNumber, string DocumentFingerprint, IReadOnlyList<string> Reasons,
    Actor DeclinedBy, DateTimeOffset DeclinedAt);
