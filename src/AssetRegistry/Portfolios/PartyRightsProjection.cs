using AssetRegistry.Transferring;
using AssetRegistry.Cancelling;
using AssetRegistry.Corrections;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Licensing;
using AssetRegistry.Verification.Identifiers;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;

namespace AssetRegistry.Portfolios;

/// <summary>
/// Keeps <see cref="PartyRight"/> rows in step with the asset events, inline: in the same transaction, so a
/// portfolio never lags the register. A cancelled asset keeps its rows (the party held it; the portfolio shows
/// it flagged cancelled); a cancelled license loses its row.
/// </summary>
public sealed partial class PartyRightsProjection : EventProjection
{
    /// <summary>The projection's name, as <c>rebuild</c> takes it: the registry's, not the class's (which would move with its namespace).</summary>
    public const string ViewName = "PartyRights";

    public PartyRightsProjection()
    {
        Name = ViewName;
        // A rebuild empties the rows first, so that it leaves none that the events do not account for.
        Options.DeleteViewTypeOnTeardown<PartyRight>();
    }

    public void Project(IEvent<AssetRegistered> e, IDocumentOperations operations) =>
        operations.Store(new PartyRight(PartyRight.TitleId(e.Data.RegistrationNumber), e.Data.Holder.PartyCode, e.Data.RegistrationNumber,
            e.Data.Right, null, null, e.Timestamp));

    public void Project(IEvent<TransferRegistered> e, IDocumentOperations operations) =>
        operations.Store(TitleRow(e.Data.RegistrationNumber, e.Data.NewHolder, e.Timestamp));

    /// <summary>
    /// A correction registration (更正登记) on an upheld objection may give the asset another holder; the title row
    /// follows it, and keeps its date when the holder stays the same. The event says which: its changes name the holder
    /// when it changed. Never read the stored row instead: in a rebuild, the row an earlier event of the same batch
    /// writes is not stored yet.
    /// </summary>
    public void Project(IEvent<CorrectionRegistered> e, IDocumentOperations operations)
    {
        if (e.Data.Changes.Any(c => c.Field == "holder"))
        {
            operations.Store(TitleRow(e.Data.RegistrationNumber, e.Data.HolderAfter, e.Timestamp));
        }
    }

    public void Project(IEvent<LicenseRegistered> e, IDocumentOperations operations) =>
        operations.Store(new PartyRight(PartyRight.LicenseRowId(e.Data.RegistrationNumber, e.Data.LicenseId), e.Data.Licensee.PartyCode,
            e.Data.RegistrationNumber, RightType.ProcessingUse, e.Data.LicenseId, EndOf(e.Data.Terms), e.Timestamp));

    /// <summary>
    /// A change of a license's terms may move its end; nothing else a change does touches who has which right. A patch of
    /// the row, not a load and a store: it is applied in order with the other writes, also in a rebuild that writes the
    /// license's row in the same batch.
    /// </summary>
    public void Project(IEvent<ChangeRegistered> e, IDocumentOperations operations)
    {
        if (e.Data is { LicenseId: { } licenseId, LicenseTermsAfter: { } terms })
        {
            operations.Patch<PartyRight>(PartyRight.LicenseRowId(e.Data.RegistrationNumber, licenseId)).Set(r => r.EndsAt, EndOf(terms));
        }
    }

    public void Project(IEvent<LicenseCancelled> e, IDocumentOperations operations) =>
        operations.Delete<PartyRight>(PartyRight.LicenseRowId(e.Data.RegistrationNumber, e.Data.LicenseId));

    /// <summary>As <see cref="License.EndsAt"/>: 24:00 China Standard Time of the term's last day.</summary>
    private static DateTimeOffset EndOf(LicenseTerms terms) => WorkingCalendar.EndOfLocalDay(terms.EndsOn);

    /// <summary>The title row for a new holder: the right does not change with the holder, and the registration number says whether it is a resource's or a product's.</summary>
    private static PartyRight TitleRow(string registrationNumber, Applications.Applicant holder, DateTimeOffset since) =>
        new(PartyRight.TitleId(registrationNumber), holder.PartyCode, registrationNumber,
            Asset.RightFor(RegistrationNumber.Parse(registrationNumber).Kind), null, null, since);
}
