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
    public static CancellationApplied Apply(Asset asset, ApplyForCancellation command, CitableDocuments citable, DateTimeOffset now, ProcedureDeadlines deadlines,
        Applicant? party = null)
    {
        var applicant = EnsureCancellable(asset, command.SubmittedBy, command.Cancellation, now, party);
        citable.Ensure(Cited(command.Cancellation));
        return new CancellationApplied(command.ApplicationId, asset.Id, asset.Kind, asset.Name, applicant, command.Cancellation, command.SubmittedBy, now,
            deadlines.ReplyDue(now));
    }

    /// <summary>The order or document a cancellation rests on, when it names one.</summary>
    public static IReadOnlyList<CitedDocument> Cited(CancellationRequest cancellation) =>
        cancellation.BasisFingerprint is { } basis ? [new CitedDocument("basisFingerprint", basis)] : [];

    /// <remarks><paramref name="party"/> is the applicant's verified party record, when it is a party: a court order's applicant is named by it.</remarks>
    public static Applicant EnsureCancellable(Asset asset, Actor applicant, CancellationRequest cancellation, DateTimeOffset now, Applicant? party = null)
    {
        if (asset.StatusAt(now) == AssetStatus.Cancelled)
        {
            throw new Refusal(Refusals.AssetCancelled, "registrationNumber", ("number", asset.Id));
        }

        EnsureGroundIsAParty(cancellation);
        EnsureNotBlocked(asset, cancellation, now);

        if (cancellation.Ground == CancellationGround.Revocation)
        {
            return applicant.IsClerk
                ? Registry
                : throw new Refusal(Refusals.RevocationByRegistryOnly);
        }

        if (cancellation.Ground == CancellationGround.CourtOrder && cancellation.BasisFingerprint is null)
        {
            throw Refusal.Invalid("basisFingerprint", Refusals.OrderFingerprintRequired);
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
                throw new Refusal(Refusals.NotAPartyToTheLicense);
            }
        }
        else if (cancellation.Ground != CancellationGround.CourtOrder)
        {
            asset.EnsureHeldBy(applicant);
        }

        return asset.ApplicantFor(applicant, party);
    }

    /// <summary>
    /// Expiry not renewed (期满未续展) is the registry's own ground: its clock cancels an asset once validity and the grace
    /// period have run out (<see cref="Validity.ValidityRules"/>). No one applies with it — not a party, not a clerk.
    /// </summary>
    private static void EnsureGroundIsAParty(CancellationRequest cancellation)
    {
        if (cancellation.Ground == CancellationGround.ExpiryNotRenewed)
        {
            throw new Refusal(Refusals.ExpiryCancellationByRegistryOnly, "ground");
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
            throw new Refusal(Refusals.AssetCancelled, ("number", asset.Id));
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
