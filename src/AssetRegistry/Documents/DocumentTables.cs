using Weasel.Postgresql.Tables;

namespace AssetRegistry.Documents;

/// <summary>
/// Where documents live: plain tables rather than Marten documents, because the content is raw bytes (up to
/// tens of megabytes) that must never pass through JSON. Marten still owns them as schema objects, so that
/// <c>ApplyAllDatabaseChangesOnStartup</c> creates them with everything else. Nothing here is ever deleted:
/// originals are kept for 30 years.
/// </summary>
public static class DocumentTables
{
    // The registry's Marten schema (RegistryHost sets DatabaseSchemaName to it); the SQL below names it outright.
    public const string Contents = "registry.document_contents";
    public const string Uploads = "registry.document_uploads";
    public const string Grants = "registry.document_grants";

    /// <summary>One row per distinct content, keyed by its SHA-256: the same bytes are stored once.</summary>
    public static Table ContentsTable()
    {
        var table = new Table(Contents);
        table.AddColumn("sha256", "text").AsPrimaryKey();
        table.AddColumn("content", "bytea").NotNull();
        table.AddColumn("media_type", "text").NotNull();
        table.AddColumn("size", "bigint").NotNull();
        table.AddColumn("stored_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>
    /// Who uploaded each content: a party code, or <c>user:{sub}</c> for someone who acts for no party. An
    /// uploader may read what it uploaded and cite it in its applications.
    /// </summary>
    public static Table UploadsTable()
    {
        var table = new Table(Uploads);
        table.AddColumn("sha256", "text").AsPrimaryKey();
        table.AddColumn("uploader", "text").AsPrimaryKey();
        table.AddColumn("uploaded_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>The parties of an application may read the documents cited in it: one row per party and application.</summary>
    public static Table GrantsTable()
    {
        var table = new Table(Grants);
        table.AddColumn("sha256", "text").AsPrimaryKey();
        table.AddColumn("party", "text").AsPrimaryKey();
        table.AddColumn("application_id", "text").AsPrimaryKey();
        return table;
    }
}
