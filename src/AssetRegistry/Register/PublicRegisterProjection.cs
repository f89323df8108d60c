using AssetRegistry.Assets;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace AssetRegistry.Register;

/// <summary>
/// Writes the public register's entry for each completed registration, inline: in the same transaction as
/// the asset event, so the register never shows a registration that was not recorded nor misses one that was.
/// Only the initial registration carries the asset's name and kind; for the others the projection reads the
/// asset's inline snapshot. What each registration changes is taken from its event, and what is read from the
/// snapshot (name, kind, holder's code, a license's licensee) is not changed by that event, so the answer is the
/// same whether the snapshot read is the one before this event or, through the session's identity map, after it.
/// It needs the asset registered in an earlier transaction, which approval guarantees: every later registration
/// is approved on an existing asset.
/// </summary>
public sealed partial class PublicRegisterProjection : EventProjection
{
    public PublicRegisterEntry Create(IEvent<AssetRegistered> e) => new(
        e.Id, e.Data.RegistrationNumber, e.Data.Details.AssetKind, e.Data.Details.Name, RegistrationKind.Initial,
        e.Data.Holder.Name, PublicRegisterEntry.PublicCodeOf(e.Data.Holder.PartyCode), null, e.Timestamp);

    public async Task Project(IEvent<LicenseRegistered> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.License, e.Data.Licensor, e.Data.Licensee.Name));
    }

    public async Task Project(IEvent<TransferRegistered> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.Transfer, e.Data.PreviousHolder, e.Data.NewHolder.Name));
    }

    public async Task Project(IEvent<ChangeRegistered> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        // The register shows the asset as this change leaves it: its new name, the holder's new name.
        var licensee = e.Data.LicenseId is { } licenseId ? asset.Licenses.FirstOrDefault(l => l.LicenseId == licenseId)?.Licensee.Name : null;
        operations.Store(Entry(e, asset, RegistrationKind.Change, asset.Holder with { Name = e.Data.HolderNameAfter }, licensee) with
        {
            AssetName = e.Data.DetailsAfter.Name,
            ChangedFields = [.. e.Data.Changes.Select(c => c.Field).Distinct(StringComparer.Ordinal)],
        });
    }

    public async Task Project(IEvent<AssetCancelled> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.Cancellation, asset.Holder, null));
    }

    public async Task Project(IEvent<LicenseCancelled> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        var licensee = asset.Licenses.FirstOrDefault(l => l.LicenseId == e.Data.LicenseId)?.Licensee.Name;
        operations.Store(Entry(e, asset, RegistrationKind.LicenseCancellation, asset.Holder, licensee));
    }

    public async Task Project(IEvent<CorrectionRegistered> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.Correction, e.Data.HolderAfter, null) with
        {
            AssetName = e.Data.DetailsAfter.Name,
            ChangedFields = [.. e.Data.Changes.Select(c => c.Field).Distinct(StringComparer.Ordinal)],
        });
    }

    public async Task Project(IEvent<RegistrationRenewed> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.Renewal, asset.Holder, null));
    }

    public async Task Project(IEvent<ObjectionRegisteredOnAsset> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.ObjectionRegistered, asset.Holder, e.Data.Objector.Name));
    }

    public async Task Project(IEvent<ObjectionResolvedOnAsset> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.ObjectionResolved, asset.Holder, null));
    }

    public async Task Project(IEvent<AssetFrozen> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.Freeze, asset.Holder, e.Data.Court));
    }

    public async Task Project(IEvent<AssetUnfrozen> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        var asset = await AssetBeforeAsync(operations, e.Data.RegistrationNumber, cancellation);
        operations.Store(Entry(e, asset, RegistrationKind.FreezeRelease, asset.Holder, null));
    }

    private static PublicRegisterEntry Entry(IEvent e, Asset asset, RegistrationKind kind, Applications.Applicant holder, string? counterpartyName) => new(
        e.Id, asset.Id, asset.Kind, asset.Name, kind, holder.Name, PublicRegisterEntry.PublicCodeOf(holder.PartyCode), counterpartyName, e.Timestamp);

    private static async Task<Asset> AssetBeforeAsync(IDocumentOperations operations, string registrationNumber, CancellationToken cancellation) =>
        await operations.LoadAsync<Asset>(registrationNumber, cancellation)
        ?? throw new InvalidOperationException(
            $"The public register found no asset {registrationNumber} recorded before this registration; a registration on an asset "
            + "must be committed after the asset's initial registration, not in the same transaction.");
}
