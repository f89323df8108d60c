using AssetRegistry.Transferring;
using AssetRegistry.Renewal;
using AssetRegistry.Objections;
using AssetRegistry.Licensing;
using AssetRegistry.Corrections;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Freezes;
using AssetRegistry.Cancelling;
using System.Text.Json.Nodes;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Verification.Canonical;
using JasperFx.Events;

namespace AssetRegistry.Ledger;

/// <summary>A value a certificate carries only as a commitment, and the name it goes by there.</summary>
public sealed record ConfidentialItem(string Field, string Value);

/// <summary>
/// What a certificate (登记证书; for a license 许可凭证) states about one completed registration: the kind,
/// the asset, the right, holder and counterparty, the data's public fields, validity, and the registration's
/// own public details. Confidential items — document fingerprints, review-report details — are returned apart,
/// to be carried as salted commitments. Only strings, safe integers, booleans and null: what canonical JSON
/// hashes the same everywhere.
/// </summary>
public static class CertificateContent
{
    /// <summary>
    /// The certificate's body for <paramref name="event"/>, a new object that <see cref="CertificateBuilder"/> completes
    /// with what the ledger adds; null if the event completes no registration.
    /// </summary>
    public static (JsonObject Body, List<ConfidentialItem> Confidential)? For(IEvent @event, Asset after)
    {
        if (RegistrationKinds.Of(@event.Data) is not { } registration)
        {
            return null;
        }

        // The kind as the API names it: "initial", "licenseCancellation", "freezeRelease"…
        var kind = Camel(registration.ToString());
        var confidential = new List<ConfidentialItem>();
        JsonObject? counterparty = null;
        var details = new JsonObject();
        switch (@event.Data)
        {
            case AssetRegistered e:
                var report = e.Details.ReviewReport;
                confidential.Add(new("reviewReport", $"{report.InstitutionName}|{report.InstitutionCreditCode}|{report.ReportNumber}|{report.ReportDate:yyyy-MM-dd}|{report.Conclusion}"));
                confidential.Add(new("reviewReportDocument", report.DocumentFingerprint));
                confidential.Add(new("sampleData", e.Details.SampleDataFingerprint));
                details["applicationId"] = e.ApplicationId;
                break;
            case LicenseRegistered e:
                counterparty = Party("licensee", e.Licensee);
                details["licenseId"] = e.LicenseId;
                details["licenseType"] = Camel(e.Terms.Type.ToString());
                details["subLicensingAllowed"] = e.Terms.SubLicensingAllowed;
                details["scope"] = Strings(e.Terms.Scope);
                details["startsOn"] = e.Terms.StartsOn.ToString(Day, System.Globalization.CultureInfo.InvariantCulture);
                details["endsOn"] = e.Terms.EndsOn.ToString(Day, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case TransferRegistered e:
                counterparty = Party("previousHolder", e.PreviousHolder);
                details["ground"] = Camel(e.Ground.ToString());
                AddBasis(confidential, e.BasisFingerprint);
                break;
            case ChangeRegistered e:
                details["changedFields"] = Strings(e.Changes.Select(c => c.Field));
                break;
            case CorrectionRegistered e:
                details["objectionId"] = e.ObjectionId;
                details["changedFields"] = Strings(e.Changes.Select(c => c.Field));
                break;
            case AssetCancelled e:
                details["ground"] = Camel(e.Ground.ToString());
                AddBasis(confidential, e.BasisFingerprint);
                break;
            case LicenseCancelled e:
                details["licenseId"] = e.LicenseId;
                details["ground"] = Camel(e.Ground.ToString());
                AddBasis(confidential, e.BasisFingerprint);
                break;
            case RegistrationRenewed e:
                details["previousValidUntil"] = CanonicalInstant.Format(e.PreviousValidUntil);
                break;
            case AssetFrozen e:
                details["freezeId"] = e.FreezeId;
                details["court"] = e.Court;
                details["caseNumber"] = e.CaseNumber;
                details["endsOn"] = e.EndsOn?.ToString(Day, System.Globalization.CultureInfo.InvariantCulture);
                AddBasis(confidential, e.OrderFingerprint);
                break;
            case AssetUnfrozen e:
                details["freezeId"] = e.FreezeId;
                details["how"] = Camel(e.How.ToString());
                AddBasis(confidential, e.OrderFingerprint);
                break;
            case ObjectionRegisteredOnAsset e:
                counterparty = Party("objector", e.Objector);
                details["objectionId"] = e.ObjectionId;
                details["lapsesAt"] = CanonicalInstant.Format(e.LapsesAt);
                break;
            case ObjectionResolvedOnAsset e:
                details["objectionId"] = e.ObjectionId;
                details["outcome"] = Camel(e.Outcome.ToString());
                break;
        }

        var data = after.Details;
        var body = new JsonObject
        {
            ["kind"] = kind,
            ["title"] = kind is "license" or "licenseCancellation" ? "许可凭证" : "登记证书",
            ["asset"] = new JsonObject
            {
                ["registrationNumber"] = after.Id,
                ["kind"] = Camel(after.Kind.ToString()),
                ["name"] = data.Name,
            },
            ["right"] = kind is "license" or "licenseCancellation" ? "processingUse" : Camel(after.Right.ToString()),
            ["holder"] = Party("holder", after.Holder),
            ["counterparty"] = counterparty,
            ["data"] = new JsonObject
            {
                ["industry"] = data.Industry,
                ["applicationScenarios"] = Strings(data.ApplicationScenarios),
                ["dataSource"] = data.DataSource,
                ["structureAndScale"] = data.StructureAndScale,
                ["updateFrequency"] = data.UpdateFrequency,
                ["derivedFrom"] = Strings(data.DerivedFrom),
            },
            ["effectiveAt"] = CanonicalInstant.Format(@event.Timestamp),
            ["validFrom"] = CanonicalInstant.Format(after.ValidFrom),
            ["validUntil"] = CanonicalInstant.Format(after.ValidUntil),
            ["details"] = details,
        };
        return (body, confidential);
    }

    private const string Day = "yyyy-MM-dd";

    private static void AddBasis(List<ConfidentialItem> confidential, string? fingerprint)
    {
        if (fingerprint is not null)
        {
            confidential.Add(new("basisDocument", fingerprint));
        }
    }

    private static JsonObject Party(string role, Applicant party) => new()
    {
        ["role"] = role,
        ["name"] = party.Name,
        ["partyCode"] = party.PartyCode,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    // Enum values as the API writes them (camelCase), so a certificate reads like the register.
    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
