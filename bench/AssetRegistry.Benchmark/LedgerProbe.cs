using System.Globalization;
using Npgsql;

namespace AssetRegistry.Benchmark;

/// <summary>Read-only questions to the service's database about its event log and certificate ledger.</summary>
internal sealed class LedgerProbe(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 4 }.ConnectionString);

    /// <summary>Certificates issued: leaf indexes run from 0 without gaps, so the primary key answers at once even for millions.</summary>
    public async Task<long> CertificatesAsync() => await CountAsync("select coalesce(max(leaf_index) + 1, 0) from registry.ledger_certificates");

    /// <summary>When the first batch that took the ledger beyond <paramref name="treeSize"/> started: its checkpoint's issued_at.</summary>
    public async Task<DateTimeOffset?> FirstCheckpointAfterAsync(long treeSize)
    {
        await using var command = _data.CreateCommand("select min(issued_at) from registry.ledger_checkpoints where tree_size > $1");
        command.Parameters.AddWithValue(treeSize);
        return await command.ExecuteScalarAsync() is DateTime at ? new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero) : null;
    }

    public async Task<DateTimeOffset> NowAsync() => await ScalarAsync<DateTime>("select now()") is var now ? new DateTimeOffset(now.ToUniversalTime(), TimeSpan.Zero) : default;

    /// <summary>
    /// The global event sequence so far. The questions below take it as a floor: they only look at events above it,
    /// through the primary key, so that they stay cheap on a database of a million assets.
    /// </summary>
    public async Task<long> LastEventSequenceAsync() => await ScalarAsync<long>("select coalesce(max(seq_id), 0) from registry.mt_events");

    /// <summary>
    /// Waits until every registration above <paramref name="floor"/> has its certificate, or <paramref name="within"/>
    /// passes; whether it caught up.
    /// </summary>
    public async Task<bool> WaitForLedgerAsync(TimeSpan within, long floor = 0)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            var uncertified = await ScalarAsync<long>($"""
                select count(*) from registry.mt_events e
                where e.seq_id > {floor} and e.type = 'asset_registered'
                  and not exists (select 1 from registry.ledger_certificates c where c.event_sequence = e.seq_id)
                """);
            if (uncertified == 0)
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    /// <summary>Registered assets: rows of the assets' inline snapshot.</summary>
    public async Task<long> AssetsAsync() => await CountAsync("select count(*) from registry.mt_doc_asset");

    /// <summary>Registration numbers drawn at random from every registered asset, so that reads are spread over all of them.</summary>
    public async Task<IReadOnlyList<string>> AssetNumbersAsync(int count)
    {
        await using var command = _data.CreateCommand("select id from registry.mt_doc_asset order by random() limit $1");
        command.Parameters.AddWithValue(count);
        var numbers = new List<string>(count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    public async Task<long> DatabaseBytesAsync() => await ScalarAsync<long>("select pg_database_size(current_database())");

    /// <summary>
    /// Certificate issuance lag of the registrations recorded in [<paramref name="from"/>, <paramref name="to"/>):
    /// the certificate's issued_at minus the event's mt_events.timestamp, joined on event_sequence.
    /// </summary>
    public async Task<LagStats> LagAsync(DateTimeOffset from, DateTimeOffset to, long floor = 0)
    {
        await using var command = _data.CreateCommand("""
            select count(e.seq_id), count(c.leaf_index),
                   coalesce(percentile_cont(0.5) within group (order by extract(epoch from c.issued_at - e.timestamp)), 0),
                   coalesce(percentile_cont(0.99) within group (order by extract(epoch from c.issued_at - e.timestamp)), 0),
                   coalesce(max(extract(epoch from c.issued_at - e.timestamp)), 0)
            from registry.mt_events e left join registry.ledger_certificates c on c.event_sequence = e.seq_id
            where e.seq_id > $3 and e.type = 'asset_registered' and e.timestamp >= $1 and e.timestamp < $2
            """);
        command.Parameters.AddWithValue(from);
        command.Parameters.AddWithValue(to);
        command.Parameters.AddWithValue(floor);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new LagStats(reader.GetInt64(0), reader.GetInt64(1), ToSpan(reader.GetDouble(2)), ToSpan(reader.GetDouble(3)), ToSpan(reader.GetDouble(4)));
    }

    /// <summary>The p99 lag in consecutive slices of the run, to show whether it grows.</summary>
    public async Task<IReadOnlyList<(TimeSpan Start, TimeSpan P99)>> LagSeriesAsync(DateTimeOffset from, DateTimeOffset to, TimeSpan slice, long floor = 0)
    {
        await using var command = _data.CreateCommand("""
            select floor(extract(epoch from e.timestamp - $1) / $3)::int as slice,
                   percentile_cont(0.99) within group (order by extract(epoch from c.issued_at - e.timestamp))
            from registry.mt_events e join registry.ledger_certificates c on c.event_sequence = e.seq_id
            where e.seq_id > $4 and e.type = 'asset_registered' and e.timestamp >= $1 and e.timestamp < $2
            group by 1 order by 1
            """);
        command.Parameters.AddWithValue(from);
        command.Parameters.AddWithValue(to);
        command.Parameters.AddWithValue(slice.TotalSeconds);
        command.Parameters.AddWithValue(floor);
        var series = new List<(TimeSpan, TimeSpan)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            series.Add((slice * reader.GetInt32(0), ToSpan(reader.GetDouble(1))));
        }

        return series;
    }

    /// <summary>Events recorded in the window, and the holes in their global sequence (a failed transaction's numbers).</summary>
    public async Task<(long Events, long Gaps)> SequenceGapsAsync(DateTimeOffset from, DateTimeOffset to, long floor = 0)
    {
        await using var command = _data.CreateCommand(
            "select count(*), coalesce(max(seq_id) - min(seq_id) + 1 - count(*), 0) from registry.mt_events where seq_id > $3 and timestamp >= $1 and timestamp < $2");
        command.Parameters.AddWithValue(from);
        command.Parameters.AddWithValue(to);
        command.Parameters.AddWithValue(floor);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<string>> CertificateNumbersAsync(int count)
    {
        await using var command = _data.CreateCommand(
            "select certificate_number from registry.ledger_certificates tablesample system (50) limit $1");
        command.Parameters.AddWithValue(count);
        var numbers = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                numbers.Add(reader.GetString(0));
            }
        }

        if (numbers.Count < count)
        {
            await using var all = _data.CreateCommand("select certificate_number from registry.ledger_certificates order by leaf_index desc limit $1");
            all.Parameters.AddWithValue(count);
            numbers.Clear();
            await using var reader = await all.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                numbers.Add(reader.GetString(0));
            }
        }

        return numbers;
    }

    /// <summary>A count, zero while the registry's schema is not yet there (an empty database before its first seed).</summary>
    private async Task<long> CountAsync(string sql)
    {
        try
        {
            return await ScalarAsync<long>(sql);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = _data.CreateCommand(sql);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static TimeSpan ToSpan(double seconds) => TimeSpan.FromSeconds(seconds);

    public async ValueTask DisposeAsync() => await _data.DisposeAsync();
}

internal sealed record LagStats(long Registrations, long Certified, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public long Missing => Registrations - Certified;
}
