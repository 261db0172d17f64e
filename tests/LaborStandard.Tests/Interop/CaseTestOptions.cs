using LaborStandard.Interop;

namespace LaborStandard.Tests.Interop;

/// <summary>The export options the CASE tests use: a base URI, a creator and a date, as a publisher would give them.</summary>
internal static class CaseTestOptions
{
    public const string BaseUri = "https://case.example.org/ims/case/v1p1/";

    public const string Creator = "人力资源社会保障部";

    public static DateTimeOffset Date { get; } = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    public static CaseExportOptions Default { get; } = new(new Uri(BaseUri), Creator, Date);

    public static CaseExportOptions WithRules(LaborStandard.Eligibility.Rules.EligibilityRules rules) => new(new Uri(BaseUri), Creator, Date, eligibilityRules: rules);
}
