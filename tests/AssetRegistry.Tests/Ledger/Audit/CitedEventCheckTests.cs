using System.Text;
using AssetRegistry.Ledger.Audit;
using static AssetRegistry.Tests.Ledger.Audit.BuiltLedger;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>The event a certificate cites, against <c>mt_events</c> as the row brings it: each way they can disagree has its code.</summary>
public sealed class CitedEventCheckTests
{
    private readonly AuditedLeaf _leaf = Healthy().Leaves[3];

    [Fact]
    public void the_event_a_built_certificate_cites_passes() => Assert.Null(Check(_leaf));

    [Theory]
    [InlineData("hash")]
    [InlineData("version")]
    [InlineData("whole")]
    public void a_citation_without_stream_version_sequence_and_hash_is_event_citation_incomplete(string removed) =>
        Assert.Equal(Found(AuditFailure.EventCitationIncomplete, "event must state stream, version, sequence and hash"),
            Check(Rewritten(_leaf, certificate =>
            {
                if (removed == "whole")
                {
                    certificate["event"] = "AR-R-1";
                }
                else
                {
                    certificate["event"]!.AsObject().Remove(removed);
                }
            })));

    [Fact]
    public void a_row_filed_under_another_event_is_event_sequence_differs() =>
        Assert.Equal(Found(AuditFailure.EventSequenceDiffers, $"cites event {_leaf.EventSequence}, its row event 1"), Check(Copy(_leaf, eventSequence: 1)));

    [Fact]
    public void an_event_of_another_stream_is_event_of_another_asset() =>
        Assert.Equal(Found(AuditFailure.EventOfAnotherAsset, $"cites an event of stream SZDE-R-2026-00000001-A, not of its asset {_leaf.RegistrationNumber}"),
            Check(Rewritten(_leaf, certificate => certificate["event"]!["stream"] = "SZDE-R-2026-00000001-A")));

    [Fact]
    public void an_event_mt_events_does_not_hold_is_event_not_found() =>
        Assert.Equal(Cited(AuditFailure.EventNotFound, "no such event in mt_events"), Check(Copy(_leaf, noEvent: true)));

    [Fact]
    public void an_event_at_another_version_is_event_position_differs() =>
        Assert.Equal(Cited(AuditFailure.EventPositionDiffers,
                $"is version 9 of stream {_leaf.RegistrationNumber}, the certificate says version {_leaf.EventVersion} of {_leaf.RegistrationNumber}"),
            Check(Copy(_leaf, eventVersion: 9)));

    [Fact]
    public void an_event_that_records_no_registration_is_event_completes_no_registration() =>
        Assert.Equal(Cited(AuditFailure.EventCompletesNoRegistration, "is a registration_expired event, which completes no registration"),
            Check(Copy(_leaf, eventType: "registration_expired")));

    [Fact]
    public void stored_data_without_a_canonical_form_is_event_not_canonical()
    {
        var finding = Check(Copy(_leaf, eventData: Encoding.UTF8.GetBytes("{\"valuation\":1e400}")));

        Assert.Equal(AuditFailure.EventNotCanonical, finding?.Failure);
        Assert.StartsWith($"event {_leaf.EventSequence} cited by {_leaf.CertificateNumber} (leaf 3): stored data has no canonical form: ", finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void stored_data_changed_since_issue_is_event_hash_differs()
    {
        var changed = Encoding.UTF8.GetString(_leaf.EventData!).Replace("000000000004", "000000000005", StringComparison.Ordinal);
        Assert.NotEqual(Encoding.UTF8.GetString(_leaf.EventData!), changed);

        Assert.Equal(Cited(AuditFailure.EventHashDiffers, "hash differs"), Check(Copy(_leaf, eventData: Encoding.UTF8.GetBytes(changed))));
    }

    [Fact]
    public void a_stated_hash_that_is_not_strict_base64_is_event_hash_differs() =>
        Assert.Equal(Cited(AuditFailure.EventHashDiffers, "hash differs"),
            Check(Rewritten(_leaf, certificate => certificate["event"]!["hash"] = certificate["event"]!["hash"]!.GetValue<string>().TrimEnd('='))));

    private static AuditFinding? Check(AuditedLeaf leaf)
    {
        Assert.Null(StoredCertificateCheck.Check(leaf, out var certificate));
        return CitedEventCheck.Check(leaf, certificate!);
    }

    private AuditFinding Found(AuditFailure failure, string what) => new(failure, $"certificate {_leaf.CertificateNumber} (leaf 3): {what}");

    private AuditFinding Cited(AuditFailure failure, string what) => new(failure, $"event {_leaf.EventSequence} cited by {_leaf.CertificateNumber} (leaf 3): {what}");
}
