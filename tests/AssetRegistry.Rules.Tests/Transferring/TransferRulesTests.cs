using AssetRegistry.Applications;
using AssetRegistry.Documents;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using AssetRegistry.Transferring;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Transferring;

/// <summary>转移登记: the holder on any ground; anyone else only on a court judgment, an arbitral award or a merger/split.</summary>
public sealed class TransferRulesTests
{
    private static readonly CitableDocuments BasisUploaded = new(new HashSet<string> { BasisFingerprint });

    private static ApplyForTransfer Command(TransferGround ground = TransferGround.Trade, Actor? by = null, string? basis = null) =>
        new(TheApplicationId, Number, new PartyIdentity(PartyIdentifierType.UnifiedSocialCreditCode, NewHolder.PartyCode, null), ground,
            basis ?? BasisFingerprint, by ?? HolderStaff);

    [Fact]
    public void the_holder_applies_to_transfer_and_the_new_holder_is_to_consent()
    {
        var applied = TransferRules.Apply(RegisteredAsset, Command(), Holder, NewHolder, BasisUploaded, Now);

        Then.Recorded(applied, new TransferApplied(TheApplicationId, Number, Verification.Identifiers.AssetKind.DataResource, "城市交通出行数据集", Holder,
            new TransferRequest(NewHolder, TransferGround.Trade, BasisFingerprint), HolderStaff, Now));
        var application = Application.Create(applied);
        Assert.Equal((ApplicationState.AwaitingConsent, NewHolder, true), (application.State, application.Subject.ConsentsAwaited[0], application.HasPublicNotice));
    }

    [Fact]
    public void a_third_party_applies_on_a_court_judgment_under_its_party_records_name()
    {
        var applied = TransferRules.Apply(RegisteredAsset, Command(TransferGround.CourtJudgment, NewHolderStaff), NewHolder, NewHolder,
            new CitableDocuments(new HashSet<string> { BasisFingerprint }), Now);

        Assert.Equal(NewHolder, applied.Applicant);
    }

    [Fact]
    public void anyone_but_the_holder_needs_a_judgment_award_or_merger() =>
        Then.Refused(() => TransferRules.Apply(RegisteredAsset, Command(TransferGround.Trade, NewHolderStaff), NewHolder, NewHolder, BasisUploaded, Now),
            "not-the-holder", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_third_party_must_be_a_verified_party() =>
        Then.Refused(() => TransferRules.Apply(RegisteredAsset, Command(TransferGround.ArbitralAward, NewHolderStaff), null, NewHolder, BasisUploaded, Now),
            "party-not-verified", kind: RefusalKind.Forbidden);

    [Fact]
    public void an_applicant_with_no_party_code_is_not_a_party() =>
        Then.Refused(() => TransferRules.Apply(RegisteredAsset, Command(TransferGround.CourtJudgment, Clerk), null, NewHolder, BasisUploaded, Now),
            "not-a-party", kind: RefusalKind.Forbidden);

    [Fact]
    public void the_new_holder_is_not_the_holder() =>
        Then.Refused(() => TransferRules.Apply(RegisteredAsset, Command(), Holder, Holder, BasisUploaded, Now), "new-holder-already-holds", "newHolder");

    [Fact]
    public void the_basis_is_a_document_the_applicant_uploaded() =>
        Then.Refused(() => TransferRules.Apply(RegisteredAsset, Command(), Holder, NewHolder, new CitableDocuments(new HashSet<string>()), Now),
            "document-not-uploaded", "basisFingerprint");

    [Fact]
    public void the_basis_is_a_fingerprint() =>
        Then.Refused(() => TransferRules.Apply(RegisteredAsset, Command(basis: "not-a-hash"), Holder, NewHolder, BasisUploaded, Now),
            "invalid-field", "basisFingerprint", RefusalKind.Invalid);

    [Fact]
    public void an_asset_under_objection_is_not_transferred() =>
        Then.Refused(() => TransferRules.Apply(AssetUnderObjection, Command(), Holder, NewHolder, BasisUploaded, Now), "asset-under-objection", "registrationNumber");

    [Fact]
    public void a_frozen_asset_is_not_transferred_even_on_a_judgment() =>
        Then.Refused(() => TransferRules.Apply(FrozenAsset, Command(TransferGround.CourtJudgment, NewHolderStaff), NewHolder, NewHolder, BasisUploaded, Now),
            "asset-frozen", "registrationNumber");

    [Fact]
    public void a_cancelled_asset_is_not_transferred() =>
        Then.Refused(() => TransferRules.Apply(CancelledAsset, Command(), Holder, NewHolder, BasisUploaded, Now), "asset-cancelled", "registrationNumber");

    [Fact]
    public void an_expired_asset_is_not_transferred() =>
        Then.Refused(() => TransferRules.Apply(ExpiredAsset, Command(), Holder, NewHolder, BasisUploaded, Now), "asset-expired", "registrationNumber");

    // ---- approval ----

    private static Application TransferApplication(TransferGround ground = TransferGround.Trade) =>
        ReadyForApproval(Application.Create(TransferApplied(ground)));

    private static TransferRequest Transfer(Application application) => ((TransferSubject)application.Subject).Transfer;

    [Fact]
    public void at_approval_the_holding_right_moves_and_licenses_survive()
    {
        var application = TransferApplication();
        var registered = TransferRules.Register(LicensedAsset, application, Transfer(application), SecondClerk, Now);

        Then.Recorded(registered, new TransferRegistered(Number, TheApplicationId, Holder, NewHolder, TransferGround.Trade, BasisFingerprint, SecondClerk, Now));
        var after = LicensedAsset.After(registered);
        Assert.Equal(NewHolder, after.Holder);
        Assert.Single(after.Licenses);
    }

    [Fact]
    public void of_two_transfers_by_the_holder_the_second_finds_it_no_longer_holds()
    {
        var application = TransferApplication();
        var transferredMeanwhile = AssetWith(Registered(holder: Objector));

        Then.Refused(() => TransferRules.Register(transferredMeanwhile, application, Transfer(application), SecondClerk, Now), "applicant-no-longer-holds");
    }

    [Fact]
    public void a_transfer_on_a_judgment_does_not_need_the_applicant_to_hold()
    {
        var application = TransferApplication(TransferGround.CourtJudgment);
        var heldByAnother = AssetWith(Registered(holder: Objector));

        Then.Recorded(TransferRules.Register(heldByAnother, application, Transfer(application), SecondClerk, Now),
            new TransferRegistered(Number, TheApplicationId, Objector, NewHolder, TransferGround.CourtJudgment, BasisFingerprint, SecondClerk, Now));
    }

    [Fact]
    public void at_approval_a_new_holder_who_already_holds_is_refused()
    {
        var application = TransferApplication(TransferGround.CourtJudgment);

        Then.Refused(() => TransferRules.Register(AssetWith(Registered(holder: NewHolder)), application, Transfer(application), SecondClerk, Now),
            "new-holder-already-holds");
    }

    [Fact]
    public void at_approval_an_objection_registered_meanwhile_blocks_the_transfer()
    {
        var application = TransferApplication();

        Then.Refused(() => TransferRules.Register(AssetUnderObjection, application, Transfer(application), SecondClerk, Now), "asset-under-objection", "registrationNumber");
    }
}
