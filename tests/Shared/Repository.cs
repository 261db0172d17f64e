namespace LaborStandard.Testing;

/// <summary>The repository the tests run from, found by walking up from the test binaries.</summary>
public static class Repository
{
    private const string SolutionFile = "LaborStandard.sln";

    /// <summary>Gets the folder that holds <c>LaborStandard.sln</c>.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>Gets the project file of the shipping library.</summary>
    public static string LibraryProject => Path.Combine(Root, "src", "LaborStandard", "LaborStandard.csproj");

    /// <summary>Gets the project file of the command-line tool.</summary>
    public static string CliProject => Path.Combine(Root, "src", "LaborStandard.Cli", "LaborStandard.Cli.csproj");

    private static string FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{start}' holds {SolutionFile}; the tests must run from a build inside the repository.");
    }
}
