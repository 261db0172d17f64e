namespace LaborStandard.Cli.Tests.Commands;

/// <summary><c>laborstd eligibility</c>: one candidate with its explained decision, or a batch as JSON Lines.</summary>
public partial class EligibilityCommandTest
{
    private const string Samples = "samples/candidates/";
}
