using AssetRegistry.Documents;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Cancelling;

/// <summary>
/// Who may end a registration, and on what ground [source: Hangzhou exit rules; Yangzhou 撤销]: the holder
/// gives up the asset or the data is destroyed; a court orders it (with the order); the registry revokes
/// it for fraud (clerks only). A license ends by cancellation at the holder's or licensee's request.
/// </summary>
public static class CancellationRules
{
    /// <summary>The registry itself, as applicant of a revocation (撤销).</summary>
    public static readonly Applicant Registry = new("registry", "登记机构");

    /// <summary>The application (注销登记): who may cancel on this ground, the asset or license not blocked, the basis the applicant's upload.</summary>
    public static CancellationApplied Apply(Asset asset, ApplyForCancellation command, CitableDocuments citable, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        var applicant = EnsureCancellable(asset, command.SubmittedBy, command.Cancellation, now);
        citable.Ensure(Cited(command.Cancellation));
        return new CancellationApplied(command.ApplicationId, asset.Id, asset.Kind, asset.Name, applicant, command.Cancellation, command.SubmittedBy, now,
            deadlines.ReplyDue(now));
    }

    /// <summary>The order or document a cancellation rests on, when it names one.</summary>
    public static IReadOnlyList<CitedDocument> Cited(CancellationRequest cancellation) =>
        cancellation.BasisFingerprint is { } basis ? [new CitedDocument("basisFingerprint", basis)] : [];

    public static Applicant EnsureCancellable(Asset asset, Actor applicant, CancellationRequest cancellation, DateTimeOffset now)
    {
        if (asset.StatusAt(now) == AssetStatus.Cancelled)
        {
            throw new Refusal("asset-cancelled", $"{asset.Id} was cancelled (注销); it accepts no further registration.", "registrationNumber");
        }

        EnsureGroundIsAParty(cancellation);
        EnsureNotBlocked(asset, cancellation, now);

        if (cancellation.Ground == CancellationGround.Revocation)
        {
            return applicant.IsClerk
                ? Registry
                : throw Refusal.Forbidden("revocation-by-registry-only", "Only the registry revokes a registration (撤销), for fraud.");
        }

        if (cancellation.Ground == CancellationGround.CourtOrder && cancellation.BasisFingerprint is null)
        {
            throw Refusal.Invalid("basisFingerprint", "A cancellation on a court order cites the order's fingerprint.");
        }

        if (cancellation.LicenseId is { } licenseId)
        {
            var license = asset.LicenseInForce(licenseId, now, "licenseId");
            if (applicant.Speaks(license.Licensee.PartyCode))
            {
                return license.Licensee;
            }

            if (cancellation.Ground != CancellationGround.CourtOrder && !applicant.Speaks(asset.Holder.PartyCode))
            {
                throw Refusal.Forbidden("not-a-party-to-the-license", "Only the holder or the licensee may cancel a license.");
            }
        }
        else if (cancellation.Ground != CancellationGround.CourtOrder)
        {
            asset.EnsureHeldBy(applicant);
        }

        return asset.ApplicantFor(applicant, null);
    }

    /// <summary>
    /// Expiry not renewed (期满未续展) is the registry's own ground: its clock cancels an asset once validity and the grace
    /// period have run out (<see cref="Validity.ValidityRules"/>). No one applies with it — not a party, not a clerk.
    /// </summary>
    private static void EnsureGroundIsAParty(CancellationRequest cancellation)
    {
        if (cancellation.Ground == CancellationGround.ExpiryNotRenewed)
        {
            throw new Refusal("expiry-cancellation-by-registry-only",
                "Cancellation for expiry not renewed (期满未续展) is made by the registry's own clock, once validity and its grace period have run out; "
                + "no one applies for it. Apply on another ground (voluntary, dataDestroyed, courtOrder).",
                "ground", RefusalKind.Forbidden);
        }
    }

    /// <summary>
    /// Cancelling the asset is a disposition: a freeze blocks it; an open objection blocks the holder's own
    /// (voluntary) cancellation, not a court's or the registry's. Cancelling one license is not blocked.
    /// </summary>
    private static void EnsureNotBlocked(Asset asset, CancellationRequest cancellation, DateTimeOffset now)
    {
        if (cancellation.LicenseId is null && cancellation.Ground != CancellationGround.Revocation)
        {
            var byTheHolder = cancellation.Ground is CancellationGround.Voluntary or CancellationGround.DataDestroyed;
            if (asset.StatusAt(now) == AssetStatus.Active)
            {
                asset.EnsureDisposable(now, objectionsBlock: byTheHolder);
            }
        }
    }

    public static object Register(Asset asset, Application application, CancellationRequest cancellation, Actor clerk, DateTimeOffset now)
    {
        if (asset.StatusAt(now) == AssetStatus.Cancelled)
        {
            throw new Refusal("asset-cancelled", $"{asset.Id} was already cancelled (注销).");
        }

        EnsureGroundIsAParty(cancellation);
        EnsureNotBlocked(asset, cancellation, now);

        if (cancellation.LicenseId is { } licenseId)
        {
            asset.LicenseInForce(licenseId, now, "licenseId");

            return new LicenseCancelled(asset.Id, licenseId, application.Id, cancellation.Ground, cancellation.BasisFingerprint, clerk, now);
        }

        return new AssetCancelled(asset.Id, application.Id, cancellation.Ground, cancellation.BasisFingerprint, clerk, now);
    }
}
