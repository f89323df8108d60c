using AssetRegistry.Cancelling;
using AssetRegistry.Security;
using AssetRegistry.Validity;
using AssetRegistry.Changing;
using AssetRegistry.Renewal;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Validity;

/// <summary>What the registry's clock records: expiry, cancellation after the grace, a license's term ending — once each.</summary>
public sealed class ValidityRulesTests
{
    private static readonly DateTimeOffset ValidUntil = Now.AddDays(-1);

    [Fact]
    public void an_expired_registration_is_recorded_expired_once()
    {
        var expired = ValidityRules.ExpireIfDue(ExpiredAsset, [Registered(validUntil: ValidUntil)], Now);

        Then.Recorded(expired, new RegistrationExpired(Number, ValidUntil, Now));
        Then.RecordedNothing(ValidityRules.ExpireIfDue(ExpiredAsset, [Registered(validUntil: ValidUntil), expired!], Now.AddHours(1)));
    }

    [Fact]
    public void an_active_or_cancelled_registration_does_not_expire()
    {
        Then.RecordedNothing(ValidityRules.ExpireIfDue(RegisteredAsset, [], Now));
        Then.RecordedNothing(ValidityRules.ExpireIfDue(AssetWith(Registered(validUntil: ValidUntil), CancelledVoluntarily()), [], Now));
    }

    [Fact]
    public void a_registration_renewed_in_its_grace_expires_again_at_its_new_end()
    {
        var oldExpiry = new RegistrationExpired(Number, ValidUntil, ValidUntil);
        var renewed = AssetWith(Registered(validUntil: ValidUntil), oldExpiry,
            new RegistrationRenewed(Number, "application-5", ValidUntil, Now.AddDays(1), Clerk, Now));

        Then.RecordedNothing(ValidityRules.ExpireIfDue(renewed, [oldExpiry], Now));
        Then.Recorded(ValidityRules.ExpireIfDue(renewed, [oldExpiry], Now.AddDays(2)), new RegistrationExpired(Number, Now.AddDays(1), Now.AddDays(2)));
    }

    [Fact]
    public void the_clock_cancels_an_unrenewed_registration_once_the_grace_is_over()
    {
        var graceEnds = ValidityRules.GraceEndsAt(ExpiredAsset, Settings.ExpiryGraceMonths);

        Assert.Equal(ValidUntil.AddMonths(6), graceEnds);
        Then.RecordedNothing(ValidityRules.CancelIfGraceOver(ExpiredAsset, graceEnds.AddTicks(-1), Settings.ExpiryGraceMonths));
        Then.Recorded(ValidityRules.CancelIfGraceOver(ExpiredAsset, graceEnds, Settings.ExpiryGraceMonths),
            new AssetCancelled(Number, null, CancellationGround.ExpiryNotRenewed, null, Actor.RegistryClock, graceEnds));
    }

    [Fact]
    public void a_standing_freeze_holds_the_clocks_cancellation_off()
    {
        var frozen = AssetWith(Registered(validUntil: ValidUntil), Frozen());

        Then.RecordedNothing(ValidityRules.CancelIfGraceOver(frozen, ValidUntil.AddMonths(7), Settings.ExpiryGraceMonths));
    }

    [Fact]
    public void an_active_registration_is_not_cancelled_by_the_clock() =>
        Then.RecordedNothing(ValidityRules.CancelIfGraceOver(RegisteredAsset, Now.AddMonths(7), Settings.ExpiryGraceMonths));

    [Fact]
    public void a_licenses_term_ends_at_midnight_china_time_of_its_last_day_recorded_once()
    {
        var endsAt = At("2027-01-01T00:00+08:00");

        Then.RecordedNothing(ValidityRules.EndLicenseTermIfDue(LicensedAsset, TheLicenseId, [], endsAt.AddTicks(-1)));
        var ended = ValidityRules.EndLicenseTermIfDue(LicensedAsset, TheLicenseId, [], endsAt.AddMinutes(1));
        Then.Recorded(ended, new LicenseTermEnded(Number, TheLicenseId, endsAt, endsAt.AddMinutes(1)));
        Then.RecordedNothing(ValidityRules.EndLicenseTermIfDue(LicensedAsset, TheLicenseId, [ended!], endsAt.AddMinutes(2)));
    }

    [Fact]
    public void a_cancelled_license_or_asset_or_unknown_license_has_no_term_to_end()
    {
        var afterTerm = At("2027-02-01T00:00+08:00");
        var licenseCancelled = AssetWith(Licensed(), new LicenseCancelled(Number, TheLicenseId, "application-7", CancellationGround.Voluntary, null, Clerk, Now));

        Then.RecordedNothing(ValidityRules.EndLicenseTermIfDue(licenseCancelled, TheLicenseId, [], afterTerm));
        Then.RecordedNothing(ValidityRules.EndLicenseTermIfDue(AssetWith(Licensed(), CancelledVoluntarily()), TheLicenseId, [], afterTerm));
        Then.RecordedNothing(ValidityRules.EndLicenseTermIfDue(LicensedAsset, "license-x", [], afterTerm));
    }

    [Fact]
    public void a_term_a_change_moved_later_ends_at_its_new_end()
    {
        var changed = AssetWith(Licensed(), new ChangeRegistered(Number, "application-6", [], Details(), Holder.Name, TheLicenseId,
            Terms(endsOn: "2027-03-31"), Clerk, Now));

        Then.RecordedNothing(ValidityRules.EndLicenseTermIfDue(changed, TheLicenseId, [], At("2027-01-01T00:01+08:00")));
    }
}
