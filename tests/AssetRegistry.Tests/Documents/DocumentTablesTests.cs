using AssetRegistry.Documents;
using AssetRegistry.Tests.Infrastructure;
using Npgsql;
using Weasel.Core;
using Weasel.Postgresql.Tables;

namespace AssetRegistry.Tests.Documents;

/// <summary>Start-up builds the document tables exactly as defined, so that a restart has nothing to migrate.</summary>
public sealed class DocumentTablesTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    public static TheoryData<string> Tables => new() { DocumentTables.Contents, DocumentTables.Uploads, DocumentTables.Grants };

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task the_table_in_the_database_matches_its_definition(string name)
    {
        Table table = name switch
        {
            DocumentTables.Contents => DocumentTables.ContentsTable(),
            DocumentTables.Uploads => DocumentTables.UploadsTable(),
            _ => DocumentTables.GrantsTable(),
        };
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();

        var delta = await table.FindDeltaAsync(connection);

        Assert.Equal(SchemaPatchDifference.None, delta.Difference);
    }
}
