using System.Collections.Immutable;
using System.CommandLine;
using LaborStandard.Cli.Input;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Cli.Commands;

/// <summary>
/// <c>eligibility</c>: may this candidate apply, for which level, as of when — the explained decision of 1.9.1 for one
/// candidate, or JSON Lines for a batch.
/// </summary>
/// <remarks>
/// Exit codes for one candidate: 0 when eligible for at least one level asked, 1 when eligible for none (an
/// indeterminate verdict counts as not eligible: the answer is not yes), 2 for bad input. For a batch: 0 when every
/// record was read, 2 when one or more were not (the others are still decided); the verdicts are in the output.
/// </remarks>
internal static class EligibilityCommand
{
    public static Command Create(Session session)
    {
        var text = session.Text;
        var candidate = new Argument<string?>("candidate") { Description = text.CandidateArgument, Arity = ArgumentArity.ZeroOrOne, HelpName = "candidate.json|-" }.RejectingOptions(session);
        var asOf = new Option<string?>("--as-of") { Description = text.AsOfOption, HelpName = "yyyy-MM-dd" };
        var level = new Option<string?>("--level") { Description = text.EligibilityLevelOption, HelpName = "4|3" };
        var batch = new Option<string?>("--batch") { Description = text.BatchOption, HelpName = "file.jsonl|file.csv|-" };
        var related = new Option<string[]>("--related") { Description = text.RelatedOption, HelpName = "code,...", AllowMultipleArgumentsPerToken = false };
        var gap = new Option<string?>("--gap-tolerance") { Description = text.GapOption, HelpName = "days" };
        var rules = new Option<string?>("--rules") { Description = text.RulesOption, HelpName = "rules.json" };
        var progress = new Option<string?>("--progress-every") { Description = text.ProgressOption, HelpName = "n" };
        var command = new Command("eligibility", text.EligibilityDescription) { candidate, asOf, level, batch, related, gap, rules, progress };
        command.Handle(session, parse =>
        {
            var day = parse.GetValue(asOf) is { } date ? Values.Date(session, "--as-of", date) : session.Today;
            var engine = Engine(session, parse.GetValue(rules), parse.GetValue(related) ?? [], parse.GetValue(gap));
            SkillLevel? asked = parse.GetValue(level) is { } l ? LevelOf(session, engine, l) : null;
            var file = parse.GetValue(candidate);
            if (parse.GetValue(batch) is { } input)
            {
                if (file is not null)
                {
                    throw new CliException(session.Text.CandidateAndBatch);
                }

                int? every = parse.GetValue(progress) is { } n ? Values.Count(session, "--progress-every", n, 0) : null;
                return new BatchRunner(session, engine, day, asked).Run(input, every);
            }

            return file is null ? throw new CliException(session.Text.CandidateMissing) : One(session, engine, file, day, asked);
        });
        return command;
    }

    private static int One(Session session, EligibilityEngine engine, string file, DateOnly asOf, SkillLevel? level)
    {
        var profile = Documents.ReadCandidate(session, file);
        var report = engine.EvaluateAll(profile, asOf);
        ImmutableArray<EligibilityDecision> decisions = level is { } one ? [report.For(one)] : report.Decisions;
        if (session.Json)
        {
            session.WriteJson(level is null ? DecisionDocument.ToJson(report) : DecisionDocument.ToJson(decisions[0]));
        }
        else
        {
            // The library's explanation is the whole answer; the tool adds no words of its own.
            session.Out.Write(level is null ? report.Explain(session.Culture) : decisions[0].Explain(session.Culture));
        }

        return decisions.Any(d => d.IsEligible) ? ExitCodes.Success : ExitCodes.Negative;
    }

    private static EligibilityEngine Engine(Session session, string? rulesPath, string[] related, string? gapText)
    {
        var codes = Values.List(related);
        var gap = gapText is null ? 0 : Values.Count(session, "--gap-tolerance", gapText, 0);
        if (rulesPath is null && session.StandardPath is null && codes.Count == 0 && gap == 0)
        {
            return Standards.EmbeddedEngine;
        }

        var standard = session.Standard;
        EligibilityOptions options;
        try
        {
            options = new EligibilityOptions(codes, gap);
        }
        catch (ModelRuleException e)
        {
            throw new CliException($"--related: {e.Detail} [{e.Rule}]");
        }

        var rules = rulesPath is null ? Standards.EmbeddedRules : Documents.ReadRules(session, rulesPath, standard);
        try
        {
            return new EligibilityEngine(standard, rules, options);
        }
        catch (ModelRuleException e)
        {
            throw new CliException(session.Text.RulesDoNotFit(rulesPath ?? "rules-" + Standards.EmbeddedOccupationCode, e.Message));
        }
    }

    private static SkillLevel LevelOf(Session session, EligibilityEngine engine, string text)
    {
        var level = Values.Level(session, "--level", text);
        return engine.Levels.Contains(level)
            ? level
            : throw new CliException(session.Text.BadLevel("--level", text, string.Join(", ", engine.Levels.Select(l => l.Rank))));
    }
}
