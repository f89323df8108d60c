using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Licensing;
using AssetRegistry.Security;

namespace AssetRegistry.Renewal;

/// <summary>
/// Renewal (续展) of a registration's validity [source: Henan, 3 years; window ours, after Hangzhou's 3 months]:
/// <list type="bullet">
/// <item>Only the holder applies, from the start (00:00 China Standard Time) of the day on which the last
/// <see cref="ProcedureSettings.RenewalWindowDays"/> days of validity begin; earlier is <c>renewal-not-in-window</c>,
/// naming that date.</item>
/// <item>An expired registration may still be renewed during its grace — until the registry's clock records its
/// cancellation (then <c>asset-cancelled</c>). A freeze or an open objection does not block renewal: renewal
/// disposes of nothing, it keeps the registration the court or the objector relies on alive.</item>
/// <item>The new validity runs on from the previous end (not from approval), so it is continuous even when
/// renewed late: previous <see cref="Asset.ValidUntil"/> + <see cref="ProcedureSettings.ValidityYears"/>, capped at
/// 24:00 of the day the authorisation the data rests on ends [source: Beijing data-IP rules]. If that
/// authorisation ends no later than the current validity, renewal could add nothing:
/// <c>renewal-beyond-authorisation</c> (the holder needs a new authorisation and a new initial registration).</item>
/// <item>Checked when the holder applies and again at approval (the holder must still hold; a renewal approved
/// meanwhile moves the window, so a second one is refused).</item>
/// </list>
/// </summary>
public static class RenewalRules
{
    /// <summary>The moment renewal opens: 00:00 CST of the day <paramref name="windowDays"/> days before validity ends.</summary>
    public static DateTimeOffset WindowOpensAt(Asset asset, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return WorkingCalendar.StartOfLocalDay(WorkingCalendar.LocalDateOf(asset.ValidUntil.AddDays(-windowDays)));
    }

    /// <summary>Validity after renewal: on from the previous end, capped by the authorisation's end.</summary>
    public static DateTimeOffset RenewedUntil(Asset asset, ProcedureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(settings);
        return Asset.ValidUntilFor(asset.ValidUntil, settings.ValidityYears, asset.Details.AuthorisationEndsOn);
    }

    /// <summary>The holder's application (续展), in the window; <paramref name="pendingRenewal"/> is another one of the asset still under way.</summary>
    public static RenewalApplied Apply(Asset asset, ApplyForRenewal command, string? pendingRenewal, DateTimeOffset now, ProcedureDeadlines deadlines,
        ProcedureSettings settings)
    {
        EnsureRenewable(asset, command.SubmittedBy, now, settings);
        if (pendingRenewal is not null)
        {
            throw new Refusal(Refusals.RenewalAlreadyApplied, "registrationNumber", ("number", asset.Id), ("application", pendingRenewal));
        }

        return new RenewalApplied(command.ApplicationId, asset.Id, asset.Kind, asset.Name, asset.Holder, command.SubmittedBy, now, deadlines.ReplyDue(now));
    }

    /// <summary>Whether the holder may apply now; throws the refusal otherwise.</summary>
    public static void EnsureRenewable(Asset asset, Actor applicant, DateTimeOffset now, ProcedureSettings settings)
    {
        EnsureNotCancelled(asset, now);
        asset.EnsureHeldBy(applicant);
        EnsureRenewableNow(asset, now, settings);
    }

    /// <summary>At approval (核准): the registration is renewed on the asset as it stands now.</summary>
    public static RegistrationRenewed Register(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(application);
        EnsureNotCancelled(asset, now);
        asset.EnsureHeldByApplicant(application);
        EnsureRenewableNow(asset, now, settings);
        return new RegistrationRenewed(asset.Id, application.Id, asset.ValidUntil, RenewedUntil(asset, settings), clerk, now);
    }

    private static void EnsureNotCancelled(Asset asset, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset.StatusAt(now) == AssetStatus.Cancelled)
        {
            throw new Refusal(Refusals.AssetCancelled, "registrationNumber", ("number", asset.Id));
        }
    }

    private static void EnsureRenewableNow(Asset asset, DateTimeOffset now, ProcedureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var opensAt = WindowOpensAt(asset, settings.RenewalWindowDays);
        if (now < opensAt)
        {
            throw new Refusal(Refusals.RenewalNotInWindow, "registrationNumber", ("number", asset.Id),
                ("validUntil", WorkingCalendar.LocalDateOf(asset.ValidUntil.AddTicks(-1))), ("days", settings.RenewalWindowDays),
                ("opensOn", WorkingCalendar.LocalDateOf(opensAt)));
        }

        if (asset.Details.AuthorisationEndsOn is { } authorisationEndsOn && WorkingCalendar.EndOfLocalDay(authorisationEndsOn) <= asset.ValidUntil)
        {
            throw new Refusal(Refusals.RenewalBeyondAuthorisation, "registrationNumber", ("number", asset.Id),
                ("authorisationEndsOn", authorisationEndsOn), ("validUntil", WorkingCalendar.LocalDateOf(asset.ValidUntil.AddTicks(-1))));
        }
    }
}
