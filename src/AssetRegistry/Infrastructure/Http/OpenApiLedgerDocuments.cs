using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The ledger's documents — checkpoint, bundle, keys file, consistency proof (docs/ledger.md §4.4, §6–§8) — are
/// served as the ledger holds them, as text, so the endpoints can only say "an object". Their schemas are published
/// here, as the format sections define them, and put on the operations that answer them.
/// </summary>
internal static class OpenApiLedgerDocuments
{
    private static readonly Dictionary<string, string> AnsweredBy = new(StringComparer.Ordinal)
    {
        ["getLatestCheckpoint"] = "Checkpoint",
        ["getCheckpoint"] = "Checkpoint",
        ["getCertificateBundle"] = "CertificateBundle",
        ["getLedgerKeys"] = "KeysFile",
        ["getConsistencyProof"] = "ConsistencyProof",
        ["getCertificate"] = "Certificate",
        ["listCheckpoints"] = "PagedOfCheckpoint",
    };

    public static void Publish(OpenApiDocument document)
    {
        var schemas = document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schemas["Certificate"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A certificate (登记证书 / 许可凭证) exactly as the ledger holds it: RFC 8785 canonical JSON, the leaf's bytes (docs/ledger.md §12).",
        };
        schemas["Checkpoint"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A signed checkpoint (docs/ledger.md §6): the ledger's size and root, signed over the JCS of the other six members.",
            Required = new HashSet<string>(StringComparer.Ordinal) { "registry", "treeSize", "rootHash", "issuedAt", "keyId", "algorithm", "signature" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["registry"] = Text("The ledger's stable name; it never changes for a ledger."),
                ["treeSize"] = Size("Number of leaves."),
                ["rootHash"] = Base64("The Merkle tree hash of those leaves (§4.2)."),
                ["issuedAt"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When the registry signed it." },
                ["keyId"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9a-f]{64}$", Description = "Key id (§5) of the signing key." },
                ["algorithm"] = Text("The profile (§5), e.g. `ECDSA-P256-SHA256`."),
                ["signature"] = Base64("DER signature (§5)."),
            },
        };
        schemas["CertificateBundle"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Everything to verify a certificate offline, save the keys (docs/ledger.md §7).",
            Required = new HashSet<string>(StringComparer.Ordinal) { "certificate", "leafIndex", "inclusionProof", "checkpoint" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["certificate"] = new OpenApiSchemaReference("Certificate", document),
                ["leafIndex"] = Size("Its index in the ledger, from 0."),
                ["inclusionProof"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Base64("A hash of PATH(leafIndex, D[treeSize]), from the leaf's sibling up (§4.3)."), Description = "The inclusion proof for the checkpoint's tree size." },
                ["checkpoint"] = new OpenApiSchemaReference("Checkpoint", document),
            },
        };
        schemas["KeysFile"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Every key that ever signed a checkpoint, with its validity and revocation (docs/ledger.md §8).",
            Required = new HashSet<string>(StringComparer.Ordinal) { "keys" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["keys"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string>(StringComparer.Ordinal) { "keyId", "algorithm", "publicKey", "validFrom" },
                        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                        {
                            ["keyId"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9a-f]{64}$", Description = "The key id (§5) of its public key." },
                            ["algorithm"] = Text("The profile (§5)."),
                            ["publicKey"] = Base64("DER SubjectPublicKeyInfo."),
                            ["validFrom"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                            ["validUntil"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time" },
                            ["revokedAt"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time" },
                        },
                    },
                },
            },
        };
        schemas["ConsistencyProof"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "PROOF(from, D[to]) of RFC 9162 §2.1.4.1 (docs/ledger.md §4.4).",
            Required = new HashSet<string>(StringComparer.Ordinal) { "from", "to", "proof" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["from"] = Size("The older tree size."),
                ["to"] = Size("The newer tree size."),
                ["proof"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Base64("A node hash.") },
            },
        };
        schemas["PagedOfCheckpoint"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(StringComparer.Ordinal) { "items", "page", "pageSize", "total" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["items"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference("Checkpoint", document) },
                ["page"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["pageSize"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["total"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
            },
        };

        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => (p.Operations ?? []).Values))
        {
            if (operation.OperationId is { } id && AnsweredBy.TryGetValue(id, out var schema)
                && operation.Responses?.TryGetValue("200", out var answer) == true && answer.Content is { } content)
            {
                foreach (var media in content.Values)
                {
                    media.Schema = new OpenApiSchemaReference(schema, document);
                }
            }
        }

        // What only the ledger's operations used to name ("an object") is no longer named by any.
        var text = string.Join("\n", (document.Paths ?? []).Values.SelectMany(p => (p.Operations ?? []).Values)
            .SelectMany(o => (o.Responses ?? []).Values).SelectMany(r => r.Content?.Values ?? []).Select(m => (m.Schema as OpenApiSchemaReference)?.Reference.Id));
        foreach (var unused in new[] { "PagedOfJsonObject", "JsonObject" })
        {
            if (!text.Contains(unused, StringComparison.Ordinal) && !schemas.Values.OfType<OpenApiSchema>().Any(s => Mentions(s, unused)))
            {
                schemas.Remove(unused);
            }
        }
    }

    private static bool Mentions(OpenApiSchema schema, string id) =>
        (schema.Properties?.Values ?? []).Concat(schema.Items is null ? [] : [schema.Items]).Any(s =>
            s is OpenApiSchemaReference reference ? reference.Reference.Id == id : s is OpenApiSchema inner && Mentions(inner, id));

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Base64(string description) =>
        new() { Type = JsonSchemaType.String, Pattern = "^[A-Za-z0-9+/]*={0,2}$", Description = $"{description} Base64 (RFC 4648 §4, padded)." };

    private static OpenApiSchema Size(string description) =>
        new() { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Description = description };
}
