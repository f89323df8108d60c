using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Licensing;

/// <summary>
/// Whether a license may be registered on an asset [source: CAICT 2022 for the types]: an exclusive license
/// overlaps no other license in time; a sole one overlaps no exclusive or sole one. Checked when the holder
/// applies and again at approval, against the licenses that bind the asset then; and its scope lies within the
/// asset's registered application scenarios.
/// </summary>
public static class LicenseRules
{
    /// <summary>The holder's application (许可登记): the license could be registered on the asset as it stands now.</summary>
    public static LicenseApplied Apply(Asset asset, ApplyForLicense command, Applicant licensee, DateTimeOffset now)
    {
        asset.EnsureHeldBy(command.SubmittedBy);
        EnsureGrantable(asset, licensee, command.Terms, now);
        return new LicenseApplied(command.ApplicationId, asset.Id, asset.Kind, asset.Name, asset.Holder, licensee, command.Terms, command.SubmittedBy, now);
    }

    public static void EnsureGrantable(Asset asset, Applicant licensee, LicenseTerms terms, DateTimeOffset now, string? exceptLicenseId = null,
        string scopeField = "scope")
    {
        // A change of an existing license's terms is not a new disposition; a new license is.
        if (exceptLicenseId is null)
        {
            asset.EnsureDisposable(now);
        }
        else
        {
            asset.EnsureAcceptsRegistrations(now);
        }

        if (licensee.PartyCode == asset.Holder.PartyCode)
        {
            throw new Refusal(Refusals.LicenseeIsHolder, "licensee");
        }

        if (terms.EndsOn < terms.StartsOn)
        {
            throw Refusal.Invalid("endsOn", Refusals.EndsBeforeStart);
        }

        EnsureWithinScenarios(terms.Scope, asset.Details.ApplicationScenarios, scopeField);
        Ledger.CertificateSize.EnsureFits(asset.Details, asset.Details.DerivedFrom, terms.Scope, scopeField);

        if (Calendars.WorkingCalendar.EndOfLocalDay(terms.EndsOn) > asset.ValidUntil)
        {
            throw new Refusal(Refusals.LicenseOutlastsRegistration, "endsOn", ("validUntil", $"{asset.ValidUntil:u}"));
        }

        foreach (var other in asset.Licenses.Where(l => l.BindsAt(now) && l.LicenseId != exceptLicenseId && l.Terms.OverlapsInTime(terms)))
        {
            if (terms.Type == LicenseType.Exclusive || other.Terms.Type == LicenseType.Exclusive)
            {
                throw new Refusal(Refusals.LicenseOverlapsExclusive, "startsOn",
                    ("license", other.LicenseId), ("licensee", other.Licensee.Name), ("startsOn", other.Terms.StartsOn), ("endsOn", other.Terms.EndsOn));
            }

            if (terms.Type == LicenseType.Sole && other.Terms.Type == LicenseType.Sole)
            {
                throw new Refusal(Refusals.LicenseOverlapsSole, "startsOn",
                    ("license", other.LicenseId), ("licensee", other.Licensee.Name), ("startsOn", other.Terms.StartsOn), ("endsOn", other.Terms.EndsOn));
            }
        }
    }

    /// <summary>
    /// A license's scope names only scenarios the asset is registered for: the data may not be used outside its approved
    /// scenarios [source: Hangzhou]. Compared as the register shows them: NFC, without surrounding white space.
    /// </summary>
    public static void EnsureWithinScenarios(IReadOnlyList<string> scope, IReadOnlyList<string> scenarios, string field = "scope")
    {
        var registered = scenarios.Select(Scenario).ToHashSet(StringComparer.Ordinal);
        var outside = scope.Where(s => !registered.Contains(Scenario(s))).Select(Scenario).ToList();
        if (outside.Count > 0)
        {
            throw new Refusal(Refusals.LicenseScopeOutsideScenarios, field,
                ("scenarios", string.Join("、", scenarios.Select(Scenario))), ("outside", string.Join("、", outside.Distinct(StringComparer.Ordinal))));
        }
    }

    /// <summary>A scenario as compared: Unicode NFC, trimmed, so that equal names typed differently compare equal.</summary>
    public static string Scenario(string name) => name.Normalize(System.Text.NormalizationForm.FormC).Trim();

    /// <summary>At approval (核准): the license is registered on the asset as it stands now.</summary>
    public static LicenseRegistered Register(Asset asset, Application application, LicenseSubject license, Actor clerk, DateTimeOffset now)
    {
        asset.EnsureHeldByApplicant(application);
        EnsureGrantable(asset, license.Licensee, license.Terms, now);
        return new LicenseRegistered(asset.Id, application.Id, application.Id, asset.Holder, license.Licensee, license.Terms, clerk, now);
    }

    /// <summary>The holder who applied must still hold when the registration is made.</summary>
    public static void EnsureHeldByApplicant(this Asset asset, Application application)
    {
        if (asset.Holder.PartyCode != application.Applicant.PartyCode)
        {
            throw new Refusal(Refusals.ApplicantNoLongerHolds, ("applicant", application.Applicant.Name), ("number", asset.Id));
        }
    }
}
