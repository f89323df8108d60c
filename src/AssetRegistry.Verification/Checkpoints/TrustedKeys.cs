using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>The keys file: <c>{"keys": [ … ]}</c>, every key the verifier's owner trusts, past and present.</summary>
public sealed class TrustedKeys
{
    private const string What = "keys file";

    private readonly Dictionary<string, TrustedKey> byId;

    public TrustedKeys(IEnumerable<TrustedKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = keys.ToList();
        byId = new Dictionary<string, TrustedKey>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            if (!byId.TryAdd(key.KeyId, key))
            {
                throw new ArgumentException($"Key {key.KeyId} is listed twice.", nameof(keys));
            }
        }
    }

    public IReadOnlyList<TrustedKey> Keys { get; }

    /// <exception cref="LedgerFormatException">The file is not a keys file, or one of its keys is wrong.</exception>
    public static TrustedKeys Parse(string json) => FromJson(LedgerJson.ParseObject(json, What));

    /// <summary>A keys file's bytes, read strictly (docs/ledger.md §2): UTF-8, no byte order mark.</summary>
    /// <exception cref="LedgerFormatException">The file is not a keys file, or one of its keys is wrong.</exception>
    public static TrustedKeys Parse(ReadOnlySpan<byte> utf8) => FromJson(LedgerJson.ParseObject(utf8, What));

    private static TrustedKeys FromJson(JsonObject root)
    {
        LedgerJson.AllowOnly(root, What, "keys");
        if (root["keys"] is not JsonArray keys)
        {
            throw new LedgerFormatException("The keys file's \"keys\" must be an array.");
        }

        var parsed = keys.Select(k => TrustedKey.FromJson(k as JsonObject ?? throw new LedgerFormatException("Each entry of the keys file must be an object."))).ToList();
        try
        {
            return new TrustedKeys(parsed);
        }
        catch (ArgumentException e)
        {
            throw new LedgerFormatException(e.Message, e);
        }
    }

    public bool TryFind(string keyId, [NotNullWhen(true)] out TrustedKey? key) => byId.TryGetValue(keyId, out key);

    public string ToJson() =>
        LedgerJson.ToIndentedJson(new JsonObject { ["keys"] = new JsonArray(Keys.Select(k => (JsonNode)k.ToJsonObject()).ToArray()) });
}
