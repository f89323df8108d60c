using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// What a stored-data fixture holds, beside its SQL: the commit whose code made it, the registry's clock when it was
/// dumped, the subjects the scenario made (by the part each plays), the registry's answers to a set of reads at that
/// moment, and the timers left pending. The stored-data test reads it to know what to look at.
/// </summary>
public sealed record FixtureManifest(
    string Commit,
    DateTimeOffset Now,
    IReadOnlyDictionary<string, string> Subjects,
    IReadOnlyDictionary<string, FixtureParty> Parties,
    IReadOnlyList<RecordedRead> Reads,
    IReadOnlyList<PendingTimer> PendingTimers)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Subject(string part) =>
        Subjects.TryGetValue(part, out var id) ? id : throw new KeyNotFoundException($"The fixture names no subject '{part}'.");

    public static FixtureManifest Read(string folder) =>
        JsonSerializer.Deserialize<FixtureManifest>(File.ReadAllText(Path.Combine(folder, FileName)), Json)
        ?? throw new InvalidDataException($"{folder}/{FileName} is empty.");

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");
}

/// <summary>An enterprise of the scenario: its credit code is its party code, and the tests' tokens speak for it.</summary>
public sealed record FixtureParty(string Code, string Name)
{
    [JsonIgnore]
    public string Token => Infrastructure.RegistryApi.EnterpriseToken(Code);
}

/// <summary>Who reads: a role, a user and the party the user acts for; none for an anonymous read.</summary>
public sealed record Reader(string Role, string User, string? Party);

/// <summary>A GET and the registry's answer to it when the fixture was made.</summary>
public sealed record RecordedRead(string Path, Reader? As, int Status, string? ETag, JsonNode? Body);

/// <summary>A timer row as stored: the command type is as the code of the fixture's commit wrote it.</summary>
public sealed record PendingTimer(string Id, DateTimeOffset DueAt, string CommandType);
