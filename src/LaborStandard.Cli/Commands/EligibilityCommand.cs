using System.Collections.Immutable;
using LaborStandard.Eligibility;

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
        var batch = new Option<string?>("--batch") { Description = text.BatchOption, HelpName = "file.jsonl|file.csv|file.tsv|file.xlsx|-" };
        var format = new Option<string?>("--format") { Description = text.FormatOption, HelpName = "jsonl|csv|tsv|xlsx" };
        var encoding = new Option<string?>("--encoding") { Description = text.EncodingOption, HelpName = "utf-8|gb18030" };
        var sheet = new Option<string?>("--sheet") { Description = text.SheetOption, HelpName = "name" };
        var columns = new Option<string?>("--columns") { Description = text.ColumnsOption, HelpName = "columns.txt" };
        var output = new Option<string?>("--output") { Description = text.BatchOutputOption, HelpName = "file" };
        var outputFormat = new Option<string?>("--output-format") { Description = text.OutputFormatOption, HelpName = "jsonl|csv" };
        var outputEncoding = new Option<string?>("--output-encoding") { Description = text.OutputEncodingOption, HelpName = "utf-8|gb18030" };
        var verdictOnly = new Option<bool>("--verdict-only") { Description = text.VerdictOnlyOption };
        var related = new Option<string[]>("--related") { Description = text.RelatedOption, HelpName = "code,...", AllowMultipleArgumentsPerToken = false };
        var gap = new Option<string?>("--gap-tolerance") { Description = text.GapOption, HelpName = "days" };
        var countGap = new Option<bool>("--count-bridged-days") { Description = text.CountBridgedDaysOption };
        var rules = new Option<string?>("--rules") { Description = text.RulesOption, HelpName = "rules.json|name" };
        var progress = new Option<string?>("--progress-every") { Description = text.ProgressOption, HelpName = "n" };
        var command = new Command("eligibility", text.EligibilityDescription) { candidate, asOf, level, batch, format, encoding, sheet, columns, output, outputFormat, outputEncoding, verdictOnly, related, gap, countGap, rules, progress };
        command.Handle(session, parse =>
        {
            var day = parse.GetValue(asOf) is { } date ? OptionValues.Date(session, "--as-of", date) : session.Today;
            var engine = Engine(session, parse.GetValue(rules), parse.GetValue(related) ?? [], parse.GetValue(gap), parse.GetValue(countGap));
            SkillLevel? asked = parse.GetValue(level) is { } l ? LevelOf(session, engine, l) : null;
            var file = parse.GetValue(candidate);
            if (parse.GetValue(batch) is { } input)
            {
                if (file is not null)
                {
                    throw new CliException(session.Text.CandidateAndBatch);
                }

                int? every = parse.GetValue(progress) is { } n ? OptionValues.Count(session, "--progress-every", n, 0) : null;
                var reading = new BatchInputOptions(parse.GetValue(format), parse.GetValue(encoding), parse.GetValue(sheet), parse.GetValue(columns));
                var writing = OutputOptions(session, parse.GetValue(output), parse.GetValue(outputFormat), parse.GetValue(outputEncoding), parse.GetValue(verdictOnly));
                return new BatchRunner(session, engine, day, asked).Run(input, reading, writing, every);
            }

            if (parse.GetValue(output) is not null || parse.GetValue(outputFormat) is not null || parse.GetValue(outputEncoding) is not null || parse.GetValue(verdictOnly)
                || parse.GetValue(format) is not null || parse.GetValue(encoding) is not null || parse.GetValue(sheet) is not null || parse.GetValue(columns) is not null)
            {
                throw new CliException(session.Text.OutputOptionsWithoutBatch);
            }

            return file is null ? throw new CliException(session.Text.CandidateMissing) : One(session, engine, file, day, asked);
        });
        return command;
    }

    private static BatchOutputOptions OutputOptions(Session session, string? path, string? format, string? encodingName, bool verdictOnly)
    {
        var csv = format?.Trim().ToUpperInvariant() switch
        {
            null or "JSONL" or "JSON" or "NDJSON" => false,
            "CSV" => true,
            _ => throw new CliException(session.Text.BadChoice("--output-format", format, "jsonl, csv")),
        };
        if (encodingName is null)
        {
            return new BatchOutputOptions(path, csv, Spreadsheets.TableEncodings.Utf8, verdictOnly);
        }

        if (!csv)
        {
            throw new CliException(session.Text.OutputEncodingWithoutCsv);
        }

        return Spreadsheets.TableEncodings.TryGet(encodingName, out var encoding) && (encoding.CodePage == System.Text.Encoding.UTF8.CodePage || encoding.CodePage == Spreadsheets.TableEncodings.Gb18030.CodePage)
            ? new BatchOutputOptions(path, csv, encoding, verdictOnly)
            : throw new CliException(session.Text.BadChoice("--output-encoding", encodingName, "utf-8, gb18030"));
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

    private static EligibilityEngine Engine(Session session, string? rulesPath, string[] related, string? gapText, bool countBridged)
    {
        var codes = OptionValues.List(related);
        var gap = gapText is null ? 0 : OptionValues.Count(session, "--gap-tolerance", gapText, 0);
        if (countBridged && gap == 0)
        {
            throw new CliException(session.Text.CountBridgedWithoutGap);
        }

        if (rulesPath is null && session.StandardPath is null && codes.Count == 0 && gap == 0)
        {
            return Standards.EmbeddedEngine;
        }

        var standard = session.Standard;
        EligibilityOptions options;
        try
        {
            options = new EligibilityOptions(codes, gap, countBridged);
        }
        catch (ModelRuleException e)
        {
            var option = e.Member == "gapToleranceDays" ? "--gap-tolerance" : "--related";
            throw new CliException($"{option}: {session.Local(e.Text)} [{e.Rule}]");
        }

        var rules = rulesPath is null
            ? Standards.EmbeddedRules
            : !File.Exists(session.Resolve(rulesPath)) && Standards.TryGetRules(rulesPath, out var shipped)
                ? shipped
                : Documents.ReadRules(session, rulesPath, standard);
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
        var level = OptionValues.Level(session, "--level", text);
        return engine.Levels.Contains(level)
            ? level
            : throw new CliException(session.Text.BadLevel("--level", text, string.Join(", ", engine.Levels.Select(l => l.Rank))));
    }
}
