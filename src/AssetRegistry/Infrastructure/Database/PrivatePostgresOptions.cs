namespace AssetRegistry.Infrastructure.Database;

/// <summary>
/// Where and how the development-only private PostgreSQL runs. Bound from the <c>PrivatePostgres</c>
/// configuration section.
/// </summary>
public sealed class PrivatePostgresOptions
{
    /// <summary>
    /// The folder holding the cluster (<c>data/</c>), its log and its password, and what belongs to that database
    /// alone (<see cref="DevelopmentFolder"/>): the development keys and the registry's identity. Never inside the checkout,
    /// where a <c>git clean</c> would erase a registry. Empty: <see cref="DefaultBaseDirectory"/>.
    /// </summary>
    public string? BaseDirectory { get; set; }

    /// <summary>Folder with <c>initdb</c> and <c>pg_ctl</c>; empty: PATH, then Debian's /usr/lib/postgresql/&lt;version&gt;/bin.</summary>
    public string? BinDirectory { get; set; }

    public string Database { get; set; } = "asset_registry";

    /// <summary>The loopback port to listen on; empty: a free one at each start.</summary>
    public int? Port { get; set; }

    /// <summary>PostgreSQL refuses to run as root; when the service runs as root the cluster runs as this user.</summary>
    public string OperatingSystemUser { get; set; } = "postgres";

    /// <summary>Extra server settings (<c>-c name=value</c>); throwaway test clusters turn durability off here.</summary>
    public Dictionary<string, string> ServerSettings { get; } = new(StringComparer.Ordinal);

    /// <summary>The base directory in full: the configured one, else <see cref="DefaultBaseDirectory"/>.</summary>
    public string FullBaseDirectory() =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(BaseDirectory) ? DefaultBaseDirectory() : BaseDirectory);

    /// <summary>
    /// The user's data directory (XDG), or /var/lib when running as root: root's home is mode 0700, which
    /// the unprivileged PostgreSQL user could not enter.
    /// </summary>
    public static string DefaultBaseDirectory()
    {
        if (Environment.IsPrivilegedProcess)
        {
            return "/var/lib/asset-registry/postgres";
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "asset-registry", "postgres");
    }
}
