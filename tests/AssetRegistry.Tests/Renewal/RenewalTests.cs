using System.Net;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Renewal;

/// <summary>Renewal (续展): in the last 90 days of validity, by the holder, 3 more years from the previous end, capped by the authorisation.</summary>
public sealed class RenewalTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task renewal_in_its_window_extends_validity_by_three_years_from_its_previous_end()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        await Api.PassUntilAsync(validUntil - TimeSpan.FromDays(60));

        var id = await Api.AppliedAsync("renewal", holder.Token, new { registrationNumber = number });
        var application = await Api.GetApplicationAsync(id, holder.Token);
        Assert.Equal(("renewal", "submitted"), (application.Text("kind"), application.Text("state")));
        await app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, holder.Token), HttpStatusCode.Conflict, "renewal-already-applied",
            asset: number, application: id);

        var accepted = await Api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
        Assert.Equal("awaitingApproval", accepted.Text("state")); // no public notice for a renewal
        var approved = await Api.ActedAsync("approve", id, RegistryApi.ClerkQian);
        Assert.Equal("approved", approved.Text("state"));

        Assert.Equal(validUntil.AddYears(3), await _given.ValidUntilAsync(number, holder.Token));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "registration_renewed"));

        // The old date passes without expiry: the expiry timer moved with the renewal.
        await Api.PassUntilAsync(validUntil + TimeSpan.FromDays(1));
        Assert.Equal("active", await _given.StatusAsync(number, holder.Token));
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "registration_expired"));
    }

    [Fact]
    public async Task renewal_before_the_window_is_refused_naming_the_day_it_opens()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        var opensOn = Given.ChinaDate(validUntil - TimeSpan.FromDays(90));
        await Api.PassUntilAsync(validUntil - TimeSpan.FromDays(100));

        var problem = await app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, holder.Token), HttpStatusCode.Conflict, "renewal-not-in-window",
            asset: number);

        Assert.Contains(opensOn, problem.Text("detail"), StringComparison.Ordinal);

        // The window opens at 00:00 China Standard Time of that day.
        await Api.PassUntilAsync(Given.EndOfChinaDay(opensOn) - TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Created, (await _given.ApplyForRenewalAsync(number, holder.Token)).StatusCode);
    }

    [Fact]
    public async Task only_the_holder_renews_and_a_cancelled_asset_cannot_be_renewed()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        await Api.PassUntilAsync(validUntil - TimeSpan.FromDays(80));

        await app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, Enterprise.New("旁人").Token), HttpStatusCode.Forbidden, "not-the-holder", asset: number);

        await Api.CompletedAsync(await Api.AppliedAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" }));
        await app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, holder.Token), HttpStatusCode.Conflict, "asset-cancelled", asset: number);
    }

    [Fact]
    public async Task renewal_is_capped_by_the_end_of_the_authorisation_the_data_rests_on()
    {
        var authorisationEndsOn = Api.Today(3 * 365 + 200);
        var (holder, number) = await _given.RegisteredAsync(authorisationEndsOn);
        var validUntil = await _given.ValidUntilAsync(number, holder.Token);
        Assert.True(validUntil < Given.EndOfChinaDay(authorisationEndsOn));
        await Api.PassUntilAsync(validUntil - TimeSpan.FromDays(60));

        await _given.RenewedAsync(number, holder);

        var renewedUntil = await _given.ValidUntilAsync(number, holder.Token);
        Assert.Equal(Given.EndOfChinaDay(authorisationEndsOn), renewedUntil);
        await Api.PassUntilAsync(renewedUntil - TimeSpan.FromDays(30));
        await app.AssertRefusedAsync(() => _given.ApplyForRenewalAsync(number, holder.Token), HttpStatusCode.Conflict, "renewal-beyond-authorisation", asset: number);
    }
}
