using System.Net;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Timers;
using AssetRegistry.Validity;

namespace AssetRegistry.Tests.Validity;

/// <summary>Expiry on the date, cancellation by the registry's clock after the grace, and what renewal and freezes do to them.</summary>
public sealed class ExpiryTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task an_unrenewed_registration_expires_on_its_date_and_the_expiry_is_recorded_once_however_often_its_timer_fires()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        RegistryTimer armed;
        await using (var query = app.Store.QuerySession())
        {
            armed = await query.LoadAsync<RegistryTimer>(ValidityTimers.ExpiryTimerId(number))
                ?? throw new Xunit.Sdk.XunitException("Approval armed no expiry timer.");
        }

        Assert.Equal(validUntil, armed.DueAt);

        await Api.PassUntilAsync(validUntil - TimeSpan.FromMinutes(1));
        Assert.Equal("active", await _given.StatusAsync(number, holder.Token));

        await Api.PassAsync(TimeSpan.FromMinutes(2));
        Assert.Equal("expired", await _given.StatusAsync(number, holder.Token));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "registration_expired"));

        // A second node that read the timer before the first fired it fires it again: nothing more is recorded.
        await using (var session = app.Store.LightweightSession())
        {
            session.Store(armed);
            await session.SaveChangesAsync();
        }

        await Api.PassAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "registration_expired"));
    }

    [Fact]
    public async Task after_the_grace_an_unrenewed_registration_is_cancelled_by_the_registrys_clock()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        await Api.PassUntilAsync(validUntil + TimeSpan.FromMinutes(1));
        await Api.PassUntilAsync(validUntil.AddMonths(6) - TimeSpan.FromMinutes(1));
        Assert.Equal("expired", await _given.StatusAsync(number, holder.Token));

        await Api.PassAsync(TimeSpan.FromMinutes(2));

        Assert.Equal("cancelled", await _given.StatusAsync(number, holder.Token));
        var cancellation = (await _given.HistoryAsync(number, holder.Token))[^1];
        Assert.Equal(("asset_cancelled", "cancellation"), (cancellation.Text("event"), cancellation.Text("kind")));
        Assert.Equal("expiryNotRenewed", cancellation["basis"]!.AsObject().Text("ground"));
        Assert.Equal("system", cancellation.Text("approvedByRole"));
        await app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, holder.Token), HttpStatusCode.Conflict, "asset-cancelled", asset: number);
    }

    [Fact]
    public async Task renewal_during_the_grace_keeps_the_registration_from_cancellation()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        await Api.PassUntilAsync(validUntil + TimeSpan.FromDays(10));
        Assert.Equal("expired", await _given.StatusAsync(number, holder.Token));

        await _given.RenewedAsync(number, holder);

        Assert.Equal("active", await _given.StatusAsync(number, holder.Token));
        Assert.Equal(validUntil.AddYears(3), await _given.ValidUntilAsync(number, holder.Token));
        await Api.PassUntilAsync(validUntil.AddMonths(6) + TimeSpan.FromDays(1));
        Assert.Equal("active", await _given.StatusAsync(number, holder.Token));
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "asset_cancelled"));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "registration_expired"));
    }

    [Fact]
    public async Task a_freeze_standing_when_the_grace_ends_holds_the_cancellation_off_until_it_is_lifted()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        await Api.PassUntilAsync(validUntil + TimeSpan.FromMinutes(1));
        var freeze = await _given.FrozenAsync(number);

        await Api.PassUntilAsync(validUntil.AddMonths(6) + TimeSpan.FromDays(1));
        Assert.Equal("expired", await _given.StatusAsync(number, holder.Token));

        Assert.Equal(HttpStatusCode.OK, (await _given.ReleaseAsync(number, freeze.Text("freezeId"))).StatusCode);
        await Api.PassAsync(TimeSpan.FromSeconds(1));

        Assert.Equal("cancelled", await _given.StatusAsync(number, holder.Token));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "asset_cancelled"));
    }
}
