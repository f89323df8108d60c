using AssetRegistry.Ledger.Audit;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>
/// What the audit says when the events that complete a registration are not as many as the certificates. The count
/// and the search for the event left out run in PostgreSQL (<see cref="LedgerAuditTests"/> leaves one out of a real
/// ledger); the finding is theirs to give.
/// </summary>
public sealed class RegistrationCoverageTests
{
    [Fact]
    public void the_first_event_left_out_is_registration_left_out() =>
        Assert.Equal(new AuditFinding(AuditFailure.RegistrationLeftOut,
                "event 17 (license_registered on AR-R-2026-00000042-F) has no certificate, though the ledger certifies events after it: a registration was left out of the ledger"),
            RegistrationCoverage.Finding(5, 4, 30, new RegistrationCoverage.LeftOut(17, "AR-R-2026-00000042-F", "license_registered")));

    [Fact]
    public void counts_that_differ_with_no_event_left_out_are_certifying_events_miscounted() =>
        Assert.Equal(new AuditFinding(AuditFailure.CertifyingEventsMiscounted, "the database holds 1,204 certifying events up to event 3000, the ledger 1,203 certificates"),
            RegistrationCoverage.Finding(1204, 1203, 3000, null));
}
