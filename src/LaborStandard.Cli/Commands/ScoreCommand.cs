using LaborStandard.Assessment;

namespace LaborStandard.Cli.Commands;

/// <summary><c>score</c>: whether a theory and a skill score pass (1.9.2); exit 1 when one fails.</summary>
internal static class ScoreCommand
{
    public static Command Create(Session session)
    {
        var text = session.Text;
        var theory = new Option<string?>("--theory") { Description = text.TheoryOption, HelpName = "points" };
        var skill = new Option<string?>("--skill") { Description = text.SkillOption, HelpName = "points" };
        var command = new Command("score", text.ScoreDescription) { theory, skill };
        command.Handle(session, parse => Run(session, parse.GetValue(theory), parse.GetValue(skill)));
        return command;
    }

    private static int Run(Session session, string? theoryText, string? skillText)
    {
        if (theoryText is null && skillText is null)
        {
            throw new CliException(session.Text.ScoreNeedsAPart);
        }

        decimal? theory = theoryText is null ? null : OptionValues.Number(session, "--theory", theoryText);
        decimal? skill = skillText is null ? null : OptionValues.Number(session, "--skill", skillText);
        var evaluator = new ScoreEvaluator(session.Standard);
        string json;
        IReadOnlyList<PartResult> parts;
        bool passed;
        try
        {
            if (theory is { } t && skill is { } s)
            {
                var both = evaluator.Evaluate(t, s);
                (json, parts, passed) = (AssessmentDocument.ToJson(both), both.Parts, both.Passed);
            }
            else
            {
                var part = theory is { } only ? evaluator.Evaluate(AssessmentKind.Theory, only) : evaluator.Evaluate(AssessmentKind.Skill, skill!.Value);
                (json, parts, passed) = (AssessmentDocument.ToJson(part), [part], part.Passed);
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            var option = $"--{e.ParamName switch { "theory" => "theory", "skill" => "skill", _ => theory is null ? "skill" : "theory" }}";
            throw new CliException(session.Text.ScoreOutOfRange(option, Convert.ToString(e.ActualValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, evaluator.Rule.FullMarks));
        }

        if (session.Json)
        {
            session.WriteJson(json);
        }
        else
        {
            foreach (var part in parts)
            {
                session.Out.WriteLine(session.Local(part.Summary));
            }

            if (parts.Count > 1)
            {
                session.Out.WriteLine(session.Text.Overall(passed, AssessmentClauses.Scoring));
            }
        }

        return passed ? ExitCodes.Success : ExitCodes.Negative;
    }
}
