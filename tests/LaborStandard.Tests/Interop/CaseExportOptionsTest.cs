using LaborStandard.Interop;

namespace LaborStandard.Tests.Interop;

/// <summary>Options of the CASE export: checked at construction, independent of the clock and of what the caller keeps.</summary>
public class CaseExportOptionsTest
{
    private static readonly Uri Base = new(CaseTestOptions.BaseUri);

    [Fact]
    public void The_options_are_kept_as_given()
    {
        var options = CaseTestOptions.Default;

        options.BaseUri.AbsoluteUri.Should().Be(CaseTestOptions.BaseUri);
        options.Creator.Should().Be("人力资源社会保障部");
        options.LastChangeDateTime.Should().Be(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
        options.OfficialSourceUrl.Should().BeNull();
        options.EligibilityRules.Should().BeNull();
        options.ToString().Should().Be("https://case.example.org/ims/case/v1p1/, creator 人力资源社会保障部, 2024-05-01T00:00:00+00:00");
    }

    [Theory]
    [InlineData("https://case.example.org/ims/case/v1p1", "https://case.example.org/ims/case/v1p1/")]
    [InlineData("https://case.example.org/ims/case/v1p1/", "https://case.example.org/ims/case/v1p1/")]
    public void The_base_URI_ends_with_a_slash(string given, string kept)
        => new CaseExportOptions(new Uri(given), "x", CaseTestOptions.Date).BaseUri.AbsoluteUri.Should().Be(kept);

    [Fact]
    public void The_time_stamp_is_kept_in_UTC()
        => new CaseExportOptions(Base, "x", new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(8))).LastChangeDateTime
            .Should().Be(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)).And.Subject!.Value.Offset.Should().Be(TimeSpan.Zero);

    [Fact]
    public void The_eligibility_rules_are_carried_as_given()
    {
        var options = CaseTestOptions.WithRules(Standards.EmbeddedRules);

        options.EligibilityRules.Should().BeSameAs(Standards.EmbeddedRules);
        options.ToString().Should().EndWith(", with eligibility rules");
    }

    [Fact]
    public void Bad_options_are_refused_with_the_argument_s_name()
    {
        FluentActions.Invoking(() => new CaseExportOptions(null!, "x", CaseTestOptions.Date)).Should().Throw<ArgumentNullException>().WithParameterName("baseUri");
        FluentActions.Invoking(() => new CaseExportOptions(new Uri("ims/case/v1p1/", UriKind.Relative), "x", CaseTestOptions.Date)).Should().Throw<ArgumentException>().WithParameterName("baseUri");
        FluentActions.Invoking(() => new CaseExportOptions(Base, "x", CaseTestOptions.Date, officialSourceUrl: new Uri("standard.pdf", UriKind.Relative))).Should().Throw<ArgumentException>().WithParameterName("officialSourceUrl");
        FluentActions.Invoking(() => new CaseExportOptions(Base, null!, CaseTestOptions.Date)).Should().Throw<ArgumentNullException>().WithParameterName("creator");
        FluentActions.Invoking(() => new CaseExportOptions(Base, " ", CaseTestOptions.Date)).Should().Throw<ArgumentException>().WithParameterName("creator");
        FluentActions.Invoking(() => new CaseExportOptions(Base, "人社部\n", CaseTestOptions.Date)).Should().Throw<ArgumentException>().WithParameterName("creator");
    }
}
