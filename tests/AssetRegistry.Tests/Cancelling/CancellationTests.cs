using System.Net;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Tests.Cancelling;

/// <summary>Cancellation (注销登记) of an asset or of a license, who may apply on which ground, and what a cancelled asset refuses.</summary>
public sealed class CancellationTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task a_cancelled_asset_accepts_no_further_registration_and_stays_readable()
    {
        var (holder, number) = await _given.RegisteredAsync();

        await Api.CompletedAsync(await Api.AppliedAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" }));

        var asset = await Api.AssetAsync(number, holder.Token);
        Assert.Equal("cancelled", asset.Text("status"));
        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, _given.License(number, Enterprise.New("太迟了"))),
            HttpStatusCode.Conflict, "asset-cancelled", asset: number);
        await app.AssertRefusedAsync(() => _given.ApplyForCancellationAsync(number, holder.Token), HttpStatusCode.Conflict, "asset-cancelled", asset: number);
    }

    [Fact]
    public async Task a_licensee_may_cancel_its_license_and_the_asset_stays_active()
    {
        var (holder, number, licensee, licenseId) = await _given.LicensedAssetAsync("exclusive");

        await Api.CompletedAsync(await Api.AppliedAsync("cancellation", licensee.Token, new { registrationNumber = number, ground = "voluntary", licenseId }));

        var asset = await _given.StoredAssetAsync(number);
        Assert.NotNull(Assert.Single(asset.Licenses).CancelledAt);
        Assert.Equal("active", (await Api.AssetAsync(number, holder.Token)).Text("status"));
        // With the exclusive license gone, another may be granted over the same time.
        var other = Enterprise.New("新被许可人");
        Assert.Equal(HttpStatusCode.Created, (await Api.ApplyAsync("license", holder.Token, _given.License(number, other, "exclusive"))).StatusCode);
    }

    [Fact]
    public async Task only_the_registry_revokes_a_registration()
    {
        var (holder, number) = await _given.RegisteredAsync();

        await app.AssertRefusedAsync(() => Api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "revocation" }),
            HttpStatusCode.Forbidden, "revocation-by-registry-only", asset: number);

        await Api.CompletedAsync(await Api.AppliedAsync("cancellation", RegistryApi.ClerkSun, new { registrationNumber = number, ground = "revocation" }));
        Assert.True((await _given.StoredAssetAsync(number)).Cancelled);
    }

    [Fact]
    public async Task a_holder_applying_to_cancel_on_the_ground_expiry_not_renewed_is_refused_and_nothing_is_recorded()
    {
        var (holder, number) = await _given.RegisteredAsync();

        await app.AssertRefusedAsync(() => Api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "expiryNotRenewed" }),
            HttpStatusCode.Forbidden, "expiry-cancellation-by-registry-only", field: "ground", asset: number);
        await app.AssertRefusedAsync(() => Api.ApplyAsync("cancellation", RegistryApi.ClerkSun, new { registrationNumber = number, ground = "expiryNotRenewed" }),
            HttpStatusCode.Forbidden, "expiry-cancellation-by-registry-only", asset: number);

        Assert.Equal("active", (await Api.AssetAsync(number, holder.Token)).Text("status"));
    }

    [Fact]
    public async Task a_registration_on_an_unknown_asset_is_a_404_and_a_mistyped_number_a_400()
    {
        var holder = Enterprise.New("无资产");
        var unknown = RegistrationNumber.Create("AR", AssetKind.DataResource, 2026, 99_999_997).ToString();

        await app.AssertRefusedAsync(() => _given.ApplyForCancellationAsync(unknown, holder.Token), HttpStatusCode.NotFound, "asset-not-found",
            asset: unknown, applicant: holder.Code);
        var mistyped = await _given.ApplyForCancellationAsync(unknown[..^1] + (unknown[^1] == '0' ? '1' : '0'), holder.Token);

        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.Equal(["registrationNumber"], (await mistyped.ReadProblemAsync()).FieldsAtFault());
    }
}
