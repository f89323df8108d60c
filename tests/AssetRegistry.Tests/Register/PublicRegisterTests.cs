using System.Globalization;
using System.Net;
using AssetRegistry.Calendars;
using AssetRegistry.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace AssetRegistry.Tests.Register;

/// <summary>
/// The public register (公告): every completed registration with public fields only, newest first, for anyone.
/// Its entries are written by an inline projection in the transaction that records the registration.
/// </summary>
public sealed class PublicRegisterTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);
    private readonly Given _given = new(app);
    private readonly RecordedRegistrations _recorded = new(app);

    /// <summary>The register between two moments, anonymously (tests of a class run one at a time on a clock that only moves forward).</summary>
    private Task<System.Text.Json.Nodes.JsonObject> RegisterAsync(string query) => app.Client.GetJsonAsync($"/api/register?{query}");

    /// <summary>A moment after everything earlier tests recorded: the start of this test's window.</summary>
    private DateTimeOffset NewWindow()
    {
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        return app.Clock.GetUtcNow();
    }

    private static string Day(DateTimeOffset instant) => WorkingCalendar.LocalDateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task an_initial_registration_through_the_procedure_is_in_the_register_for_anyone_without_fingerprints()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var since = NewWindow();
        var number = await _api.RegisteredAssetAsync(token);
        var approvedAt = app.Clock.GetUtcNow();
        var history = await app.Client.GetJsonAsync($"/api/assets/{number}/history", RegistryApi.ClerkZhao);
        var reviewReport = history.Objects("registrations")[0]["basis"]!.AsObject().Text("documentFingerprint");

        var register = await RegisterAsync($"from={ViewJson.Query(since)}");

        var entry = Assert.Single(register.Objects("items"));
        Assert.Equal(number, entry.Text("registrationNumber"));
        Assert.Equal(("initial", "dataResource", "城市交通出行数据集"), (entry.Text("kind"), entry.Text("assetKind"), entry.Text("assetName")));
        Assert.Equal(("深圳市数据科技有限公司", code), (entry.Text("holderName"), entry.Text("holderCode")));
        Assert.Equal(approvedAt, entry.Instant("recordedAt"));
        Assert.Null(entry["counterpartyName"]);
        var body = register.ToJsonString();
        Assert.DoesNotContain(reviewReport, body, StringComparison.Ordinal);
        Assert.DoesNotContain("ingerprint", body, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewReport", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task every_kind_is_listed_newest_first_with_its_counterparty_and_changed_fields()
    {
        var code = RegistryApi.NewCreditCode();
        var since = NewWindow();
        var number = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(code));
        var today = _recorded.Today;
        var licensee = RecordedRegistrations.Enterprise("被许可数据有限公司");
        var license = await _recorded.LicenseAsync(number, licensee, today, today.AddDays(90));
        var contract = RecordedRegistrations.Fingerprint();
        var person = RecordedRegistrations.Person("张三");

        app.Clock.Advance(TimeSpan.FromHours(1));
        await _recorded.RecordAsync(number, license);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await _recorded.RecordAsync(number, await _recorded.RenameAsync(number, "城市交通出行数据集（更名）"));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await _recorded.RecordAsync(number, _recorded.LicenseCancellation(number, license.LicenseId));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await _recorded.RecordAsync(number, await _recorded.TransferAsync(number, person, contract));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await _recorded.RecordAsync(number, _recorded.Cancellation(number, RecordedRegistrations.Fingerprint()));

        var register = await RegisterAsync($"from={ViewJson.Query(since)}");
        var entries = register.Objects("items");

        Assert.Equal(["cancellation", "transfer", "licenseCancellation", "change", "license", "initial"], entries.Select(e => e.Text("kind")));
        Assert.Equal(entries.Select(e => e.Instant("recordedAt")).OrderDescending(), entries.Select(e => e.Instant("recordedAt")));
        var (cancellation, transfer, licenseCancellation, change, licensed) = (entries[0], entries[1], entries[2], entries[3], entries[4]);
        Assert.Equal(("被许可数据有限公司", "licensee", licensee.PartyCode), (licensed.Text("counterpartyName"), licensed.Text("counterpartyRole"), licensed.Text("counterpartyCode")));
        Assert.Equal(("深圳市数据科技有限公司", code), (licensed.Text("holderName"), licensed.Text("holderCode")));
        Assert.Equal(["name"], change["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("城市交通出行数据集（更名）", change.Text("assetName"));
        Assert.Null(change["counterpartyRole"]);
        Assert.Equal(("被许可数据有限公司", "licensee"), (licenseCancellation.Text("counterpartyName"), licenseCancellation.Text("counterpartyRole")));
        // A transfer's entry names the holder after it, and the one who gave the asset up as previous holder.
        Assert.Equal(("张三", "深圳市数据科技有限公司", "previousHolder", code),
            (transfer.Text("holderName"), transfer.Text("counterpartyName"), transfer.Text("counterpartyRole"), transfer.Text("counterpartyCode")));
        Assert.Null(transfer["holderCode"]);
        // Earlier entries keep the holder of their moment.
        Assert.Equal("深圳市数据科技有限公司", licenseCancellation.Text("holderName"));
        // A natural person's code is the registry's own: the register names them, and shows no code.
        Assert.Equal("张三", cancellation.Text("holderName"));
        Assert.Null(cancellation["holderCode"]);
        Assert.DoesNotContain(person.PartyCode, register.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(contract, register.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_transfer_through_the_procedure_is_in_the_register_with_the_new_holder_as_holder()
    {
        var holderCode = RegistryApi.NewCreditCode();
        var holderToken = RegistryApi.EnterpriseToken(holderCode);
        var buyerCode = RegistryApi.NewCreditCode();
        var number = await _api.RegisteredAssetAsync(holderToken);
        var since = NewWindow();
        var contract = await _api.UploadAsync(holderToken, $"sale contract {Guid.NewGuid()}");
        var transfer = await _api.AppliedAsync("transfer", holderToken, new
        {
            registrationNumber = number, newHolder = RegistryApi.Organisation(buyerCode, "北京数据应用有限公司"), ground = "trade", basisFingerprint = contract,
        });

        await _api.CompletedAsync(transfer, RegistryApi.EnterpriseToken(buyerCode));

        var entry = Assert.Single((await RegisterAsync($"kind=transfer&from={ViewJson.Query(since)}")).Objects("items"));
        Assert.Equal(("北京数据应用有限公司", buyerCode), (entry.Text("holderName"), entry.Text("holderCode")));
        Assert.Equal(("深圳市数据科技有限公司", holderCode, "previousHolder"),
            (entry.Text("counterpartyName"), entry.Text("counterpartyCode"), entry.Text("counterpartyRole")));
    }

    [Fact]
    public async Task a_rebuild_of_the_register_writes_each_entry_from_its_own_events_not_from_the_asset_as_it_is_now()
    {
        var code = RegistryApi.NewCreditCode();
        var since = NewWindow();
        var number = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(code));
        var asset = await _recorded.AssetAsync(number);
        var licensee = RecordedRegistrations.Enterprise("被许可数据有限公司");
        var license = await _recorded.LicenseAsync(number, licensee, _recorded.Today, _recorded.Today.AddDays(90));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await _recorded.RecordAsync(number, license);
        app.Clock.Advance(TimeSpan.FromHours(1));
        // The holder renames itself and the data, under the same code (变更登记)…
        await _recorded.RecordAsync(number, new AssetRegistry.Changing.ChangeRegistered(number, Guid.CreateVersion7().ToString(),
            [new("name", asset.Name, "城市交通出行数据集（二期）"), new("holderName", asset.Holder.Name, "深圳市数据集团有限公司")],
            asset.Details with { Name = "城市交通出行数据集（二期）" }, "深圳市数据集团有限公司", null, null, RecordedRegistrations.ApprovingClerk, _recorded.Now));
        app.Clock.Advance(TimeSpan.FromHours(1));
        // …and then transfers it (转移登记).
        var buyer = RecordedRegistrations.Enterprise("北京数据应用有限公司");
        await _recorded.RecordAsync(number, await _recorded.TransferAsync(number, buyer, RecordedRegistrations.Fingerprint()));
        var recorded = await RegisterAsync($"from={ViewJson.Query(since)}");

        // An entry written wrong (as the register used to write a transfer) is put right by the rebuild.
        await using (var session = app.Store.LightweightSession())
        {
            var transfer = await session.Query<AssetRegistry.Register.PublicRegisterEntry>().SingleAsync(e => e.RegistrationNumber == number && e.Kind == AssetRegistry.Assets.RegistrationKind.Transfer);
            session.Store(transfer with { HolderName = "深圳市数据集团有限公司", CounterpartyName = "北京数据应用有限公司" });
            await session.SaveChangesAsync();
        }

        var exit = await AssetRegistry.Rebuilding.RebuildCommand.RunAsync(["rebuild-register"], new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Registry"] = app.ConnectionString }).Build(),
            new HostingEnvironment { EnvironmentName = "Testing" }, app.Clock);

        Assert.Equal(0, exit);
        var rebuilt = await RegisterAsync($"from={ViewJson.Query(since)}");
        Assert.Equal(recorded.ToJsonString(), rebuilt.ToJsonString());
        var entries = rebuilt.Objects("items");
        Assert.Equal(["transfer", "change", "license", "initial"], entries.Select(e => e.Text("kind")));
        var (transferred, changed, licensed, initial) = (entries[0], entries[1], entries[2], entries[3]);
        Assert.Equal(("城市交通出行数据集", "深圳市数据科技有限公司", code), (initial.Text("assetName"), initial.Text("holderName"), initial.Text("holderCode")));
        Assert.Equal(("城市交通出行数据集", "深圳市数据科技有限公司", "被许可数据有限公司"), (licensed.Text("assetName"), licensed.Text("holderName"), licensed.Text("counterpartyName")));
        Assert.Equal(("城市交通出行数据集（二期）", "深圳市数据集团有限公司", code), (changed.Text("assetName"), changed.Text("holderName"), changed.Text("holderCode")));
        Assert.Equal(("城市交通出行数据集（二期）", "北京数据应用有限公司", buyer.PartyCode), (transferred.Text("assetName"), transferred.Text("holderName"), transferred.Text("holderCode")));
        Assert.Equal(("深圳市数据集团有限公司", "previousHolder"), (transferred.Text("counterpartyName"), transferred.Text("counterpartyRole")));
    }

    [Fact]
    public async Task the_register_filters_by_kind_and_by_dates_or_instants_and_pages()
    {
        var since = NewWindow();
        var number = (await _given.RegisteredAsync()).Number;
        var registeredAt = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromDays(2));
        var today = _recorded.Today;
        var first = await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("甲公司"), today, today.AddDays(30));
        var firstAt = await _recorded.RecordAsync(number, first);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await _recorded.RecordAsync(number, await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("乙公司"), today, today.AddDays(30)));
        app.Clock.Advance(TimeSpan.FromDays(2));
        var changedAt = await _recorded.RecordAsync(number, await _recorded.RenameAsync(number, "新名称"));

        var licenses = await RegisterAsync($"kind=license&from={ViewJson.Query(since)}");
        Assert.Equal(["乙公司", "甲公司"], licenses.Objects("items").Select(e => e.Text("counterpartyName")));

        // Dates are whole days in China; `to` takes in the whole of its day.
        var licenseDay = await RegisterAsync($"from={Day(firstAt)}&to={Day(firstAt)}");
        Assert.Equal(["license", "license"], licenseDay.Objects("items").Select(e => e.Text("kind")));
        var throughChange = await RegisterAsync($"from={Day(firstAt)}&to={Day(changedAt)}");
        Assert.Equal(["change", "license", "license"], throughChange.Objects("items").Select(e => e.Text("kind")));

        // Instants: from inclusive, to exclusive.
        var upToSecond = await RegisterAsync($"from={ViewJson.Query(registeredAt)}&to={ViewJson.Query(firstAt + TimeSpan.FromMinutes(5))}");
        Assert.Equal(["license", "initial"], upToSecond.Objects("items").Select(e => e.Text("kind")));

        var page1 = await RegisterAsync($"from={ViewJson.Query(since)}&pageSize=2");
        var page2 = await RegisterAsync($"from={ViewJson.Query(since)}&pageSize=2&page=2");
        Assert.Equal(4, page1["total"]!.GetValue<long>());
        Assert.Equal(["change", "license"], page1.Objects("items").Select(e => e.Text("kind")));
        Assert.Equal(["license", "initial"], page2.Objects("items").Select(e => e.Text("kind")));
    }

    [Fact]
    public async Task the_views_are_described_in_the_openapi_document()
    {
        var paths = (await app.Client.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject();

        Assert.NotNull(paths["/api/register"]?["get"]?["responses"]?["200"]);
        Assert.NotNull(paths["/api/assets/{registrationNumber}"]?["get"]?["responses"]?["404"]);
        Assert.NotNull(paths["/api/assets/{registrationNumber}/history"]?["get"]?["responses"]?["200"]);
        Assert.NotNull(paths["/api/parties/{partyCode}/assets"]?["get"]?["responses"]?["403"]);
    }

    [Theory]
    [InlineData("kind=pledge", "kind")]
    [InlineData("from=last-week", "from")]
    [InlineData("to=2026-05-01T00:00:00", "to")]
    [InlineData("from=2026-06-01&to=2026-05-01", "to")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task a_malformed_filter_is_400_naming_it(string query, string field)
    {
        var response = await app.Client.GetAsync(new Uri($"/api/register?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.ReadProblemAsync()).FieldsAtFault());
    }
}
