using System.Net;
using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Tests.Contract;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.Infrastructure.Time;

/// <summary>The development clock: what it was moved forward survives a restart, and a move is range-checked.</summary>
public sealed class DevelopmentClockRestartTests
{
    [Fact]
    public async Task the_development_clock_keeps_its_offset_across_a_restart()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var real = new FakeTimeProvider(RegistryApp.Start);
        DateTimeOffset movedTo;
        await using (var before = await StartDevelopmentAsync(database, real))
        {
            var moved = await before.ContractClient().SendAsync(HttpExtensions.RawJson(HttpMethod.Post, "/dev/clock", """{"advanceBy":"P372D"}"""));
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            movedTo = (await moved.ReadJsonAsync()).Instant("now");
        }

        real.Advance(TimeSpan.FromMinutes(1));
        await using var after = await StartDevelopmentAsync(database, real);
        var reading = await after.ContractClient().GetJsonAsync("/dev/clock");

        Assert.Equal("P372D", reading.Text("offset"));
        Assert.Equal(movedTo + TimeSpan.FromMinutes(1), reading.Instant("now"));
    }

    [Theory]
    [InlineData("""{"advanceBy":"P99999999D"}""", "advanceBy")]
    [InlineData("""{"advanceBy":"P36526D"}""", "advanceBy")]
    [InlineData("""{"advanceTo":"9999-12-31T00:00:00Z"}""", "advanceTo")]
    public async Task a_move_beyond_a_century_is_a_400_naming_the_field_and_moves_nothing(string body, string field)
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        await using var host = await StartDevelopmentAsync(database, new FakeTimeProvider(RegistryApp.Start));
        var client = host.ContractClient();

        var response = await client.SendAsync(HttpExtensions.RawJson(HttpMethod.Post, "/dev/clock", body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadProblemAsync()).FieldsAtFault());
        Assert.Equal("PT0S", (await client.GetJsonAsync("/dev/clock")).Text("offset"));
    }

    private static Task<Alba.IAlbaHost> StartDevelopmentAsync(string database, TimeProvider real) =>
        RegistryApp.StartHostAsync(database, real, web =>
        {
            web.UseEnvironment("Development");
            web.ConfigureServices(services =>
            {
                services.AddSingleton(new DevelopmentClock(real));
                services.AddSingleton(sp => new WallClock(sp.GetRequiredService<DevelopmentClock>()));
            });
        });
}
