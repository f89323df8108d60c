using System.Text.Json;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Every JSON body is I-JSON (RFC 7493) before any endpoint reads it: no member name twice in one object (the
/// serializer would keep the last one silently, while the registry's own verifier refuses duplicates in a bundle),
/// and no string — value or name — holding U+0000 or a lone surrogate, which PostgreSQL refuses in jsonb and text.
/// One pass over the buffered body covers every body and every depth, whatever type the endpoint binds it to.
/// Syntax errors are left to the endpoint's own reading, which names the field it stopped at.
/// </summary>
public sealed class InternetJsonBodies(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength != 0 && request.HasJsonContentType() && context.GetEndpoint() is { } endpoint)
        {
            request.EnableBuffering();
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, context.RequestAborted);
            request.Body.Position = 0;
            Check(body.GetBuffer().AsSpan(0, (int)body.Length), endpoint.Metadata.GetMetadata<CheckedByTheEndpoint>()?.Members ?? []);
        }

        await next(context);
    }

    private static void Check(ReadOnlySpan<byte> json, IReadOnlyCollection<string> membersLeftAlone)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var scopes = new Stack<Scope>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        scopes.Push(new Scope(PathOfValue(scopes), reader.TokenType == JsonTokenType.StartObject));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var scope = scopes.Peek();
                        var holder = scope.Path.Length == 0 ? "body" : scope.Path;
                        scope.Member = TextOf(ref reader, holder, new Sentence($"“{holder}”中的成员名", $"A member name in '{holder}'"));
                        if (!scope.Names.Add(scope.Member))
                        {
                            var member = Join(scope.Path, scope.Member);
                            throw new Refusal(Refusals.DuplicateMember, member);
                        }

                        if (scopes.Count == 1 && membersLeftAlone.Contains(scope.Member))
                        {
                            reader.Skip();
                        }

                        break;
                    case JsonTokenType.String:
                        var field = PathOfValue(scopes);
                        TextOf(ref reader, field, new Sentence($"“{field}”", $"'{field}'"));
                        break;
                }

                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.StartObject or JsonTokenType.StartArray)
                    && scopes.TryPeek(out var container) && !container.IsObject)
                {
                    container.Index++;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the endpoint's own reading says where it breaks.
        }
    }

    private static string TextOf(ref Utf8JsonReader reader, string field, Sentence what)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Refusal.Invalid(Refusals.InvalidText, field, Refusals.LoneSurrogate, ("what", what));
        }

        return text.Contains('\0', StringComparison.Ordinal)
            ? throw Refusal.Invalid(Refusals.InvalidText, field, Refusals.NulCharacter, ("what", what))
            : text;
    }

    private static string PathOfValue(Stack<Scope> scopes) =>
        !scopes.TryPeek(out var scope) ? ""
        : scope.IsObject ? Join(scope.Path, scope.Member)
        : $"{(scope.Path.Length == 0 ? "body" : scope.Path)}[{scope.Index}]";

    private static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";

    private sealed class Scope(string path, bool isObject)
    {
        public string Path { get; } = path;
        public bool IsObject { get; } = isObject;
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
        public string Member { get; set; } = "";
        public int Index { get; set; }
    }
}

/// <summary>Top-level members of a body that its endpoint reads by its own, stricter rules (a bundle the verifier judges).</summary>
public sealed record CheckedByTheEndpoint(params string[] Members);
