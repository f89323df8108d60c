using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Licensing;

/// <summary>A license ends by itself at 24:00 China Standard Time of its last day: LicenseTermEnded is recorded once.</summary>
public sealed class LicenseTermTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    private async Task<int> InForceAsync(string number, string token) =>
        (await Api.AssetAsync(number, token))["licensesInForce"]!.AsArray().Count;

    [Fact]
    public async Task a_licenses_term_end_records_license_term_ended_once()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var lastDay = Api.Today(60);
        await _given.LicensedAsync(holder, number, Enterprise.New("被许可人"), Api.Today(1), lastDay);
        var endsAt = Given.EndOfChinaDay(lastDay);

        await Api.PassUntilAsync(endsAt - TimeSpan.FromMinutes(1));
        Assert.Equal(1, await InForceAsync(number, holder.Token));
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "license_term_ended"));

        await Api.PassAsync(TimeSpan.FromMinutes(2));
        await Api.PassAsync(TimeSpan.FromDays(1));

        Assert.Equal(0, await InForceAsync(number, holder.Token));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "license_term_ended"));
    }

    [Fact]
    public async Task a_license_whose_term_a_change_extended_ends_at_its_new_end()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var (firstEnd, newEnd) = (Api.Today(90), Api.Today(150));
        var licenseId = await _given.LicensedAsync(holder, number, Enterprise.New("被许可人"), Api.Today(1), firstEnd);
        await Api.CompletedAsync(await Api.AppliedAsync("change", holder.Token, new { registrationNumber = number, license = new { licenseId, endsOn = newEnd } }));

        await Api.PassUntilAsync(Given.EndOfChinaDay(firstEnd) + TimeSpan.FromDays(1));
        Assert.Equal(1, await InForceAsync(number, holder.Token));
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "license_term_ended"));

        await Api.PassUntilAsync(Given.EndOfChinaDay(newEnd) + TimeSpan.FromMinutes(1));
        Assert.Equal(0, await InForceAsync(number, holder.Token));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "license_term_ended"));
    }

    [Fact]
    public async Task a_license_cancelled_before_its_term_records_no_term_end()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var licensee = Enterprise.New("被许可人");
        var lastDay = Api.Today(90);
        var licenseId = await _given.LicensedAsync(holder, number, licensee, Api.Today(1), lastDay);
        await Api.CompletedAsync(await Api.AppliedAsync("cancellation", licensee.Token, new { registrationNumber = number, ground = "voluntary", licenseId }));

        await Api.PassUntilAsync(Given.EndOfChinaDay(lastDay) + TimeSpan.FromMinutes(1));

        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "license_term_ended"));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "license_cancelled"));
    }
}
