using System.Globalization;

namespace AssetRegistry.Benchmark;

internal sealed partial class BenchmarkRun
{
    public const int ReadSample = 200_000;

    /// <summary>
    /// (h) The same service on a small and then a large data set, in a database of its own: seed the smaller set
    /// (its certification is (c) issuance alone), read and register on it; stop, seed up to the larger size with the
    /// documented bulk path (<c>seed</c>), start again, let it certify the new assets, read and register again; audit.
    /// Reads are spread over registration numbers drawn at random from every asset, so that the larger set is
    /// not read through a small, cached corner of it.
    /// </summary>
    private async Task ScaleAsync(ServiceProcess.Settings serviceSettings, BenchDatabase database, Parties parties)
    {
        var settings = serviceSettings with { ConnectionString = database.ScaleConnectionString };
        await using var probe = new LedgerProbe(settings.ConnectionString);
        Dictionary<int, string>? reports = null;
        foreach (var (size, randomSeed) in new[] { (options.SmallAssets, 42), (options.Assets, 43) })
        {
            var label = $"(h) {size:N0} assets";
            var present = await probe.AssetsAsync();
            var issuance = await SeedAndIssueAsync(settings, probe, (int)(size - present), randomSeed, label);
            try
            {
                var assets = await probe.AssetsAsync();
                using var client = new RegistryClient(_service!.Address);
                if (reports is null)
                {
                    reports = [];
                    await OnboardAsync(client, parties);
                    foreach (var slot in parties.Slots)
                    {
                        reports[slot.Index] = await client.UploadReportAsync(slot.Enterprise, $"bench scale {slot.Index} {Guid.NewGuid()}");
                    }
                }

                await WarmUpAsync(client, parties, reports);
                var numbers = await probe.AssetNumbersAsync(ReadSample);
                var reads = new OperationStats("GET /api/assets/{number}");
                reads.Elapsed = await Measured($"{label}: HTTP read asset", () => Load.ForDurationAsync(TimeSpan.FromSeconds(options.ReadSeconds), options.Clients,
                    (_, i) => reads.TimeAsync(() => client.GetAssetAsync(parties.Bank, numbers[(int)(i % numbers.Count)]))), _ => reads.Succeeded);
                Report(reads, label);

                var registrations = await SustainedAsync(probe, r => r.AtMaximumAsync(TimeSpan.FromSeconds(options.ScaleSeconds), options.Clients),
                    new SustainedRun(client, parties, reports), $"{label}: registrations");
                var peak = Machine.PeakResidentBytes(_service.Pid) ?? 0;
                var databaseBytes = await probe.DatabaseBytesAsync();
                Say(string.Create(CultureInfo.InvariantCulture, $"  {label}: service peak resident set {peak / 1048576.0:N0} MiB; database {databaseBytes / 1048576.0:N0} MiB"));
                _results.Scale.Add(new Results.ScaleStep(assets, issuance, reads, numbers.Count, registrations, peak, databaseBytes));
            }
            finally
            {
                await _service!.DisposeAsync();
                _service = null;
                _servicePid = null;
            }
        }

        _results.ScaleAudit = await AuditAsync(settings, $"(f) audit, (h) {options.Assets:N0} assets");
    }
}
