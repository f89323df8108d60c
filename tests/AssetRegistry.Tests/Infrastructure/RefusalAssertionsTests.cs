using System.Net;
using AssetRegistry.Licensing;
using Xunit.Sdk;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>The refusal assertion itself: it fails a refusal that recorded something on the side, or answered otherwise.</summary>
public sealed class RefusalAssertionsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private readonly RecordedRegistrations _recorded = new(app);

    [Fact]
    public async Task a_refusal_that_recorded_something_on_the_asset_fails_it()
    {
        var (_, number) = await _given.RegisteredAsync();

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => app.AssertRefusedAsync(async () =>
        {
            await _recorded.RecordAsync(number, await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("被许可人"),
                _recorded.Today.AddDays(1), _recorded.Today.AddDays(30), LicenseType.NonExclusive));
            return await _given.ApplyForRenewalAsync(number, Enterprise.New("旁人").Token);
        }, HttpStatusCode.Forbidden, "not-the-holder", asset: number));

        Assert.Contains("AssetVersion", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_refusal_with_another_status_or_code_fails_it()
    {
        var (_, number) = await _given.RegisteredAsync();
        var stranger = Enterprise.New("旁人").Token;

        await Assert.ThrowsAnyAsync<XunitException>(() => app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, stranger),
            HttpStatusCode.Conflict, "not-the-holder", asset: number));
        await Assert.ThrowsAnyAsync<XunitException>(() => app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, stranger),
            HttpStatusCode.Forbidden, "asset-cancelled", asset: number));
    }
}
