namespace LaborStandard.Cli.Tests.Support;

/// <summary>A temporary folder for files a test writes or gives the tool; deleted when disposed, as far as the file system lets it.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("laborstd-tests-");

    public string Path => _folder.FullName;

    /// <summary>Writes a file into the folder.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="content">The text, written as UTF-8 without a byte order mark.</param>
    /// <returns>The file's full path.</returns>
    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder is no reason to fail a test.
        }
    }
}
