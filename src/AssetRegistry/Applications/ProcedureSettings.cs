namespace AssetRegistry.Applications;

/// <summary>
/// The numbers of the registration procedure (configuration section <c>Registry</c>). Each default is ours
/// where no policy gives one (see docs/domain.md); a registry sets its own.
/// </summary>
public sealed class ProcedureSettings
{
    /// <summary>Public notice (公示), in working days; 0 turns notice off.</summary>
    public int PublicNoticeWorkingDays { get; set; } = 10;

    /// <summary>Time the applicant has to answer a request for correction (补正), in working days.</summary>
    public int CorrectionWorkingDays { get; set; } = 15;

    /// <summary>The registry's reply limit, in working days [source: Shenzhen open-data analogue].</summary>
    public int ReplyWorkingDays { get; set; } = 10;

    /// <summary>Validity of a registration [source: Henan], capped by the authorisation it rests on.</summary>
    public int ValidityYears { get; set; } = 3;

    /// <summary>Renewal (续展) may be applied for in the registration's last this many days [ours; Hangzhou asks 3 months].</summary>
    public int RenewalWindowDays { get; set; } = 90;

    /// <summary>An expired, unrenewed registration is cancelled by the registry's clock this many months after it expired [ours].</summary>
    public int ExpiryGraceMonths { get; set; } = 6;

    /// <summary>How often each node looks for timers that have come due (real time).</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
