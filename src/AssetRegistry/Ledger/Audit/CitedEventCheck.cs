using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// The event a certificate cites is its row's event, on its asset's stream, one that completes a registration,
/// and as <c>mt_events</c> stores it now it still hashes to the hash the certificate states
/// (<see cref="StoredEventHash"/>). Needs nothing but the row, so it runs for many certificates at once.
/// </summary>
internal static class CitedEventCheck
{
    public static AuditFinding? Check(AuditedLeaf leaf, CanonicalCertificate certificate)
    {
        if (!certificate.HasEventObject || certificate.EventStream is not { } stream || certificate.EventVersion is not { } version
            || certificate.EventSequence is not { } sequence || certificate.EventHash is not { } hash)
        {
            return new(AuditFailure.EventCitationIncomplete, $"{leaf.Named}: event must state stream, version, sequence and hash");
        }

        if (sequence != leaf.EventSequence)
        {
            return new(AuditFailure.EventSequenceDiffers, $"{leaf.Named}: cites event {sequence}, its row event {leaf.EventSequence}");
        }

        if (!string.Equals(stream, leaf.RegistrationNumber, StringComparison.Ordinal))
        {
            return new(AuditFailure.EventOfAnotherAsset, $"{leaf.Named}: cites an event of stream {stream}, not of its asset {leaf.RegistrationNumber}");
        }

        if (leaf.EventType is null || leaf.EventStream is null || leaf.EventData is null)
        {
            return new(AuditFailure.EventNotFound, $"{Cited(leaf)}: no such event in mt_events");
        }

        if (!string.Equals(leaf.EventStream, stream, StringComparison.Ordinal) || leaf.EventVersion != version)
        {
            return new(AuditFailure.EventPositionDiffers,
                $"{Cited(leaf)}: is version {leaf.EventVersion} of stream {leaf.EventStream}, the certificate says version {version} of {stream}");
        }

        if (!CertifyingEvents.Types.Contains(leaf.EventType))
        {
            return new(AuditFailure.EventCompletesNoRegistration, $"{Cited(leaf)}: is a {leaf.EventType} event, which completes no registration");
        }

        byte[] recomputed;
        try
        {
            recomputed = StoredEventHash.Compute(leaf.EventStream, leaf.EventType, leaf.EventVersion, leaf.EventData);
        }
        catch (FormatException e)
        {
            return new(AuditFailure.EventNotCanonical, $"{Cited(leaf)}: stored data has no canonical form: {e.Message}");
        }

        return StrictBase64.TryDecode(hash, out var cited) && cited.AsSpan().SequenceEqual(recomputed)
            ? null
            : new(AuditFailure.EventHashDiffers, $"{Cited(leaf)}: hash differs");
    }

    /// <summary>How the findings name the event; its sequence is the row's, which the certificate's matches by then.</summary>
    private static string Cited(AuditedLeaf leaf) => $"event {leaf.EventSequence} cited by {leaf.CertificateNumber} (leaf {leaf.LeafIndex})";
}
