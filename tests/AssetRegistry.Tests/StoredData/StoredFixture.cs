using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// A stored-data fixture's files, and how its SQL is written and read back. The SQL is the whole <c>registry</c> schema —
/// tables, functions, sequences and rows — as pg_dump writes it, so that loading it gives a database exactly as the
/// fixture's version of the service left it, and the service under test upgrades it as it would upgrade a registry's.
/// </summary>
public static class StoredFixture
{
    public const string SqlFile = "registry.sql";
    public const string LedgerKeyFile = "ledger-key.pem";

    /// <summary>The schema the registry's store uses (<c>RegistryStore.Options</c>): Marten's tables, the ledger's, the documents', the clock's, Wolverine's.</summary>
    public const string Schema = "registry";

    /// <summary>Where the fixtures are, beside the test assembly (copied there by the project file).</summary>
    public static string FixturesFolder => Path.Combine(AppContext.BaseDirectory, "StoredData", "Fixtures");

    public static async Task DumpAsync(string connectionString, string file)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PgDump()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[
                     "--host", database.Host!, "--port", database.Port.ToString(CultureInfo.InvariantCulture), "--username", database.Username!,
                     "--dbname", database.Database!, $"--schema={Schema}", "--no-owner", "--no-privileges", "--column-inserts",
                     // Wolverine's nodes, envelopes and dead letters are the maker's process, not the registry's data.
                     $"--exclude-table-data={Schema}.wolverine_*"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = database.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_dump failed: {await errors}");

        // pg_dump 15.14 and later fence a plain dump with \restrict meta-commands (a random key each time) that only psql
        // reads; without them the file is plain SQL, loaded by psql or through Npgsql alike, and the same dump twice is the same file.
        var lines = (await output).Split('\n').Where(line => !line.StartsWith("\\restrict ", StringComparison.Ordinal) && !line.StartsWith("\\unrestrict ", StringComparison.Ordinal));
        await File.WriteAllTextAsync(file, string.Join('\n', lines));
    }

    /// <summary>Runs a fixture's SQL in <paramref name="connectionString"/>'s database, which must be empty.</summary>
    public static async Task LoadAsync(string connectionString, string file)
    {
        var sql = await File.ReadAllTextAsync(file);
        // Its own connection, never pooled: the dump empties search_path for the session it runs in.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        await command.ExecuteNonQueryAsync();
    }

    private static string PgDump()
    {
        // The server's own major version where it is installed (Debian puts it beside the server, not always on PATH).
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin", "pg_dump")).Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        return installed ?? "pg_dump";
    }
}
