using System.Text.Json.Nodes;

namespace AssetRegistry.Tests.Contract;

/// <summary>Where two JSON documents differ, one line per difference, each at its JSON Pointer: readable in a test's failure.</summary>
public static class JsonDifferences
{
    public static IEnumerable<string> Between(JsonNode? before, JsonNode? after, string location = "")
    {
        switch (before, after)
        {
            case (JsonObject a, JsonObject b):
                foreach (var (name, value) in a)
                {
                    var at = $"{location}/{Escape(name)}";
                    if (!b.ContainsKey(name))
                    {
                        yield return $"− {at}: {Short(value)}";
                    }
                    else
                    {
                        foreach (var difference in Between(value, b[name], at))
                        {
                            yield return difference;
                        }
                    }
                }

                foreach (var (name, value) in b.Where(m => !a.ContainsKey(m.Key)))
                {
                    yield return $"+ {location}/{Escape(name)}: {Short(value)}";
                }

                break;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    var at = $"{location}/{i}";
                    if (i >= b.Count)
                    {
                        yield return $"− {at}: {Short(a[i])}";
                    }
                    else if (i >= a.Count)
                    {
                        yield return $"+ {at}: {Short(b[i])}";
                    }
                    else
                    {
                        foreach (var difference in Between(a[i], b[i], at))
                        {
                            yield return difference;
                        }
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(before, after))
                {
                    yield return $"~ {(location.Length == 0 ? "/" : location)}: {Short(before)} → {Short(after)}";
                }

                break;
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Short(JsonNode? value)
    {
        var text = value?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return text.Length <= 160 ? text : text[..157] + "…";
    }
}
