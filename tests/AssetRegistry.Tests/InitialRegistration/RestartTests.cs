using AssetRegistry.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.InitialRegistration;

/// <summary>
/// The service stops and starts again on the same database: every record is still there, and a public
/// notice that came due while it was down ends on the next start.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task a_notice_that_came_due_while_the_service_was_down_ends_on_the_next_start_and_every_record_survives()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(RegistryApp.Start);
        string applicationId;
        string resourceNumber;
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());

        await using (var before = await RegistryApp.StartHostAsync(database, clock))
        {
            var api = new RegistryApi(new RegistryAppView(before, clock));
            resourceNumber = await api.RegisteredAssetAsync(token);
            var submitted = await api.SubmittedAsync(token, await api.InitialApplicationAsync(token));
            applicationId = submitted.Text("applicationId");
            await api.ActedAsync("accept", applicationId, RegistryApi.ClerkZhao);
        }

        // Down across the end of the notice.
        clock.Advance(TimeSpan.FromDays(30));

        await using var after = await RegistryApp.StartHostAsync(database, clock);
        var afterApi = new RegistryApi(new RegistryAppView(after, clock));
        var application = await WaitForAsync(() => afterApi.GetApplicationAsync(applicationId, RegistryApi.ClerkZhao),
            a => a.Text("state") == "awaitingApproval");
        Assert.Equal("awaitingApproval", application.Text("state"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await afterApi.GetAssetAsync(resourceNumber, token)).StatusCode);
    }

    /// <summary>The start-up sweep runs in the background; poll its effect instead of sleeping a fixed time.</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || waited.Elapsed > TimeSpan.FromSeconds(20))
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
