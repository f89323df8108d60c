using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Nodes;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace AssetRegistry.Tests.Infrastructure.Nodes;

/// <summary>Every setting a node runs on is range-checked at start-up; a bad one stops the service naming it.</summary>
public sealed class NodeSettingsTests
{
    [Theory]
    [InlineData("Nodes:LeaseDuration", "00:00:01")]
    [InlineData("Nodes:LeaseDuration", "ten seconds")]
    [InlineData("Nodes:LeaseRenewal", "00:00:05")]
    [InlineData("Nodes:LeaseRenewal", "00:00:00")]
    [InlineData("Registry:TimerPollInterval", "00:00:00")]
    [InlineData("Registry:Clock:MarkInterval", "01:00:00")]
    [InlineData("Registry:Clock:MaxBehind", "-00:05:00")]
    [InlineData("Registry:Clock:NodeName", "")]
    [InlineData("Ledger:BatchSize", "0")]
    [InlineData("Ledger:BatchSize", "1e3")]
    [InlineData("ConnectionStrings:Registry", "Host=db;Maximum Pool Size=3")]
    [InlineData("ConnectionStrings:Registry", "Hots=db")]
    public void a_setting_out_of_range_is_refused_naming_it(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var refused = Assert.Throws<RegistryConfigurationException>(() => NodeSettings.From(configuration));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        Assert.Contains(key.Replace(":", "__", StringComparison.Ordinal), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void the_defaults_are_a_ten_second_lease_renewed_every_two_seconds()
    {
        var settings = NodeSettings.From(new ConfigurationBuilder().Build());

        Assert.Equal(TimeSpan.FromSeconds(10), settings.LeaseDuration);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.LeaseRenewal);
    }

    [Fact]
    public async Task a_lease_renewed_too_rarely_stops_the_service_naming_the_setting()
    {
        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync([],
        [
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("ConnectionStrings__Registry", "Host=127.0.0.1;Port=1;Database=none;Username=none"),
            ("Nodes__LeaseDuration", "00:00:06"),
            ("Nodes__LeaseRenewal", "00:00:03"),
        ]);

        Assert.Equal(1, exitCode);
        Assert.Contains("Nodes:LeaseRenewal", output, StringComparison.Ordinal);
    }
}
