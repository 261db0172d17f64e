namespace LaborStandard.Tests.Support;

/// <summary>The repository the tests run in, for the files they check against (guides, samples).</summary>
internal static class Repository
{
    /// <summary>Gets the repository's root: the folder above the tests that holds LaborStandard.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LaborStandard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (LaborStandard.sln) is not above the test's directory.");
    }
}
