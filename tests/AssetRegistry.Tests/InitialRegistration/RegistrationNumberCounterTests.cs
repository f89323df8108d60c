using AssetRegistry.InitialRegistration;
using AssetRegistry.Assets;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Identifiers;
using Marten;

namespace AssetRegistry.Tests.InitialRegistration;

/// <summary>
/// A registration number's serial counts the registrations of its registry, kind and year (docs/registration-number.md):
/// the 42nd data resource of 2026 is AR-R-2026-00000042, whatever products were registered meanwhile; and no number is
/// ever issued twice, also on a database numbered by the single counter that came before.
/// </summary>
public sealed class RegistrationNumberCounterTests
{
    private static RegistrationNumber Parse(string number) =>
        RegistrationNumber.TryParse(number, out var parsed, out var error) ? parsed : throw new InvalidOperationException(error.Message);

    [Fact]
    public async Task serials_count_per_kind_and_start_again_each_year()
    {
        await using var app = new RegistryApp();
        await app.InitializeAsync();
        var api = new RegistryApi(app);
        var enterprise = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());

        var firstResource = await api.RegisteredAssetAsync(enterprise);
        var firstProduct = await api.RegisteredAssetAsync(enterprise, "dataProduct");
        var secondResource = await api.RegisteredAssetAsync(enterprise);
        await api.PassUntilAsync(new DateTimeOffset(2027, 1, 4, 2, 0, 0, TimeSpan.Zero));
        var nextYearsResource = await api.RegisteredAssetAsync(enterprise);

        Assert.Equal("AR-R-2026-00000001", firstResource[..^2]);
        Assert.Equal("AR-P-2026-00000001", firstProduct[..^2]);
        Assert.Equal("AR-R-2026-00000002", secondResource[..^2]);
        Assert.Equal("AR-R-2027-00000001", nextYearsResource[..^2]);
    }

    [Fact]
    public async Task on_a_database_numbered_by_the_single_counter_the_kinds_counter_starts_above_every_number_already_issued()
    {
        await using var app = new RegistryApp();
        await app.InitializeAsync();
        var api = new RegistryApi(app);
        var enterprise = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var product = await api.RegisteredAssetAsync(enterprise, "dataProduct");

        // What the one counter left: data resources numbered 40 and 41 in 2026, interleaved with the other kind.
        await using (var session = app.Store.LightweightSession())
        {
            var registered = (AssetRegistered)(await session.Events.FetchStreamAsync(product))[0].Data;
            foreach (var serial in new[] { 40L, 41L })
            {
                var legacy = RegistrationNumber.Create("AR", AssetKind.DataResource, 2026, serial).ToString();
                session.Events.StartStream<Asset>(legacy, registered with { RegistrationNumber = legacy });
            }

            await session.SaveChangesAsync();
        }

        var resource = await api.RegisteredAssetAsync(enterprise);

        Assert.Equal("AR-R-2026-00000042", resource[..^2]);
        Assert.Equal(1, Parse(product).Serial);
    }
}
