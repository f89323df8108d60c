using System.Net;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Assets;

/// <summary>Every registration on an asset's stream, oldest first, with its recording time, approver's role, application and basis.</summary>
public sealed class AssetHistoryTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);
    private readonly Given _given = new(app);
    private readonly RecordedRegistrations _recorded = new(app);

    [Fact]
    public async Task history_lists_every_registration_with_kind_recording_time_role_application_and_basis()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var number = await _api.RegisteredAssetAsync(token);
        var registeredAt = app.Clock.GetUtcNow();
        var today = _recorded.Today;

        app.Clock.Advance(TimeSpan.FromHours(5));
        var licensee = RecordedRegistrations.Enterprise("上海数据应用有限公司");
        var license = await _recorded.LicenseAsync(number, licensee, today, today.AddDays(200));
        var licensedAt = await _recorded.RecordAsync(number, license);

        app.Clock.Advance(TimeSpan.FromDays(1));
        var rename = await _recorded.RenameAsync(number, "城市交通出行数据集（2026 版）");
        var changedAt = await _recorded.RecordAsync(number, rename);

        app.Clock.Advance(TimeSpan.FromDays(1));
        var contract = RecordedRegistrations.Fingerprint();
        var newHolder = RecordedRegistrations.Enterprise("广州数据集团有限公司");
        var transfer = await _recorded.TransferAsync(number, newHolder, contract);
        var transferredAt = await _recorded.RecordAsync(number, transfer);

        app.Clock.Advance(TimeSpan.FromDays(1));
        var licenseCancelledAt = await _recorded.RecordAsync(number, _recorded.LicenseCancellation(number, license.LicenseId));

        app.Clock.Advance(TimeSpan.FromDays(1));
        var order = RecordedRegistrations.Fingerprint();
        var cancellation = _recorded.Cancellation(number, order);
        var cancelledAt = await _recorded.RecordAsync(number, cancellation);

        var history = await app.Client.GetJsonAsync($"/api/assets/{number}/history", token);
        var entries = history.Objects("registrations");

        Assert.Equal(["initial", "license", "change", "transfer", "licenseCancellation", "cancellation"], entries.Select(e => e.Text("kind")));
        Assert.Equal([1L, 2, 3, 4, 5, 6], entries.Select(e => e["version"]!.GetValue<long>()));
        // Recorded by the registry's (fake) clock, not the wall clock: what as-of answers rely on.
        Assert.Equal([registeredAt, licensedAt, changedAt, transferredAt, licenseCancelledAt, cancelledAt], entries.Select(e => e.Instant("recordedAt")));
        Assert.All(entries, e => Assert.Equal("clerk", e.Text("approvedByRole")));
        Assert.Equal(license.ApplicationId, entries[1].Text("applicationId"));
        Assert.Equal(transfer.ApplicationId, entries[3].Text("applicationId"));

        var initial = entries[0]["basis"]!.AsObject();
        Assert.Matches("^[0-9a-f]{64}$", initial.Text("documentFingerprint")); // the review report
        Assert.Equal("holding", initial.Text("right"));
        Assert.Equal(licensee.PartyCode, entries[1]["basis"]!["licensee"]!["partyCode"]!.GetValue<string>());
        Assert.Equal(license.LicenseId, entries[1]["basis"]!.AsObject().Text("licenseId"));
        var change = entries[2]["basis"]!.AsObject().Objects("changes").Single();
        Assert.Equal(("name", "城市交通出行数据集", "城市交通出行数据集（2026 版）"), (change.Text("field"), change.Text("before"), change.Text("after")));
        var transferBasis = entries[3]["basis"]!.AsObject();
        Assert.Equal(("trade", contract), (transferBasis.Text("ground"), transferBasis.Text("documentFingerprint")));
        Assert.Equal(newHolder.PartyCode, transferBasis["newHolder"]!["partyCode"]!.GetValue<string>());
        Assert.Equal(license.LicenseId, entries[4]["basis"]!.AsObject().Text("licenseId"));
        Assert.Equal(("voluntary", order), (entries[5]["basis"]!.AsObject().Text("ground"), entries[5]["basis"]!.AsObject().Text("documentFingerprint")));
    }

    [Fact]
    public async Task history_of_an_unknown_asset_is_404_and_needs_a_token()
    {
        var number = (await _given.RegisteredAsync()).Number;
        var parsed = Verification.Identifiers.RegistrationNumber.Parse(number);
        var unknown = Verification.Identifiers.RegistrationNumber.Create(parsed.Registry, parsed.Kind, parsed.Year, parsed.Serial + 1_000_000);

        var missing = await app.Client.GetWithTokenAsync($"/api/assets/{unknown}/history", RegistryApp.ClerkToken());
        var anonymous = await app.Client.GetAsync(new Uri($"/api/assets/{number}/history", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("asset-not-found", (await missing.ReadProblemAsync()).Code());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
