using Npgsql;

namespace AssetRegistry.Infrastructure.Time;

/// <summary>
/// Where the registry's clock is kept between runs: each node's high-water mark (one row per node, written by that
/// node alone at most once a second and at shutdown, so no write ever waits on it), and in Development the
/// development clock's offset. A node, <c>seed</c> and <c>audit</c> start above the highest mark of any node.
/// </summary>
public sealed class ClockMarks(string connectionString)
{
    private const string Schema = """
        create schema if not exists registry;
        create table if not exists registry.clock_marks (
            node text primary key,
            high_water timestamptz not null);
        create table if not exists registry.development_clock (
            id boolean primary key default true check (id),
            offset_ticks bigint not null);
        """;

    private bool _schemaReady;

    /// <summary>The highest mark any node has kept, if any.</summary>
    public async Task<DateTimeOffset?> HighestAsync(CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("select max(high_water) from registry.clock_marks", connection);
        return await command.ExecuteScalarAsync(cancellation) is DateTime highest
            ? new DateTimeOffset(DateTime.SpecifyKind(highest, DateTimeKind.Utc))
            : null;
    }

    /// <summary>Keeps <paramref name="mark"/> for <paramref name="node"/>; a mark never moves back.</summary>
    public async Task KeepAsync(string node, DateTimeOffset mark, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            "insert into registry.clock_marks (node, high_water) values ($1, $2) " +
            "on conflict (node) do update set high_water = greatest(registry.clock_marks.high_water, excluded.high_water)", connection);
        command.Parameters.AddWithValue(node);
        command.Parameters.AddWithValue(mark.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellation);
    }

    public async Task<TimeSpan> DevelopmentOffsetAsync(CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("select offset_ticks from registry.development_clock", connection);
        return await command.ExecuteScalarAsync(cancellation) is long ticks ? TimeSpan.FromTicks(ticks) : TimeSpan.Zero;
    }

    public async Task KeepDevelopmentOffsetAsync(TimeSpan offset, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            "insert into registry.development_clock (id, offset_ticks) values (true, $1) " +
            "on conflict (id) do update set offset_ticks = greatest(registry.development_clock.offset_ticks, excluded.offset_ticks)", connection);
        command.Parameters.AddWithValue(offset.Ticks);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>Raises <paramref name="clock"/> above every kept mark (and, given one, restores the development clock's offset).</summary>
    public async Task RestoreAsync(RegistryClock clock, DevelopmentClock? development, CancellationToken cancellation)
    {
        if (development is not null)
        {
            development.Restore(await DevelopmentOffsetAsync(cancellation));
        }

        if (await HighestAsync(cancellation) is { } mark)
        {
            clock.StartAbove(mark);
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        if (!_schemaReady)
        {
            try
            {
                await using var schema = new NpgsqlCommand(Schema, connection);
                await schema.ExecuteNonQueryAsync(cancellation);
            }
            catch (PostgresException raced) when (raced.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
            {
                // Another node created the tables at the same moment.
            }

            _schemaReady = true;
        }

        return connection;
    }
}
