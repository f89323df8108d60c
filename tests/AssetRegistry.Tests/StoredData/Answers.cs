using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.StoredData;

/// <summary>Reading the registry's answers again and saying where they differ from others.</summary>
public static class Answers
{
    public static async Task<RecordedRead> ReadAsync(HttpClient client, string path, Reader? reader)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (reader is not null)
        {
            request.WithToken(FixtureScenario.TokenOf(reader));
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new RecordedRead(path, reader, (int)response.StatusCode, response.Headers.ETag?.Tag, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>
    /// The clerks' queue and the notices sort by instants that acts recorded at one instant share (the fake clock stands
    /// still between acts), and PostgreSQL returns ties in any order: their items are compared by id, not by position.
    /// </summary>
    public static RecordedRead InComparableOrder(RecordedRead read)
    {
        if (!(read.Path.StartsWith("/api/applications?", StringComparison.Ordinal) || read.Path.StartsWith("/api/notices?", StringComparison.Ordinal))
            || read.Body?["items"] is not JsonArray items)
        {
            return read;
        }

        var body = read.Body.DeepClone();
        body["items"] = new JsonArray([.. items.Select(i => i!.DeepClone()).OrderBy(i => i["applicationId"]?.GetValue<string>(), StringComparer.Ordinal)]);
        return read with { Body = body };
    }

    public static async Task<IReadOnlyList<RecordedRead>> ReadAllAsync(HttpClient client, IEnumerable<RecordedRead> reads)
    {
        var answers = new List<RecordedRead>();
        foreach (var read in reads)
        {
            answers.Add(await ReadAsync(client, read.Path, read.As));
        }

        return answers;
    }

    /// <summary>
    /// Where <paramref name="actual"/> does not hold what <paramref name="expected"/> holds: every member the expected
    /// answer has, with the same value, and arrays of the same length, item by item. Members the expected answer lacks
    /// are allowed, so that a later version may tell more than the one that stored the data.
    /// </summary>
    public static IEnumerable<string> Missing(JsonNode? expected, JsonNode? actual, string at = "$")
    {
        switch (expected)
        {
            case JsonObject members when actual is JsonObject actualMembers:
                foreach (var (name, value) in members)
                {
                    if (!actualMembers.TryGetPropertyValue(name, out var actualValue))
                    {
                        yield return $"{at}.{name}: missing (was {value?.ToJsonString() ?? "null"})";
                        continue;
                    }

                    foreach (var difference in Missing(value, actualValue, $"{at}.{name}"))
                    {
                        yield return difference;
                    }
                }

                break;
            case JsonArray items when actual is JsonArray actualItems:
                if (items.Count != actualItems.Count)
                {
                    yield return $"{at}: {actualItems.Count} items, was {items.Count}";
                    yield break;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var difference in Missing(items[i], actualItems[i], $"{at}[{i}]"))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{at}: {actual?.ToJsonString() ?? "null"}, was {expected?.ToJsonString() ?? "null"}";
                }

                break;
        }
    }

    /// <summary>Each read whose answer differs, with how; empty when all are the same.</summary>
    public static IReadOnlyList<string> Compare(IReadOnlyList<RecordedRead> expected, IReadOnlyList<RecordedRead> actual, bool exact)
    {
        var differences = new List<string>();
        foreach (var (before, after) in expected.Select(InComparableOrder).Zip(actual.Select(InComparableOrder)))
        {
            if ((HttpStatusCode)before.Status != (HttpStatusCode)after.Status || before.ETag != after.ETag)
            {
                differences.Add($"GET {before.Path}: {after.Status} {after.ETag}, was {before.Status} {before.ETag}");
            }

            var missing = exact
                ? (JsonNode.DeepEquals(before.Body, after.Body) ? [] : Missing(before.Body, after.Body).Concat(Missing(after.Body, before.Body).Select(m => "new: " + m)))
                : Missing(before.Body, after.Body);
            differences.AddRange(missing.Take(5).Select(m => $"GET {before.Path} {m}"));
        }

        return differences;
    }
}
