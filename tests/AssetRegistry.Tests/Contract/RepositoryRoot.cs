namespace AssetRegistry.Tests.Contract;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds AssetRegistry.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AssetRegistry.sln above {AppContext.BaseDirectory}.");
    }
}
