using System.Text.Json.Serialization;
using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;

namespace AssetRegistry.Applications;

/// <summary>
/// What an application asks for: one typed subject per registration kind, declared in the kind's folder. The
/// subject tells the shared procedure what it needs to know about its kind — whose consent it waits for and
/// whether public notice follows review — so the procedure never asks "which kind is this?".
/// </summary>
public abstract record ApplicationSubject
{
    [JsonIgnore]
    public abstract ApplicationKind Kind { get; }

    /// <summary>The parties who must consent with their own tokens before review starts (licensee, new holder).</summary>
    [JsonIgnore]
    public virtual IReadOnlyList<Applicant> ConsentsAwaited => [];

    /// <summary>Public notice (公示) follows formal review for initial registrations and transfers (domain.md).</summary>
    [JsonIgnore]
    public virtual bool HasPublicNotice => false;

    /// <summary>The subject after the applicant answered a correction request (补正); most kinds correct only the documents they cite.</summary>
    public virtual ApplicationSubject CorrectedBy(ApplicationResubmitted resubmitted) => this;

    /// <summary>What formal review needs of the subject before it accepts; a refusal if not yet (an initial application's unconfirmed review report).</summary>
    public virtual void EnsureAcceptable() { }

    /// <summary>Where the confirmation of the review report the subject carries stands, in the application's <paramref name="state"/>; null for kinds without one.</summary>
    public virtual ReviewReportConfirmation? ReviewReportAt(ApplicationState state) => null;

    /// <summary>What public notice (公示) shows of the subject, beyond the procedure's fields: public fields only.</summary>
    public virtual NoticeEntry Publish(NoticeEntry entry) => entry;

    /// <summary>The subject's part of the application as its parties and clerks read it; nothing beyond the procedure's by default.</summary>
    public virtual ApplicationView Show(ApplicationView view) => view;
}

/// <summary>
/// The subject of an application for a registration on an asset that already exists. At approval the kind's
/// own decider says what the registration records on the asset's stream — or refuses, on the asset as it is then.
/// </summary>
public abstract record RegistrationOnAsset : ApplicationSubject
{
    /// <summary>Pure: the asset as it stands at approval, the application, the approving clerk and <c>now</c> in; the asset's event out.</summary>
    public abstract object Register(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings);
}
