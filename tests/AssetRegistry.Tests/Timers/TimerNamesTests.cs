using AssetRegistry.Applications;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Tests.StoredData;
using AssetRegistry.Timers;
using AssetRegistry.Validity;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace AssetRegistry.Tests.Timers;

/// <summary>A timer row names its command by the registry's name for it, so that moving a command class orphans no deadline.</summary>
public sealed class TimerNamesTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static readonly DateTimeOffset Due = new(2026, 4, 1, 16, 0, 0, TimeSpan.Zero);

    /// <summary>Every name rows hold: today's, the former CLR names, and what each stored-data fixture's pending timers hold.</summary>
    public static TheoryData<string> StoredNames()
    {
        var fixtures = Directory.Exists(StoredFixture.FixturesFolder)
            ? Directory.GetDirectories(StoredFixture.FixturesFolder).SelectMany(f => FixtureManifest.Read(f).PendingTimers.Select(t => t.CommandType))
            : [];
        return [.. TimerCommands.Names.Concat(TimerCommands.Former).Concat(fixtures).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(StoredNames))]
    public void every_name_a_timer_is_or_was_stored_under_resolves_to_a_command_wolverine_handles(string storedName)
    {
        var command = TimerCommands.Resolve(storedName);

        Assert.True(command is not null, $"No command is stored as '{storedName}'.");
        var handlers = ((WolverineRuntime)app.Host.Services.GetRequiredService<IWolverineRuntime>()).Handlers;
        Assert.True(handlers.CanHandle(command), $"'{storedName}' names {command.FullName}, which no Wolverine handler handles.");
    }

    [Fact]
    public void a_timer_stores_the_registrys_name_for_its_command_not_where_the_class_lives()
    {
        var timer = RegistryTimer.For("public-notice:A", new EndPublicNotice("A"), Due);

        Assert.Equal("end-public-notice", timer.CommandType);
        Assert.Equal(new EndPublicNotice("A"), timer.Command());
    }

    [Fact]
    public void a_timer_stored_under_its_commands_former_clr_name_fires_that_command()
    {
        var stored = RegistryTimer.For("expiry:AR-R-2026-00000001-X", new ExpireRegistration("AR-R-2026-00000001-X"), Due);
        stored.CommandType = "AssetRegistry.Validity.ExpireRegistration";

        Assert.Equal(new ExpireRegistration("AR-R-2026-00000001-X"), stored.Command());
    }

    [Fact]
    public void a_command_without_a_stored_name_cannot_arm_a_timer()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => RegistryTimer.For("x", new UnnamedCommand("x"), Due));

        Assert.Contains(nameof(TimerCommands), failure.Message, StringComparison.Ordinal);
    }

    private sealed record UnnamedCommand(string Id);
}
