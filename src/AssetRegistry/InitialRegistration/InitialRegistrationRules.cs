using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.InitialRegistration;

/// <summary>
/// The initial registration's decisions (首次登记), pure: what it states and the facts its handler loaded in
/// its transaction — the documents the applicant may cite, the resources a product derives from — in; the event out.
/// </summary>
public static class InitialRegistrationRules
{
    /// <summary>Submission: the cited documents are the applicant's own uploads; a product derives from registered, active data resources.</summary>
    public static InitialRegistrationApplied Apply(string applicationId, Applicant applicant, InitialRegistrationDetails details, Actor submittedBy,
        CitableDocuments citable, IReadOnlyDictionary<string, Asset> sources, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        citable.Ensure(Cited(details));
        EnsureDerivable(details.DerivedFrom, sources, now);
        return new InitialRegistrationApplied(applicationId, applicant, details, submittedBy, now, deadlines.ReplyDue(now));
    }

    /// <summary>
    /// Approval (核准) brings the asset into being: held (a data resource) or operated (a data product) by the applicant,
    /// valid for <see cref="ProcedureSettings.ValidityYears"/> capped by its authorisation — once numbered. The resources it
    /// derives from must still be active. Used by the service and by <c>seed</c>: one way an asset comes to be.
    /// </summary>
    public static InitialApproval Register(Application application, InitialSubject subject, IReadOnlyDictionary<string, Asset> sources, Actor clerk,
        DateTimeOffset now, ProcedureSettings settings)
    {
        var details = subject.Details;
        EnsureDerivable(details.DerivedFrom, sources, now);
        return new InitialApproval(application.Id, application.Applicant, details,
            Asset.ValidUntilFor(now, settings.ValidityYears, details.AuthorisationEndsOn), clerk, now);
    }

    /// <summary>
    /// An answer to a correction request (补正): the procedure's decision, and for an initial application (whose corrected
    /// <paramref name="corrected"/> replaces it whole) the submission's rules again on what it now states.
    /// </summary>
    public static ApplicationResubmitted Resubmit(Application application, InitialRegistrationDetails? corrected, IReadOnlyList<string> changedFields,
        CitableDocuments citable, IReadOnlyDictionary<string, Asset> sources, Actor applicant, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        var resubmitted = application.Resubmit(corrected, changedFields, applicant, now, deadlines);
        if (corrected is not null)
        {
            citable.Ensure(Cited(corrected));
            EnsureDerivable(corrected.DerivedFrom, sources, now);
        }

        return resubmitted;
    }

    /// <summary>The documents the application cites, each under the request field that names it.</summary>
    public static IReadOnlyList<CitedDocument> Cited(InitialRegistrationDetails details) =>
        [.. details.CitedDocuments().Select(d => new CitedDocument(d.Field, d.Sha256))];

    /// <summary>A data product may name the registered data resources it derives from (lineage) [ours]; each must be one, and active.</summary>
    public static void EnsureDerivable(IReadOnlyList<string> derivedFrom, IReadOnlyDictionary<string, Asset> sources, DateTimeOffset now)
    {
        for (var i = 0; i < derivedFrom.Count; i++)
        {
            var field = $"derivedFrom[{i}]";
            if (!sources.TryGetValue(derivedFrom[i], out var source))
            {
                throw new Refusal(Refusals.DerivedAssetNotFound, field, ("number", derivedFrom[i]));
            }

            if (source.Kind != AssetKind.DataResource)
            {
                throw new Refusal(Refusals.DerivedAssetNotAResource, field, ("number", derivedFrom[i]));
            }

            if (source.StatusAt(now) != AssetStatus.Active)
            {
                throw new Refusal(Refusals.DerivedAssetNotActive, field, ("number", derivedFrom[i]), ("status", Asset.Describe(source.StatusAt(now))));
            }
        }
    }
}

/// <summary>An approved initial registration that waits only for its number, which its kind and year draw (<see cref="RegistrationNumbers"/>).</summary>
public sealed record InitialApproval(string ApplicationId, Applicant Holder, InitialRegistrationDetails Details, DateTimeOffset ValidUntil,
    Actor ApprovedBy, DateTimeOffset ApprovedAt)
{
    public AssetKind Kind => Details.AssetKind;

    public int Year => RegistrationNumbers.YearOf(ApprovedAt);

    public AssetRegistered Numbered(string registrationNumber) => new(
        registrationNumber, ApplicationId, Holder, Asset.RightFor(Details.AssetKind), Details, ApprovedAt, ValidUntil, ApprovedBy, ApprovedAt);
}
