using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Ledger;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace AssetRegistry.Tests.Ledger.Certificates;

/// <summary>
/// What a stored certificate was issued from, read back from the database: the asset as Marten aggregates it before
/// the event, the event, what the certificate cites (its stored event's hash, the asset's previous certificate, the
/// instant of issue) and the salts issuance drew.
/// </summary>
public sealed record IssuanceInputs(Asset? Before, IEvent Event, CertificateCitation Citation, IReadOnlyDictionary<string, (byte[] Salt, string Value)> Salts)
{
    public BuiltCertificate Build(RegistryIdentity registry) => CertificateBuilder.Build(Before, Event, Citation, registry, field => Salts[field].Salt);

    public static async Task<IssuanceInputs> ReadAsync(IDocumentStore store, NpgsqlConnection connection, long leafIndex)
    {
        ArgumentNullException.ThrowIfNull(store);
        string number, certificateNumber, type, data;
        long sequence;
        DateTimeOffset issuedAt;
        byte[]? previous;
        await using (var command = new NpgsqlCommand(
            "select c.registration_number, c.certificate_number, c.event_sequence, c.issued_at, e.type, e.data::text, "
            + $"(select p.certificate_hash from {LedgerTables.Certificates} p where p.registration_number = c.registration_number and p.leaf_index < c.leaf_index "
            + "order by p.leaf_index desc limit 1) "
            + $"from {LedgerTables.Certificates} c join registry.mt_events e on e.seq_id = c.event_sequence where c.leaf_index = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = leafIndex } },
        })
        await using (var reader = await command.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync(), $"The ledger has no leaf {leafIndex}.");
            (number, certificateNumber, sequence, issuedAt) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3));
            (type, data) = (reader.GetString(4), reader.GetString(5));
            previous = reader.IsDBNull(6) ? null : (byte[])reader[6];
        }

        var salts = new Dictionary<string, (byte[] Salt, string Value)>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand($"select field, salt, value from {LedgerTables.Salts} where certificate_number = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = certificateNumber } },
        })
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                salts[reader.GetString(0)] = ((byte[])reader[1], reader.GetString(2));
            }
        }

        await using var session = store.QuerySession();
        var @event = (await session.Events.FetchStreamAsync(number)).Single(e => e.Sequence == sequence);
        var before = @event.Version == 1 ? null : await session.Events.AggregateStreamAsync<Asset>(number, version: @event.Version - 1);
        var citation = new CertificateCitation(leafIndex, StoredEventHash.Compute(number, type, @event.Version, data),
            previous is null ? null : Convert.ToBase64String(previous), issuedAt);
        return new IssuanceInputs(before, @event, citation, salts);
    }
}
