using LaborStandard.PackageTests.Support;

namespace LaborStandard.PackageTests;

/// <summary>What the package gallery shows: each package's own README, the PNG icon and the release notes.</summary>
public partial class PackageTest
{
    [Fact]
    public void The_library_package_page_is_its_own_readme_with_icon_and_release_notes()
    {
        PackagePage.ShouldBeTheGalleryPageOf(_library.PackagePath, Path.Combine(Repository.Root, "src", "LaborStandard"));
    }

    [Fact]
    public void The_spreadsheet_package_page_is_its_own_readme_with_icon_and_release_notes()
    {
        _library.SpreadsheetsPack.Succeeded.Should().BeTrue(_library.SpreadsheetsPack.ToString());
        PackagePage.ShouldBeTheGalleryPageOf(_library.SpreadsheetsPackagePath, PackedLibrary.SpreadsheetsFolder);
    }

    [Fact]
    public void The_examples_of_the_package_readmes_compile_against_the_packages()
    {
        var examples = PackedLibrary.ReadmeExamples();

        examples.Should().Contain("Standards.EmbeddedEngine.Evaluate").And.Contain("CandidateTable.Read");
        _library.ConsumerBuild.Succeeded.Should().BeTrue("the consumer compiles the READMEs' examples:{0}{1}{0}{2}", Environment.NewLine, examples, _library.ConsumerBuild);
    }

    [Fact]
    public void The_release_notes_are_the_first_section_of_the_changelog()
    {
        var notes = PackagePage.ExpectedReleaseNotes();

        notes.Should().StartWith("### ").And.NotContain("## [");
    }
}
