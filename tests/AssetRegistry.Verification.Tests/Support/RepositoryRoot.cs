namespace AssetRegistry.Verification.Tests.Support;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds AssetRegistry.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Vectors(params string[] parts) => System.IO.Path.Combine([Path, "tests", "vectors", .. parts]);

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AssetRegistry.sln above {AppContext.BaseDirectory}.");
    }
}
