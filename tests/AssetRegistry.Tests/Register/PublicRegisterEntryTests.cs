using AssetRegistry.Validity;
using AssetRegistry.Cancelling;
using AssetRegistry.Freezes;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Register;
using AssetRegistry.Security;
using AssetRegistry.Transferring;
using AssetRegistry.Verification.Identifiers;
using JasperFx.Events;

namespace AssetRegistry.Tests.Register;

/// <summary>A register entry as a function of its event and the asset just before and after it: no database, no snapshot.</summary>
public sealed class PublicRegisterEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Clerk = new("clerk-qian", RegistryRoles.Clerk, null);
    private static readonly Applicant Seller = new(Infrastructure.RegistryApi.NewCreditCode(), "深圳市数据科技有限公司");
    private static readonly Applicant Buyer = new(Infrastructure.RegistryApi.NewCreditCode(), "北京数据应用有限公司");

    private static Asset Registered() => Asset.Create(new AssetRegistered(
        "AR-TEST-1", Guid.CreateVersion7().ToString(), Seller, RightType.Holding,
        new InitialRegistrationDetails(AssetKind.DataResource, "城市交通出行数据集", "交通运输", ["城市规划"], "自有业务系统采集", "结构化表格", "每日",
            "脱敏", "已存证", new string('a', 64), new ThirdPartyReviewReport("深圳数据合规评估中心", "91350100M000100Y43", "SZ-REV-1",
                new DateOnly(2026, 2, 20), "数据来源合法", new string('b', 64)), new DeclarationAndCommitment(true, null), null, []),
        Now.AddDays(-30), Now.AddYears(2), Clerk, Now.AddDays(-30)));

    private static (PublicRegisterEntry Entry, Asset After) EntryFor<T>(Asset before, T registration) where T : notnull
    {
        var after = before.After(registration);
        var recorded = new Event<T>(registration) { Id = Guid.NewGuid(), Timestamp = Now };
        return (PublicRegisterEntry.For(recorded, before, after)!, after);
    }

    [Fact]
    public void a_transfer_names_the_new_holder_as_holder_and_the_previous_holder_as_counterparty()
    {
        var (entry, _) = EntryFor(Registered(), new TransferRegistered("AR-TEST-1", Guid.CreateVersion7().ToString(), Seller, Buyer, TransferGround.Trade,
            new string('c', 64), Clerk, Now));

        Assert.Equal((RegistrationKind.Transfer, "北京数据应用有限公司", Buyer.PartyCode), (entry.Kind, entry.HolderName, entry.HolderCode));
        Assert.Equal(("深圳市数据科技有限公司", Seller.PartyCode, CounterpartyRole.PreviousHolder),
            (entry.CounterpartyName, entry.CounterpartyCode, entry.CounterpartyRole));
    }

    [Fact]
    public void an_entry_states_the_asset_of_its_moment_whatever_happened_to_it_after()
    {
        var license = new LicenseRegistered("AR-TEST-1", "L-1", Guid.CreateVersion7().ToString(), Seller, Buyer,
            new LicenseTerms(LicenseType.NonExclusive, false, ["城市规划"], new DateOnly(2026, 6, 2), new DateOnly(2026, 12, 31)), Clerk, Now);
        var (licensed, afterLicense) = EntryFor(Registered(), license);
        var (cancelled, _) = EntryFor(afterLicense.After(new TransferRegistered("AR-TEST-1", Guid.CreateVersion7().ToString(), Seller, Buyer, TransferGround.Trade,
            null, Clerk, Now)), new LicenseCancelled("AR-TEST-1", "L-1", Guid.CreateVersion7().ToString(), CancellationGround.Voluntary, null, Clerk, Now));

        Assert.Equal(("深圳市数据科技有限公司", "北京数据应用有限公司", CounterpartyRole.Licensee), (licensed.HolderName, licensed.CounterpartyName, licensed.CounterpartyRole));
        Assert.Equal(("北京数据应用有限公司", CounterpartyRole.Licensee), (cancelled.HolderName, cancelled.CounterpartyRole));
    }

    [Fact]
    public void a_freeze_names_the_court_and_an_expiry_noticed_is_no_entry()
    {
        var (frozen, _) = EntryFor(Registered(), new AssetFrozen("AR-TEST-1", "F-1", "深圳市中级人民法院", "(2026)粤03执保1号", new string('d', 64), null, Clerk, Now));
        var expired = new Event<RegistrationExpired>(new RegistrationExpired("AR-TEST-1", Now, Now)) { Id = Guid.NewGuid(), Timestamp = Now };

        Assert.Equal(("深圳市中级人民法院", CounterpartyRole.Court, (string?)null), (frozen.CounterpartyName, frozen.CounterpartyRole, frozen.CounterpartyCode));
        Assert.Null(PublicRegisterEntry.For(expired, Registered(), Registered()));
    }
}
