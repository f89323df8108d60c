using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Transferring;
using JasperFx.Events;

namespace AssetRegistry.Applications;

/// <summary>An application as its parties and the clerks see it.</summary>
public sealed record ApplicationView(
    string ApplicationId,
    ApplicationKind Kind,
    ApplicationState State,
    Applicant Applicant,
    Applicant? Counterparty,
    string AssetName,
    InitialRegistrationDetails? Details,
    LicenseTerms? License,
    TransferRequest? Transfer,
    ChangeRequest? Change,
    CancellationRequest? Cancellation,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReplyDueAt,
    bool Overdue,
    PublicNotice? PublicNotice,
    CorrectionRequest? Correction,
    string? RegistrationNumber,
    long Version,
    IReadOnlyList<ApplicationHistoryEntry>? History = null)
{
    /// <summary>An initial application's review report: awaiting its institution's confirmation, or confirmed or declined, by whom, when and why.</summary>
    public ReviewReportConfirmation? ReviewReportConfirmation { get; init; }

    /// <summary>The procedure's part from the application, the kind's part from its subject.</summary>
    public static ApplicationView Of(Application application, DateTimeOffset now, IReadOnlyList<ApplicationHistoryEntry>? history = null) =>
        application.Subject.Show(new(
            application.Id, application.Kind, application.State, application.Applicant, application.Subject.ConsentsAwaited is [var first, ..] ? first : null,
            application.AssetName, Details: null, License: null, Transfer: null, Change: null, Cancellation: null, application.SubmittedAt,
            application.ReplyDueAt, application.IsOverdueAt(now), application.Notice, application.Correction, application.RegistrationNumber,
            application.Version, history));
}

/// <summary>One recorded step of the procedure: what happened, when it was recorded, and the event itself.</summary>
public sealed record ApplicationHistoryEntry(long Version, string Event, DateTimeOffset RecordedAt, object Data)
{
    public static ApplicationHistoryEntry Of(IEvent @event) => new(@event.Version, @event.EventTypeName, @event.Timestamp, @event.Data);
}
