using AssetRegistry.Objections;
using AssetRegistry.Corrections;
using AssetRegistry.Changing;
using AssetRegistry.Freezes;
using System.Security.Cryptography;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Cancelling;
using AssetRegistry.Licensing;
using AssetRegistry.Security;
using AssetRegistry.Transferring;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The registrations whose procedures are still being built (license, transfer, change, cancellation),
/// recorded straight on the asset's stream as their approval will record them — stamped by the registry's
/// (fake) clock, so a test moves the clock between them to give each its own recording time.
/// </summary>
public sealed class RecordedRegistrations(RegistryApp app)
{
    public static readonly Actor ApprovingClerk = new("clerk-qian", RegistryRoles.Clerk, null);

    public DateTimeOffset Now => app.Clock.GetUtcNow();

    /// <summary>Today in China, where license terms are reckoned.</summary>
    public DateOnly Today => WorkingCalendar.LocalDateOf(Now);

    /// <summary>Records <paramref name="registration"/> on the asset's stream; returns its recording time.</summary>
    public async Task<DateTimeOffset> RecordAsync(string registrationNumber, object registration)
    {
        await using var session = app.Store.LightweightSession();
        session.Events.Append(registrationNumber, registration);
        await session.SaveChangesAsync();
        return Now;
    }

    public async Task<Asset> AssetAsync(string registrationNumber)
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<Asset>(registrationNumber) ?? throw new InvalidOperationException($"No asset {registrationNumber}.");
    }

    public async Task<Applicant> HolderAsync(string registrationNumber) => (await AssetAsync(registrationNumber)).Holder;

    public async Task<LicenseRegistered> LicenseAsync(string registrationNumber, Applicant licensee, DateOnly startsOn, DateOnly endsOn,
        LicenseType type = LicenseType.NonExclusive) =>
        new(registrationNumber, $"L-{Guid.NewGuid():N}", NewApplicationId(), await HolderAsync(registrationNumber), licensee,
            new LicenseTerms(type, SubLicensingAllowed: true, ["城市规划", "出行服务"], startsOn, endsOn), ApprovingClerk, Now);

    public async Task<TransferRegistered> TransferAsync(string registrationNumber, Applicant newHolder, string basisFingerprint) =>
        new(registrationNumber, NewApplicationId(), await HolderAsync(registrationNumber), newHolder, TransferGround.Trade, basisFingerprint,
            ApprovingClerk, Now);

    public async Task<ChangeRegistered> RenameAsync(string registrationNumber, string newName)
    {
        var asset = await AssetAsync(registrationNumber);
        return new ChangeRegistered(registrationNumber, NewApplicationId(), [new FieldChange("name", asset.Name, newName)],
            asset.Details with { Name = newName }, asset.Holder.Name, null, null, ApprovingClerk, Now);
    }

    public AssetCancelled Cancellation(string registrationNumber, string? basisFingerprint = null) =>
        new(registrationNumber, NewApplicationId(), CancellationGround.Voluntary, basisFingerprint, ApprovingClerk, Now);

    public LicenseCancelled LicenseCancellation(string registrationNumber, string licenseId) =>
        new(registrationNumber, licenseId, NewApplicationId(), CancellationGround.Voluntary, null, ApprovingClerk, Now);

    /// <summary>A correction registration (更正登记) on an upheld objection that names another holder.</summary>
    public CorrectionRegistered HolderCorrection(string registrationNumber, Asset asset, Applicant rightfulHolder) =>
        new(registrationNumber, $"O-{Guid.NewGuid():N}", [new FieldChange("holder", asset.Holder.Name, rightfulHolder.Name)], asset.Details,
            rightfulHolder, "异议成立，更正持有人", ApprovingClerk, Now);

    public ObjectionRegisteredOnAsset Objection(string registrationNumber, Applicant objector, string grounds) =>
        new(registrationNumber, $"O-{Guid.NewGuid():N}", objector, grounds, Now.AddDays(15), ApprovingClerk, Now);

    public AssetFrozen Freeze(string registrationNumber) =>
        new(registrationNumber, $"F-{Guid.NewGuid():N}", "深圳市中级人民法院", "(2026)粤03执保100号", Fingerprint(), null, ApprovingClerk, Now);

    /// <summary>An enterprise, its party code its credit code.</summary>
    public static Applicant Enterprise(string name) => new(RegistryApi.NewCreditCode(), name);

    /// <summary>A natural person, known by the registry's opaque code (never an ID number).</summary>
    public static Applicant Person(string name) => new($"P-{Convert.ToHexString(RandomNumberGenerator.GetBytes(10))}", name);

    public static string Fingerprint() => Convert.ToHexString(SHA256.HashData(Guid.NewGuid().ToByteArray())).ToLowerInvariant();

    private static string NewApplicationId() => Guid.CreateVersion7().ToString();
}
