using LaborStandard.Interop.Editions;

namespace LaborStandard.Cli.Commands;

/// <summary>
/// <c>diff</c>: compares two standard documents — a draft and a later edition — and lists every change with its clause
/// (<see cref="StandardComparison"/>).
/// </summary>
/// <remarks>Exit codes, as for <c>diff</c>: 0 the editions are the same, 1 they differ, 2 a document is missing or invalid.</remarks>
internal static class DiffCommand
{
    public static Command Create(Session session)
    {
        var text = session.Text;
        var from = new Argument<string>("from") { Description = text.DiffFromArgument, HelpName = "a.json|-" }.RejectingOptions(session);
        var to = new Argument<string>("to") { Description = text.DiffToArgument, HelpName = "b.json" }.RejectingOptions(session);
        var command = new Command("diff", text.DiffDescription) { from, to };
        command.Handle(session, parse => Run(session, parse.GetValue(from)!, parse.GetValue(to)!));
        return command;
    }

    private static int Run(Session session, string from, string to)
    {
        var diff = StandardComparison.Compare(Documents.ReadStandard(session, from), Documents.ReadStandard(session, to));
        if (session.Json)
        {
            // The two files compared, then every change in the library's form of it.
            session.WriteJson(CliJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("from", Documents.Display(from));
                writer.WriteString("to", Documents.Display(to));
                writer.WriteBoolean("same", diff.IsEmpty);
                writer.WriteStartArray("changes");
                foreach (var change in diff.Changes)
                {
                    StandardDiffDocument.Write(writer, change);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }
        else
        {
            foreach (var change in diff.Changes)
            {
                session.Out.WriteLine(session.Local(change.Description));
            }

            session.Out.WriteLine(diff.IsEmpty ? session.Text.NoChanges : session.Text.ChangeCount(diff.Changes.Length));
        }

        return diff.IsEmpty ? ExitCodes.Success : ExitCodes.Negative;
    }
}
