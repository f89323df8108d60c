using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace AssetRegistry.Ledger;

/// <summary>
/// The certificate ledger: an append-only log of certificates in the registry's global event order, its
/// signed checkpoints, and the salts of the commitments certificates carry. Plain tables, created with
/// the rest of the schema.
/// </summary>
public static class LedgerTables
{
    /// <summary>
    /// One row per certificate, <c>leaf_index</c> its place in the Merkle log (0-based, no gaps).
    /// <c>certificate</c> is the certificate's canonical JSON (RFC 8785), exactly the leaf's bytes;
    /// <c>certificate_hash</c> is SHA-256 of those bytes, which the asset's next certificate cites.
    /// </summary>
    public const string Certificates = "registry.ledger_certificates";

    /// <summary>
    /// Every checkpoint ever signed, by tree size; <c>frontier</c> lets issuance resume after a restart; <c>note</c> is the
    /// same tree head as a C2SP signed note (docs/ledger.md §14), null for checkpoints signed before notes were.
    /// </summary>
    public const string Checkpoints = "registry.ledger_checkpoints";

    /// <summary>The salt and value of each commitment, given to those entitled to the value.</summary>
    public const string Salts = "registry.ledger_salts";

    /// <summary>
    /// The Merkle tree as C2SP tlog-tiles (docs/ledger.md §15): one row per tile, <c>hashes</c> its hashes concatenated,
    /// 256 when full; a partial tile's row grows in place, batch by batch (its hashes never change, so every width
    /// served is a prefix). Written with the checkpoint of each batch; rebuilt from the leaf hashes where absent.
    /// </summary>
    public const string Tiles = "registry.ledger_tiles";

    public static void Configure(StoreOptions options)
    {
        var certificates = new Table(new PostgresqlObjectName("registry", "ledger_certificates", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        certificates.AddColumn<long>("leaf_index").AsPrimaryKey();
        certificates.AddColumn<string>("certificate_number").NotNull();
        certificates.AddColumn<string>("registration_number").NotNull();
        certificates.AddColumn<long>("event_sequence").NotNull();
        certificates.AddColumn("certificate", "text").NotNull();
        certificates.AddColumn("leaf_hash", "bytea").NotNull();
        certificates.AddColumn("certificate_hash", "bytea").NotNull();
        certificates.AddColumn<DateTimeOffset>("issued_at").NotNull();
        certificates.Indexes.Add(new IndexDefinition("ledger_certificates_number") { Columns = ["certificate_number"], IsUnique = true });
        certificates.Indexes.Add(new IndexDefinition("ledger_certificates_event") { Columns = ["event_sequence"], IsUnique = true });
        certificates.Indexes.Add(new IndexDefinition("ledger_certificates_asset") { Columns = ["registration_number", "leaf_index"] });
        options.Storage.ExtendedSchemaObjects.Add(certificates);

        var checkpoints = new Table(new PostgresqlObjectName("registry", "ledger_checkpoints", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        checkpoints.AddColumn<long>("tree_size").AsPrimaryKey();
        checkpoints.AddColumn("checkpoint", "text").NotNull();
        checkpoints.AddColumn("root_hash", "bytea").NotNull();
        checkpoints.AddColumn<string>("key_id").NotNull();
        checkpoints.AddColumn<DateTimeOffset>("issued_at").NotNull();
        checkpoints.AddColumn("frontier", "bytea[]").NotNull();
        checkpoints.AddColumn("note", "text");
        options.Storage.ExtendedSchemaObjects.Add(checkpoints);

        var salts = new Table(new PostgresqlObjectName("registry", "ledger_salts", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        salts.AddColumn<string>("certificate_number").AsPrimaryKey();
        salts.AddColumn<string>("field").AsPrimaryKey();
        salts.AddColumn("salt", "bytea").NotNull();
        salts.AddColumn("value", "text").NotNull();
        options.Storage.ExtendedSchemaObjects.Add(salts);

        var tiles = new Table(new PostgresqlObjectName("registry", "ledger_tiles", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        tiles.AddColumn<int>("level").AsPrimaryKey();
        tiles.AddColumn<long>("tile_index").AsPrimaryKey();
        tiles.AddColumn("hashes", "bytea").NotNull();
        options.Storage.ExtendedSchemaObjects.Add(tiles);
    }
}
