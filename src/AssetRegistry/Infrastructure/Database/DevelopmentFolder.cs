namespace AssetRegistry.Infrastructure.Database;

/// <summary>
/// A development registry's data folder: the private PostgreSQL's base directory (<c>PrivatePostgres:BaseDirectory</c>).
/// What belongs to that database and to no other lives there beside it — the development issuer's token key, the checkpoint
/// key and the registry's identity — so that two development registries on one machine never share them.
/// </summary>
public static class DevelopmentFolder
{
    public const string TokenIssuerKeyFile = "development-token-issuer-key.pem";
    public const string LedgerKeyFile = "development-ledger-key.pem";

    /// <summary>The configured data folder, in full.</summary>
    public static string Of(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new PrivatePostgresOptions();
        configuration.GetSection("PrivatePostgres").Bind(options);
        return options.FullBaseDirectory();
    }

    /// <summary>The text of <paramref name="fileName"/> in <paramref name="folder"/>, made once by <paramref name="create"/> and readable by this user only.</summary>
    public static string ReadOrCreate(string folder, string fileName, Func<string> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var file = Path.Combine(folder, fileName);
        if (File.Exists(file))
        {
            return File.ReadAllText(file);
        }

        Directory.CreateDirectory(folder);
        var text = create();
        Write(file, text);
        return text;
    }

    public static void Write(string file, string text)
    {
        File.WriteAllText(file, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>
    /// Until each folder kept its own, every development registry used the keys in the default folder's parent
    /// (<paramref name="sharedFolder"/>, by default <c>~/.local/share/asset-registry</c>). A cluster that existed then
    /// signed its checkpoints with that key: copied into its folder, its ledger keeps verifying and its audit passing.
    /// Called only for a cluster that already exists; a new one makes keys of its own. (The token key of that time was
    /// an HS256 secret, which nothing reads any more: the development issuer makes its own ES256 key.)
    /// </summary>
    public static void AdoptSharedKeys(string folder, string? sharedFolder = null)
    {
        sharedFolder ??= Path.GetDirectoryName(PrivatePostgresOptions.DefaultBaseDirectory())!;
        foreach (var name in new[] { LedgerKeyFile })
        {
            var shared = Path.Combine(sharedFolder, name);
            var own = Path.Combine(folder, name);
            if (!File.Exists(own) && File.Exists(shared))
            {
                Write(own, File.ReadAllText(shared));
            }
        }
    }
}
