namespace AssetRegistry.Verifier;

/// <summary>
/// Positional arguments and <c>--name value</c> options, nothing more. Hand-written: a verifier that
/// banks run should be small enough to read whole.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> options;

    private CommandArguments(IReadOnlyList<string> positionals, Dictionary<string, string> options)
    {
        Positionals = positionals;
        this.options = options;
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <param name="allowedOptions">Option names without the leading dashes; any other is a usage error.</param>
    public static CommandArguments Parse(IEnumerable<string> args, int positionalCount, params string[] allowedOptions)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        using var arg = args.GetEnumerator();
        while (arg.MoveNext())
        {
            if (!arg.Current.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg.Current);
                continue;
            }

            var name = arg.Current[2..];
            if (!allowedOptions.Contains(name, StringComparer.Ordinal))
            {
                throw new UsageException($"Unknown option {arg.Current}.");
            }

            if (!arg.MoveNext())
            {
                throw new UsageException($"Option --{name} needs a value.");
            }

            if (!options.TryAdd(name, arg.Current))
            {
                throw new UsageException($"Option --{name} is given twice.");
            }
        }

        if (positionals.Count != positionalCount)
        {
            throw new UsageException($"Expected {positionalCount} argument(s), got {positionals.Count}.");
        }

        return new CommandArguments(positionals, options);
    }

    public string? Option(string name) => options.GetValueOrDefault(name);
}
