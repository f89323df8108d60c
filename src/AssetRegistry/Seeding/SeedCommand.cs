using System.Globalization;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Infrastructure;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Rebuilding;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AssetRegistry.Seeding;

/// <summary>
/// <c>dotnet run --project src/AssetRegistry -- seed --assets 100000 [--batch 1000] [--random 42]</c>: records that
/// many registered assets with their full history, in batches of one transaction each (<see cref="RegistrationSeeder"/>),
/// in the configured database through a Marten store configured as the service's (<see cref="RegistryStore"/>).
/// The running service then issues their certificates. Prints the throughput. Exit code 0 when done, 2 when
/// nothing could be seeded (arguments, configuration, database).
/// </summary>
public static class SeedCommand
{
    public const string Usage = "usage: seed --assets <count> [--batch <assets per transaction, default 1000>] [--random <seed>]";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, IHostEnvironment environment, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        int? assets = null;
        var batch = 1000;
        var randomSeed = Environment.TickCount;
        for (var i = 1; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? parsed
                : (int?)null;
            switch (args[i])
            {
                case "--assets" when value is { } n:
                    assets = n;
                    break;
                case "--batch" when value is { } n:
                    batch = n;
                    break;
                case "--random" when value is { } n:
                    randomSeed = n;
                    break;
                default:
                    assets = null;
                    i = args.Length;
                    break;
            }
        }

        if (assets is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            clock ??= TimeProvider.System;
            var procedure = new ProcedureSettings();
            configuration.GetSection("Registry").Bind(procedure);
            var calendarOptions = new CalendarOptions();
            configuration.GetSection(CalendarOptions.SectionName).Bind(calendarOptions);
            var deadlines = new ProcedureDeadlines(WorkingCalendarLoader.Load(calendarOptions), Options.Create(procedure));

            await using var database = await VerbDatabase.OpenAsync(configuration, environment, message => Console.Error.WriteLine(message), cancellation.Token);
            var identity = await RegistryIdentityResolver.ResolveAsync(configuration, environment, database.ConnectionString, cancellation.Token);
            // Seeding places its history before the registry's time, which it reads as a node does: above the kept marks.
            var clockSettings = RegistryClockSettings.From(configuration);
            var development = environment.IsDevelopment() ? new DevelopmentClock(clock) : null;
            var registryClock = new RegistryClock(development ?? clock, clockSettings, NullLogger<RegistryClock>.Instance);
            var marks = new ClockMarks(database.ConnectionString);
            await marks.RestoreAsync(registryClock, development, cancellation.Token);
            clock = registryClock;
            using var store = new DocumentStore(RegistryStore.Options(database.ConnectionString, clock));
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            // The seed writes every view in this version's shape: a new registry's are current, not to be rebuilt at start.
            await ViewVersions.RecordUpToDateAsync(store, RebuildCommand.InlineViews(store.Options), clock.GetUtcNow(), cancellation.Token);

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeding {assets:N0} assets in batches of {batch:N0} (random seed {randomSeed})"));
            var seeder = new RegistrationSeeder(store, deadlines, procedure, RegistrationNumbers.For(identity, database.ConnectionString), clock);
            var result = await seeder.SeedAsync(assets.Value, batch, randomSeed, new ConsoleProgress(), cancellation.Token);
            await marks.KeepAsync(clockSettings.NodeName, registryClock.HighWaterMark, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {result.Assets:N0} assets ({result.Events:N0} events) in {result.Elapsed.TotalSeconds:N1} s: " +
                $"{result.AssetsPerSecond:N0} assets/s, {result.EventsPerSecond:N0} events/s"));
            return 0;
        }
        catch (Exception e) when (e is RegistryConfigurationException or NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"seed: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("seed: interrupted; the batches committed so far stay.");
            return 2;
        }
    }

    private sealed class ConsoleProgress : IProgress<SeedProgress>
    {
        private DateTime _last = DateTime.MinValue;

        public void Report(SeedProgress value)
        {
            if (DateTime.UtcNow - _last < TimeSpan.FromSeconds(2) && value.Assets < value.TotalAssets)
            {
                return;
            }

            _last = DateTime.UtcNow;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {value.Assets:N0} of {value.TotalAssets:N0} assets ({value.AssetsPerSecond:N0}/s)"));
        }
    }
}
