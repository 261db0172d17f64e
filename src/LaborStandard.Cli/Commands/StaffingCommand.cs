using System.CommandLine;
using LaborStandard.Assessment;
using LaborStandard.Cli.Input;
using LaborStandard.Cli.Output;
using LaborStandard.Model;

namespace LaborStandard.Cli.Commands;

/// <summary>
/// <c>staffing</c>: the proctors and evaluators a number of candidates needs (1.9.3); with <c>--rooms</c>, a plan that
/// seats and staffs them in the rooms given; with <c>--session</c>, a check of a plan of your own (exit 1 on violations).
/// </summary>
internal static class StaffingCommand
{
    public static Command Create(Session session)
    {
        var text = session.Text;
        var candidates = new Option<string?>("--candidates") { Description = text.CandidatesOption, HelpName = "n" };
        var kind = new Option<string?>("--kind") { Description = text.StaffingKindOption, HelpName = "theory|skill" };
        var rooms = new Option<string[]>("--rooms") { Description = text.RoomsOption, HelpName = "seats,..." };
        var plan = new Option<string[]>("--session") { Description = text.SessionOption, HelpName = "candidates:staff[:seats],..." };
        var command = new Command("staffing", text.StaffingDescription) { candidates, kind, rooms, plan };
        command.Handle(session, parse => Run(session, parse.GetValue(candidates), parse.GetValue(kind), OptionValues.List(parse.GetValue(rooms) ?? []), OptionValues.List(parse.GetValue(plan) ?? [])));
        return command;
    }

    private static int Run(Session session, string? candidatesText, string? kindText, IReadOnlyList<string> seatsText, IReadOnlyList<string> plan)
    {
        var planner = new StaffingPlanner(session.Standard);
        AssessmentKind[] kinds = kindText is null ? [AssessmentKind.Theory, AssessmentKind.Skill] : [OptionValues.Kind(session, "--kind", kindText)];
        StaffingDto result;
        if (plan.Count > 0)
        {
            if (candidatesText is not null || seatsText.Count > 0 || kindText is null)
            {
                throw new CliException(session.Text.SessionUsage);
            }

            var rooms = plan.Select(r => Room(session, r)).ToList();
            try
            {
                var report = planner.Validate(new SessionPlan(kinds[0], rooms));
                result = new StaffingDto(report.Passed, null, [Session(report)]);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--session: {OptionValues.MessageOf(e)}");
            }
        }
        else
        {
            var count = candidatesText is null ? throw new CliException(session.Text.CandidatesMissing) : OptionValues.Count(session, "--candidates", candidatesText, 1);
            if (seatsText.Count == 0)
            {
                result = new StaffingDto(true, [.. kinds.Select(k => Need(planner.RequiredFor(k, count)))], null);
            }
            else
            {
                var seats = seatsText.Select(r => OptionValues.Count(session, "--rooms", r, 1)).ToList();
                try
                {
                    var reports = kinds.Select(k => planner.Validate(planner.Plan(k, count, seats))).ToList();
                    result = new StaffingDto(reports.All(r => r.Passed), null, [.. reports.Select(Session)]);
                }
                catch (ArgumentException e)
                {
                    throw new CliException($"--rooms: {OptionValues.MessageOf(e)}");
                }
            }
        }

        if (session.Json)
        {
            session.WriteJson(result, CliJson.Indented.StaffingDto);
        }
        else
        {
            Write(session, result);
        }

        return result.Passed ? ExitCodes.Success : ExitCodes.Negative;
    }

    private static void Write(Session session, StaffingDto result)
    {
        foreach (var need in result.Requirements ?? [])
        {
            session.Out.WriteLine(session.Text.Labelled(session.Text.KindName(need.Kind), session.Local(need.Explanation)));
        }

        foreach (var plan in result.Sessions ?? [])
        {
            session.Out.WriteLine(session.Text.SessionHeading(session.Text.KindName(plan.Kind), plan.Candidates, plan.Staff));
            for (var i = 0; i < plan.Rooms.Count; i++)
            {
                var room = plan.Rooms[i];
                session.Out.WriteLine($"  {session.Text.RoomLine(i + 1, room.Candidates, room.Capacity, room.Staff)}");
            }

            foreach (var need in plan.Requirements.Where(n => n.Candidates > 0))
            {
                session.Out.WriteLine($"  {session.Local(need.Explanation)}");
            }

            foreach (var violation in plan.Violations)
            {
                session.Out.WriteLine($"  ✗ {violation.Clause} {violation.Subject}: {session.Local(violation.Message)}");
            }

            session.Out.WriteLine($"  {session.Text.PlanVerdict(plan.Passed, plan.Violations.Count, AssessmentClauses.Staffing, AssessmentClauses.Venue)}");
        }
    }

    private static RoomPlan Room(Session session, string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            throw new CliException(session.Text.BadRoom(text));
        }

        var candidates = OptionValues.Count(session, "--session", parts[0], 0);
        var staff = OptionValues.Count(session, "--session", parts[1], 0);
        int? seats = parts.Length == 3 ? OptionValues.Count(session, "--session", parts[2], 1) : null;
        return new RoomPlan(candidates, staff, seats);
    }

    private static SessionDto Session(StaffingReport report)
        => new(
            Names.Of(report.Plan.Kind),
            report.Plan.Candidates,
            report.Plan.Staff,
            [.. report.Plan.Rooms.Select(r => new RoomDto(r.Candidates, r.Staff, r.Capacity))],
            [.. report.Requirements.Select(Need)],
            report.Passed,
            [.. report.Violations.Select(v => new ViolationDto(Names.Camel(v.Kind), v.Clause, v.Subject, v.Actual, v.Required, TextDto.From(v.Message)))]);

    private static StaffNeedDto Need(StaffRequirement need)
        => new(
            Names.Of(need.Kind),
            Names.Of(need.Role),
            Names.Of(need.Rule.Scope),
            need.Candidates,
            need.ByRatio,
            need.Rule.MinimumStaff,
            need.Rule.RequiresOddCount,
            need.Required,
            need.Clause,
            TextDto.From(need.Explanation));
}
