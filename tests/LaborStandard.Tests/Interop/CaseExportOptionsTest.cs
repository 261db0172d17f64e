using LaborStandard.Interop;

namespace LaborStandard.Tests.Interop;

/// <summary>Options of the CASE export: checked at construction, independent of the clock and of what the caller keeps.</summary>
public class CaseExportOptionsTest
{
    [Fact]
    public void The_defaults_are_fixed_values()
    {
        var options = CaseExportOptions.Default;

        options.BaseUri.Should().BeNull();
        options.Creator.Should().Be("LaborStandard");
        options.LastChangeDateTime.Should().Be(new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero));
        options.OfficialSourceUrl.Should().BeNull();
        options.EligibilityRules.Should().BeNull();
        options.ToString().Should().Be("urn:uuid, creator LaborStandard, 1970-01-01T00:00:00+00:00");
    }

    [Theory]
    [InlineData("https://case.example.org/ims/case/v1p1", "https://case.example.org/ims/case/v1p1/")]
    [InlineData("https://case.example.org/ims/case/v1p1/", "https://case.example.org/ims/case/v1p1/")]
    public void The_base_URI_ends_with_a_slash(string given, string kept)
        => new CaseExportOptions(baseUri: new Uri(given)).BaseUri!.AbsoluteUri.Should().Be(kept);

    [Fact]
    public void The_time_stamp_is_kept_in_UTC()
        => new CaseExportOptions(lastChangeDateTime: new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(8))).LastChangeDateTime
            .Should().Be(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)).And.Subject!.Value.Offset.Should().Be(TimeSpan.Zero);

    [Fact]
    public void The_eligibility_rules_are_carried_as_given()
    {
        var options = new CaseExportOptions(eligibilityRules: Standards.EmbeddedRules);

        options.EligibilityRules.Should().BeSameAs(Standards.EmbeddedRules);
        options.ToString().Should().EndWith(", with eligibility rules");
    }

    [Fact]
    public void Bad_options_are_refused_with_the_argument_s_name()
    {
        FluentActions.Invoking(() => new CaseExportOptions(baseUri: new Uri("ims/case/v1p1/", UriKind.Relative))).Should().Throw<ArgumentException>().WithParameterName("baseUri");
        FluentActions.Invoking(() => new CaseExportOptions(officialSourceUrl: new Uri("standard.pdf", UriKind.Relative))).Should().Throw<ArgumentException>().WithParameterName("officialSourceUrl");
        FluentActions.Invoking(() => new CaseExportOptions(creator: " ")).Should().Throw<ArgumentException>().WithParameterName("creator");
    }
}
