using AssetRegistry.Applications;
using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.Licensing;
using AssetRegistry.Renewal;
using AssetRegistry.Transferring;
using AssetRegistry.Assets;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Applications;

/// <summary>At approval each kind's subject asks its own decider what the registration records on the asset.</summary>
public sealed class ApplicationSubjectTests
{
    private static object RegisterAt(Asset asset, Application opened)
    {
        var application = ReadyForApproval(opened);
        return ((RegistrationOnAsset)application.Subject).Register(asset, application, SecondClerk, Now, Settings);
    }

    [Fact]
    public void a_license_application_registers_the_license() =>
        Then.Recorded(RegisterAt(RegisteredAsset, Application.Create(LicenseApplied())),
            new LicenseRegistered(Number, TheApplicationId, TheApplicationId, Holder, Licensee, Terms(), SecondClerk, Now));

    [Fact]
    public void a_transfer_application_registers_the_transfer() =>
        Then.Recorded(RegisterAt(RegisteredAsset, Application.Create(TransferApplied())),
            new TransferRegistered(Number, TheApplicationId, Holder, NewHolder, TransferGround.Trade, BasisFingerprint, SecondClerk, Now));

    [Fact]
    public void a_change_application_registers_the_change()
    {
        var change = new ChangeRequest(null, "智慧交通", null, null, null, null, null, null, null, null);

        Then.Recorded(RegisterAt(RegisteredAsset, Application.Create(ChangeApplied(change))),
            new ChangeRegistered(Number, TheApplicationId, [new FieldChange("industry", "交通运输", "智慧交通")], Details() with { Industry = "智慧交通" },
                Holder.Name, null, null, SecondClerk, Now));
    }

    [Fact]
    public void a_cancellation_application_registers_the_cancellation() =>
        Then.Recorded(RegisterAt(RegisteredAsset, Application.Create(CancellationApplied(new CancellationRequest(CancellationGround.Voluntary, null, null, null)))),
            new AssetCancelled(Number, TheApplicationId, CancellationGround.Voluntary, null, SecondClerk, Now));

    [Fact]
    public void a_renewal_application_registers_the_renewal()
    {
        var inWindow = AssetWith(Registered(validUntil: Now.AddDays(30)));

        Then.Recorded(RegisterAt(inWindow, Application.Create(RenewalApplied())),
            new RegistrationRenewed(Number, TheApplicationId, Now.AddDays(30), Now.AddDays(30).AddYears(3), SecondClerk, Now));
    }

    [Fact]
    public void a_subjects_decider_refuses_on_the_asset_as_it_stands_at_approval() =>
        Then.Refused(() => RegisterAt(FrozenAsset, Application.Create(TransferApplied())), "asset-frozen", "registrationNumber");

    [Fact]
    public void only_licenses_and_transfers_await_a_counterparty_and_only_initial_registrations_and_transfers_go_under_notice()
    {
        Assert.Equal([Licensee], Application.Create(LicenseApplied()).Subject.ConsentsAwaited);
        Assert.Equal([NewHolder], Application.Create(TransferApplied()).Subject.ConsentsAwaited);
        Assert.Empty(Application.Create(RenewalApplied()).Subject.ConsentsAwaited);
        Assert.Equal([true, false, true, false, false, false],
            new[] { InitialSubmitted, Application.Create(LicenseApplied()), Application.Create(TransferApplied()),
                Application.Create(ChangeApplied(new ChangeRequest("新", null, null, null, null, null, null, null, null, null))),
                Application.Create(CancellationApplied(new CancellationRequest(CancellationGround.Voluntary, null, null, null))), Application.Create(RenewalApplied()) }
            .Select(a => a.HasPublicNotice));
    }
}
