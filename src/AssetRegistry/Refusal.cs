using System.Globalization;
using System.Text.RegularExpressions;

namespace AssetRegistry;

/// <summary>
/// A rule of the registry says no. Every refusal is an entry of the catalogue (<see cref="Refusals"/>): a stable,
/// machine-readable code (<c>asset-under-objection</c>) with its status and its sentence in Chinese and English,
/// filled with the specifics of this case (the asset's number, the date) and, where one field is at fault, its name.
/// Deciders throw it; the HTTP edge answers it as problem details in the language the client asks for.
/// </summary>
public sealed partial class Refusal : Exception
{
    public Refusal(RefusalCode refusal, params (string Name, object? Value)[] specifics) : this(refusal, null, specifics) { }

    public Refusal(RefusalCode refusal, string? field, params (string Name, object? Value)[] specifics)
        : base(refusal?.Detail.Render(Language.English, specifics))
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Entry = refusal;
        Field = field;
        Specifics = specifics;
    }

    public Refusal() : this(Refusals.Refused) { }
    public Refusal(string message) : base(message) => Entry = Refusals.Refused;
    public Refusal(string message, Exception innerException) : base(message, innerException) => Entry = Refusals.Refused;

    /// <summary>The catalogue's entry: code, status and sentences.</summary>
    public RefusalCode Entry { get; private init; }
    public string Code => Entry.Code;
    public string? Field { get; }
    public RefusalKind Kind => Entry.Kind;
    public IReadOnlyList<(string Name, object? Value)> Specifics { get; } = [];

    /// <summary>What is wrong with the one field at fault, when the refusal is <c>invalid-field</c>.</summary>
    public RefusalCode? FieldError { get; private init; }

    /// <summary>One field's value breaks a rule that needs no state: 400 <c>invalid-field</c>, the field's own code in <c>errors</c>.</summary>
    public static Refusal Invalid(string field, RefusalCode error, params (string Name, object? Value)[] specifics) =>
        Invalid(Refusals.InvalidField, field, error, specifics);

    /// <summary>As <see cref="Invalid(string, RefusalCode, (string Name, object? Value)[])"/>, answered with the problem code <paramref name="problem"/>.</summary>
    public static Refusal Invalid(RefusalCode problem, string field, RefusalCode error, params (string Name, object? Value)[] specifics)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(error);
        return new Refusal(error, field, [("field", field), .. specifics]) { FieldError = error, Entry = problem };
    }

    /// <summary>The sentence in <paramref name="language"/>, filled with this case's specifics.</summary>
    public string Describe(Language language) => (FieldError ?? Entry).Detail.Render(language, Specifics);
}

/// <summary>The registry answers in Chinese unless the client asks for English.</summary>
public enum Language
{
    Chinese,
    English,
}

/// <summary>
/// One sentence in both languages. <c>{name}</c> stands for a specific of the case (<c>{number}</c>, <c>{date}</c>),
/// filled when the refusal is answered; both languages name the same specifics.
/// </summary>
public sealed partial record Sentence(string Chinese, string English)
{
    public string In(Language language) => language == Language.English ? English : Chinese;

    public string Render(Language language, IReadOnlyList<(string Name, object? Value)> specifics)
    {
        ArgumentNullException.ThrowIfNull(specifics);
        return Placeholder().Replace(In(language), match =>
        {
            var name = match.Groups[1].Value;
            foreach (var (specific, value) in specifics)
            {
                if (specific == name)
                {
                    return Format(value, language);
                }
            }

            return match.Value;
        });
    }

    /// <summary>The specifics the sentence names, in <paramref name="language"/>.</summary>
    public IReadOnlySet<string> Placeholders(Language language) =>
        Placeholder().Matches(In(language)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string Format(object? value, Language language) => value switch
    {
        null => "",
        Sentence phrase => phrase.In(language),
        string text => text,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}

/// <summary>
/// An entry of the refusal catalogue (<see cref="Refusals"/>): the code, the HTTP status it is answered with, a short
/// title and the sentence, each in Chinese and English. Entries with status 400 may also stand for one field's fault
/// in a problem's <c>errors</c>.
/// </summary>
public sealed class RefusalCode
{
    internal RefusalCode(string code, int status, Sentence title, Sentence detail)
    {
        Code = code;
        Status = status;
        Title = title;
        Detail = detail;
    }

    public string Code { get; }
    public int Status { get; }
    public Sentence Title { get; }
    public Sentence Detail { get; }

    public RefusalKind Kind => Status switch
    {
        404 => RefusalKind.NotFound,
        403 => RefusalKind.Forbidden,
        400 => RefusalKind.Invalid,
        _ => RefusalKind.Conflict,
    };

    public override string ToString() => Code;
}

public enum RefusalKind
{
    /// <summary>The current state does not allow the act (409), or another status that is no client's fault.</summary>
    Conflict,
    /// <summary>A well-formed identifier names nothing (404).</summary>
    NotFound,
    /// <summary>The actor may not do this (403).</summary>
    Forbidden,
    /// <summary>A field's value breaks a rule that needs no state (400).</summary>
    Invalid,
}
