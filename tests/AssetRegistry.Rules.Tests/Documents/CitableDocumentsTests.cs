using AssetRegistry.Documents;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Documents;

/// <summary>An application cites only documents its applicant may cite; the first that fails is named by its field.</summary>
public sealed class CitableDocumentsTests
{
    private static readonly CitableDocuments Uploaded = new(new HashSet<string> { BasisFingerprint, OrderFingerprint });

    [Fact]
    public void documents_the_actor_uploaded_may_be_cited_in_any_case() =>
        Then.Allowed(() => Uploaded.Ensure([new CitedDocument("basisFingerprint", BasisFingerprint.ToUpperInvariant()), new CitedDocument("order", OrderFingerprint)]));

    [Fact]
    public void citing_nothing_is_allowed() =>
        Then.Allowed(() => new CitableDocuments(new HashSet<string>()).Ensure([]));

    [Fact]
    public void a_document_the_actor_may_not_cite_is_not_uploaded_naming_its_field() =>
        Then.Refused(() => Uploaded.Ensure([new CitedDocument("evidence[0]", BasisFingerprint), new CitedDocument("evidence[1]", new string('9', 64))]),
            "document-not-uploaded", "evidence[1]");

    [Fact]
    public void a_malformed_fingerprint_is_invalid_naming_its_field() =>
        Then.Refused(() => Uploaded.Ensure([new CitedDocument("evidence[0]", BasisFingerprint), new CitedDocument("evidence[1]", new string('g', 64))]),
            "invalid-field", "evidence[1]", RefusalKind.Invalid);

    [Fact]
    public void every_fingerprint_is_checked_for_form_before_any_for_upload() =>
        Then.Refused(() => Uploaded.Ensure([new CitedDocument("evidence[0]", new string('9', 64)), new CitedDocument("evidence[1]", "short")]),
            "invalid-field", "evidence[1]", RefusalKind.Invalid);
}
