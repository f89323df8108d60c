using AssetRegistry.Renewal;
using AssetRegistry.Licensing;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Cancelling;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Timers;
using Marten;

namespace AssetRegistry.Validity;

/// <summary>
/// The clocks of a registration's validity, armed in the session (so in the transaction) that records what
/// starts them: expiry at <see cref="Asset.ValidUntil"/>, cancellation when the grace after expiry has run, and
/// the end of each license's term. One timer per asset and purpose (per license for terms): arming again
/// replaces it. Each fired command lets the asset's state decide, so a timer that fires late, twice or after a
/// renewal does no harm.
/// </summary>
public static class ValidityTimers
{
    public static string ExpiryTimerId(string registrationNumber) => $"expiry:{registrationNumber}";

    public static string GraceTimerId(string registrationNumber) => $"expiry-grace:{registrationNumber}";

    public static string LicenseTermTimerId(string registrationNumber, string licenseId) => $"license-term:{registrationNumber}:{licenseId}";

    /// <summary>Arms (or moves) the expiry of the registration to <paramref name="validUntil"/>.</summary>
    public static void Arm(IDocumentSession session, string registrationNumber, DateTimeOffset validUntil)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Store(RegistryTimer.For(ExpiryTimerId(registrationNumber), new ExpireRegistration(registrationNumber), validUntil));
    }

    /// <summary>Arms the cancellation of an expired, unrenewed registration when its grace ends.</summary>
    public static void ArmGraceCancellation(IDocumentSession session, string registrationNumber, DateTimeOffset graceEndsAt)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Store(RegistryTimer.For(GraceTimerId(registrationNumber), new CancelExpiredRegistration(registrationNumber), graceEndsAt));
    }

    /// <summary>Arms (or moves) the end of a license's term: 24:00 China Standard Time of its last day.</summary>
    public static void ArmLicenseTerm(IDocumentSession session, string registrationNumber, string licenseId, DateOnly endsOn)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Store(RegistryTimer.For(LicenseTermTimerId(registrationNumber, licenseId), new EndLicenseTerm(registrationNumber, licenseId),
            WorkingCalendar.EndOfLocalDay(endsOn)));
    }

    /// <summary>
    /// Arms whatever clock a registration just recorded on an asset starts or moves: the expiry of an initial
    /// registration or a renewal (a renewal also drops the pending grace cancellation), the term end of a new
    /// license or of a license whose terms changed; a cancellation drops the clocks it ended. Any other event
    /// arms nothing. Call it with the event appended, in the same session.
    /// </summary>
    public static void ArmFor(IDocumentSession session, object registration)
    {
        ArgumentNullException.ThrowIfNull(session);
        switch (registration)
        {
            case AssetRegistered registered:
                Arm(session, registered.RegistrationNumber, registered.ValidUntil);
                break;
            case RegistrationRenewed renewed:
                Arm(session, renewed.RegistrationNumber, renewed.ValidUntil);
                session.Delete<RegistryTimer>(GraceTimerId(renewed.RegistrationNumber));
                break;
            case LicenseRegistered license:
                ArmLicenseTerm(session, license.RegistrationNumber, license.LicenseId, license.Terms.EndsOn);
                break;
            case ChangeRegistered { LicenseId: { } licenseId, LicenseTermsAfter: { } terms } changed:
                ArmLicenseTerm(session, changed.RegistrationNumber, licenseId, terms.EndsOn);
                break;
            // Ended early: their timers would find nothing to do; drop them.
            case AssetCancelled cancelled:
                session.Delete<RegistryTimer>(ExpiryTimerId(cancelled.RegistrationNumber));
                session.Delete<RegistryTimer>(GraceTimerId(cancelled.RegistrationNumber));
                break;
            case LicenseCancelled cancelled:
                session.Delete<RegistryTimer>(LicenseTermTimerId(cancelled.RegistrationNumber, cancelled.LicenseId));
                break;
        }
    }

    /// <summary>
    /// After a freeze is lifted: an expired asset whose cancellation the freeze held off gets its grace timer
    /// again (it fires at once if the grace is over; the handler decides).
    /// </summary>
    public static void RearmGraceCancellationIfExpired(IDocumentSession session, Asset asset, DateTimeOffset now, int graceMonths)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset.StatusAt(now) == AssetStatus.Expired)
        {
            ArmGraceCancellation(session, asset.Id, ValidityRules.GraceEndsAt(asset, graceMonths));
        }
    }
}
