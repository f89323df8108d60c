using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Verification.Identifiers;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.InitialRegistration;

/// <summary>首次登记: cited documents are the applicant's own uploads; a product derives from registered, active data resources.</summary>
public sealed class InitialRegistrationRulesTests
{
    private static readonly CitableDocuments ReportUploaded = new(new HashSet<string> { ReviewReportFingerprint, DeclarationFingerprint });

    private static readonly IReadOnlyDictionary<string, Asset> NoSources = new Dictionary<string, Asset>();

    private static Dictionary<string, Asset> Sources(params Asset[] assets) => assets.ToDictionary(a => a.Id);

    private static InitialRegistrationApplied Apply(InitialRegistrationDetails details, CitableDocuments? citable = null,
        IReadOnlyDictionary<string, Asset>? sources = null) =>
        InitialRegistrationRules.Apply(TheApplicationId, Holder, details, HolderStaff, citable ?? ReportUploaded, sources ?? NoSources, Now, Deadlines);

    [Fact]
    public void an_application_citing_its_own_uploads_opens_with_the_reply_limit()
    {
        var details = Details(declarationFingerprint: DeclarationFingerprint);

        Then.Recorded(Apply(details), new InitialRegistrationApplied(TheApplicationId, Holder, details, HolderStaff, Now, Deadlines.ReplyDue(Now)));
    }

    [Fact]
    public void the_review_report_must_be_the_applicants_upload() =>
        Then.Refused(() => Apply(Details(), new CitableDocuments(new HashSet<string>())), "document-not-uploaded", "reviewReport.documentFingerprint");

    [Fact]
    public void the_declaration_if_cited_must_be_the_applicants_upload() =>
        Then.Refused(() => Apply(Details(declarationFingerprint: new string('f', 64))), "document-not-uploaded", "declaration.documentFingerprint");

    [Fact]
    public void a_cited_fingerprint_is_sixty_four_hex_digits() =>
        Then.Refused(() => Apply(Details(reviewReportFingerprint: "xyz")), "invalid-field", "reviewReport.documentFingerprint", RefusalKind.Invalid);

    [Fact]
    public void a_product_derives_from_registered_data_resources()
    {
        var product = Details(AssetKind.DataProduct, derivedFrom: [Number]);

        Assert.Equal([Number], Apply(product, sources: Sources(RegisteredAsset)).Details.DerivedFrom);
    }

    [Fact]
    public void a_product_does_not_derive_from_an_unregistered_asset() =>
        Then.Refused(() => Apply(Details(AssetKind.DataProduct, derivedFrom: [Number, OtherResource]), sources: Sources(RegisteredAsset)),
            "derived-asset-not-found", "derivedFrom[1]");

    [Fact]
    public void a_product_does_not_derive_from_a_product() =>
        Then.Refused(() => Apply(Details(AssetKind.DataProduct, derivedFrom: [Product]), sources: Sources(ProductAsset)),
            "derived-asset-not-a-resource", "derivedFrom[0]");

    [Fact]
    public void a_product_does_not_derive_from_an_expired_resource() =>
        Then.Refused(() => Apply(Details(AssetKind.DataProduct, derivedFrom: [Number]), sources: Sources(ExpiredAsset)),
            "derived-asset-not-active", "derivedFrom[0]");

    [Fact]
    public void a_product_does_not_derive_from_a_cancelled_resource() =>
        Then.Refused(() => InitialRegistrationRules.EnsureDerivable([Number], Sources(CancelledAsset), Now), "derived-asset-not-active", "derivedFrom[0]");

    // ---- approval ----

    private static (Application Application, InitialSubject Subject) Submitted(InitialRegistrationDetails details)
    {
        var application = Application.Create(InitialApplied(details));
        return (application, (InitialSubject)application.Subject);
    }

    [Fact]
    public void approval_brings_the_asset_into_being_valid_three_years_once_numbered()
    {
        var (application, subject) = Submitted(Details());
        var approval = InitialRegistrationRules.Register(application, subject, NoSources, SecondClerk, Now, Settings);

        Assert.Equal(new InitialApproval(TheApplicationId, Holder, subject.Details, Now.AddYears(3), SecondClerk, Now), approval);
        Then.Recorded(approval.Numbered(Number), new AssetRegistered(Number, TheApplicationId, Holder, RightType.Holding, subject.Details, Now, Now.AddYears(3),
            SecondClerk, Now));
        Assert.Equal((AssetKind.DataResource, 2026), (approval.Kind, approval.Year));
    }

    [Fact]
    public void validity_is_capped_by_the_end_of_the_authorisation()
    {
        var (application, subject) = Submitted(Details(authorisationEndsOn: Day("2027-03-31")));

        Assert.Equal(At("2027-04-01T00:00+08:00"), InitialRegistrationRules.Register(application, subject, NoSources, SecondClerk, Now, Settings).ValidUntil);
    }

    [Fact]
    public void a_product_is_operated_rather_than_held()
    {
        var (application, subject) = Submitted(Details(AssetKind.DataProduct));

        Assert.Equal(RightType.Operating, InitialRegistrationRules.Register(application, subject, NoSources, SecondClerk, Now, Settings).Numbered(Product).Right);
    }

    [Fact]
    public void at_approval_a_source_cancelled_meanwhile_is_refused()
    {
        var (application, subject) = Submitted(Details(AssetKind.DataProduct, derivedFrom: [Number]));

        Then.Refused(() => InitialRegistrationRules.Register(application, subject, Sources(CancelledAsset), SecondClerk, Now, Settings),
            "derived-asset-not-active", "derivedFrom[0]");
    }
}
