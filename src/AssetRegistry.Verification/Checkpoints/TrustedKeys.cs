using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using AssetRegistry.Verification.Notes;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>
/// The keys file: <c>{"keys": [ … ], "noteKeys": [ … ]}</c>, every key the verifier's owner trusts, past and present:
/// the keys of JSON checkpoints, and the note keys (vkeys) of C2SP checkpoints; <c>noteKeys</c> may be left out.
/// </summary>
public sealed class TrustedKeys
{
    private const string What = "keys file";

    private readonly Dictionary<string, TrustedKey> byId;

    public TrustedKeys(IEnumerable<TrustedKey> keys, IEnumerable<TrustedNoteKey>? noteKeys = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = keys.ToList();
        NoteKeys = [.. noteKeys ?? []];
        var vkeys = new HashSet<(string, uint)>();
        foreach (var noteKey in NoteKeys)
        {
            if (!vkeys.Add((noteKey.Key.Name, noteKey.Key.KeyId)))
            {
                throw new ArgumentException($"Note key {noteKey.Key.Name}+{noteKey.Key.KeyId:x8} is listed twice.", nameof(noteKeys));
            }
        }

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

    /// <summary>The note keys, each named and identified once (name and key ID).</summary>
    public IReadOnlyList<TrustedNoteKey> NoteKeys { get; }

    /// <exception cref="LedgerFormatException">The file is not a keys file, or one of its keys is wrong.</exception>
    public static TrustedKeys Parse(string json) => FromJson(LedgerJson.ParseObject(json, What));

    /// <summary>A keys file's bytes, read strictly (docs/ledger.md §2): UTF-8, no byte order mark.</summary>
    /// <exception cref="LedgerFormatException">The file is not a keys file, or one of its keys is wrong.</exception>
    public static TrustedKeys Parse(ReadOnlySpan<byte> utf8) => FromJson(LedgerJson.ParseObject(utf8, What));

    private static TrustedKeys FromJson(JsonObject root)
    {
        LedgerJson.AllowOnly(root, What, "keys", "noteKeys");
        if (root["keys"] is not JsonArray keys)
        {
            throw new LedgerFormatException("The keys file's \"keys\" must be an array.");
        }

        var parsed = keys.Select(k => TrustedKey.FromJson(k as JsonObject ?? throw new LedgerFormatException("Each entry of the keys file must be an object."))).ToList();
        var noteKeys = root["noteKeys"] switch
        {
            null when !root.ContainsKey("noteKeys") => [],
            JsonArray array => array.Select(k => TrustedNoteKey.FromJson(k as JsonObject ?? throw new LedgerFormatException("Each entry of \"noteKeys\" must be an object."))).ToList(),
            _ => throw new LedgerFormatException("The keys file's \"noteKeys\", when present, must be an array."),
        };
        try
        {
            return new TrustedKeys(parsed, noteKeys);
        }
        catch (ArgumentException e)
        {
            throw new LedgerFormatException(e.Message, e);
        }
    }

    public bool TryFind(string keyId, [NotNullWhen(true)] out TrustedKey? key) => byId.TryGetValue(keyId, out key);

    public string ToJson()
    {
        var json = new JsonObject { ["keys"] = new JsonArray(Keys.Select(k => (JsonNode)k.ToJsonObject()).ToArray()) };
        if (NoteKeys.Count > 0)
        {
            json["noteKeys"] = new JsonArray(NoteKeys.Select(k => (JsonNode)k.ToJsonObject()).ToArray());
        }

        return LedgerJson.ToIndentedJson(json);
    }
}
