using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Licensing;
using AssetRegistry.Security;

namespace AssetRegistry.Changing;

/// <summary>
/// A change registration (变更登记) changes registered items, never who holds. The register keeps each
/// item's value before and after.
/// </summary>
public static class ChangeRules
{
    /// <summary>The holder's application (变更登记): it changes at least one item, within the rules a registration obeys.</summary>
    public static ChangeApplied Apply(Asset asset, ApplyForChange command, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        EnsureChangeable(asset, command.SubmittedBy, command.Change, now);
        return new ChangeApplied(command.ApplicationId, asset.Id, asset.Kind, asset.Name, asset.Holder, command.Change, command.SubmittedBy, now, deadlines.ReplyDue(now));
    }

    public static void EnsureChangeable(Asset asset, Actor applicant, ChangeRequest change, DateTimeOffset now)
    {
        asset.EnsureAcceptsRegistrations(now);
        asset.EnsureHeldBy(applicant);
        var (changes, _, _, _) = Changes(asset, change, now);
        if (changes.Count == 0)
        {
            throw new Refusal(Refusals.ChangeChangesNothing);
        }
    }

    public static ChangeRegistered Register(Asset asset, Application application, ChangeRequest change, Actor clerk, DateTimeOffset now)
    {
        asset.EnsureAcceptsRegistrations(now);
        asset.EnsureHeldByApplicant(application);
        var (changes, details, holderName, licenseTerms) = Changes(asset, change, now);
        if (changes.Count == 0)
        {
            throw new Refusal(Refusals.ChangeChangesNothing);
        }

        return new ChangeRegistered(asset.Id, application.Id, changes, details, holderName, change.License?.LicenseId, licenseTerms, clerk, now);
    }

    /// <summary>The asset's items after the change, and what actually changed (against the register as it is now).</summary>
    internal static (IReadOnlyList<FieldChange> Changes, InitialRegistration.InitialRegistrationDetails Details, string HolderName, LicenseTerms? LicenseTerms)
        Changes(Asset asset, ChangeRequest change, DateTimeOffset now)
    {
        var before = asset.Details;
        var details = before.With(change);
        var changes = before.DifferenceTo(details).ToList();
        var holderName = change.HolderName ?? asset.Holder.Name;
        if (holderName != asset.Holder.Name)
        {
            changes.Add(new FieldChange("holderName", asset.Holder.Name, holderName));
        }

        var changed = asset with { Details = details };

        LicenseTerms? licenseTerms = null;
        if (change.License is { } licenseChange)
        {
            var license = asset.LicenseInForce(licenseChange.LicenseId, now, "license.licenseId");
            var terms = license.Terms;
            licenseTerms = terms with
            {
                Scope = licenseChange.Scope ?? terms.Scope,
                EndsOn = licenseChange.EndsOn ?? terms.EndsOn,
                SubLicensingAllowed = licenseChange.SubLicensingAllowed ?? terms.SubLicensingAllowed,
            };
            if (!licenseTerms.Scope.SequenceEqual(terms.Scope))
            {
                changes.Add(new FieldChange($"license[{license.LicenseId}].scope", string.Join(RegisteredItems.ScenarioSeparator, terms.Scope), string.Join(RegisteredItems.ScenarioSeparator, licenseTerms.Scope)));
            }

            if (licenseTerms.EndsOn != terms.EndsOn)
            {
                changes.Add(new FieldChange($"license[{license.LicenseId}].endsOn", $"{terms.EndsOn:yyyy-MM-dd}", $"{licenseTerms.EndsOn:yyyy-MM-dd}"));
            }

            if (licenseTerms.SubLicensingAllowed != terms.SubLicensingAllowed)
            {
                changes.Add(new FieldChange($"license[{license.LicenseId}].subLicensingAllowed", $"{terms.SubLicensingAllowed}", $"{licenseTerms.SubLicensingAllowed}"));
            }

            // New terms obey the rules of a new license (overlaps against every other license; scope within the scenarios after this change).
            LicenseRules.EnsureGrantable(changed, license.Licensee, licenseTerms, now, exceptLicenseId: license.LicenseId, scopeField: "license.scope");
        }

        // Nor may the items grow a certificate beyond a ledger entry (docs/ledger.md §14); shrinking them is never refused for it.
        if (Ledger.CertificateSize.Of(details, details.DerivedFrom) > Ledger.CertificateSize.Of(before, before.DerivedFrom))
        {
            Ledger.CertificateSize.EnsureFits(details, details.DerivedFrom);
        }

        EnsureNoScenarioRemovedFromLicenses(asset, changed, change.License?.LicenseId, now);
        return (changes, details, holderName, licenseTerms);
    }

    /// <summary>
    /// A scenario may not be removed while a license that still binds the asset names it in its scope: the licensee's right
    /// would lie outside what the register says the data may be used for. Only what this change removes counts, so that
    /// an unrelated change is never refused for a scope recorded before scopes were checked.
    /// </summary>
    private static void EnsureNoScenarioRemovedFromLicenses(Asset before, Asset changed, string? licenseChangedHere, DateTimeOffset now)
    {
        var removed = before.Details.ApplicationScenarios.Select(LicenseRules.Scenario)
            .Except(changed.Details.ApplicationScenarios.Select(LicenseRules.Scenario), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        if (removed.Count == 0)
        {
            return;
        }

        foreach (var license in changed.Licenses.Where(l => l.BindsAt(now) && l.LicenseId != licenseChangedHere))
        {
            var uncovered = license.Terms.Scope.Select(LicenseRules.Scenario).Where(removed.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (uncovered.Count > 0)
            {
                throw new Refusal(Refusals.ScenarioUsedByLicense, "applicationScenarios",
                ("license", license.LicenseId), ("licensee", license.Licensee.Name), ("scenarios", string.Join("、", uncovered)));
            }
        }
    }
}
