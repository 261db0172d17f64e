using LaborStandard.Assessment;

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
        List<StaffRequirement> requirements = [];
        List<StaffingReport> reports = [];
        if (plan.Count > 0)
        {
            if (candidatesText is not null || seatsText.Count > 0 || kindText is null)
            {
                throw new CliException(session.Text.SessionUsage);
            }

            var rooms = plan.Select(r => Room(session, r)).ToList();
            try
            {
                reports.Add(planner.Validate(new SessionPlan(kinds[0], rooms)));
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
                requirements.AddRange(kinds.Select(k => planner.RequiredFor(k, count)));
            }
            else
            {
                var seats = seatsText.Select(r => OptionValues.Count(session, "--rooms", r, 1)).ToList();
                try
                {
                    reports.AddRange(kinds.Select(k => planner.Validate(planner.Plan(k, count, seats))));
                }
                catch (ArgumentException e)
                {
                    throw new CliException($"--rooms: {OptionValues.MessageOf(e)}");
                }
            }
        }

        if (session.Json)
        {
            session.WriteJson(reports.Count > 0 ? AssessmentDocument.ToJson(reports) : AssessmentDocument.ToJson(requirements));
        }
        else
        {
            Write(session, requirements, reports);
        }

        return reports.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.Negative;
    }

    private static void Write(Session session, List<StaffRequirement> requirements, List<StaffingReport> reports)
    {
        foreach (var need in requirements)
        {
            session.Out.WriteLine(session.Text.Labelled(session.Text.KindName(need.Kind), session.Local(need.Explanation)));
        }

        foreach (var report in reports)
        {
            var plan = report.Plan;
            session.Out.WriteLine(session.Text.SessionHeading(session.Text.KindName(plan.Kind), plan.Candidates, plan.Staff));
            for (var i = 0; i < plan.Rooms.Length; i++)
            {
                var room = plan.Rooms[i];
                session.Out.WriteLine($"  {session.Text.RoomLine(i + 1, room.Candidates, room.Capacity, room.Staff)}");
            }

            foreach (var need in report.Requirements.Where(n => n.Candidates > 0))
            {
                session.Out.WriteLine($"  {session.Local(need.Explanation)}");
            }

            foreach (var violation in report.Violations)
            {
                session.Out.WriteLine($"  ✗ {violation.Clause} {violation.Subject}: {session.Local(violation.Message)}");
            }

            session.Out.WriteLine($"  {session.Text.PlanVerdict(report.Passed, report.Violations.Length, AssessmentClauses.Staffing, AssessmentClauses.Venue)}");
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
}
