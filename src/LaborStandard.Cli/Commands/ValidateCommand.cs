using LaborStandard.Interop;

namespace LaborStandard.Cli.Commands;

/// <summary>
/// <c>validate</c>: checks a standard document or CASE package (or, with <c>--kind</c>, a rule document or a candidate profile) and
/// lists every problem with its JSON path, line and rule.
/// </summary>
/// <remarks>
/// Exit codes: 0 valid; 1 invalid, including JSON that does not parse (the document was read and the answer is
/// "not valid"); 2 when there is nothing to check: a missing or unreadable file, or a bad option.
/// </remarks>
internal static class ValidateCommand
{
    private static readonly string[] Kinds = ["standard", "rules", "candidate"];

    public static Command Create(Session session)
    {
        var text = session.Text;
        var file = new Argument<string>("file") { Description = text.ValidateFileArgument, HelpName = "file.json|-" }.RejectingOptions(session);
        var kind = new Option<string>("--kind") { Description = text.ValidateKindOption, HelpName = "standard|rules|candidate", DefaultValueFactory = _ => "standard" };
        kind.OneOf(session, Kinds);
        var command = new Command("validate", text.ValidateDescription) { file, kind };
        command.Handle(session, parse => Run(session, parse.GetValue(file)!, parse.GetValue(kind)!));
        return command;
    }

    private static int Run(Session session, string file, string kind)
    {
        var bytes = Documents.ReadBytes(session, file);
        var errors = kind switch
        {
            "rules" => RuleDocument.Read(bytes, session.Standard).Errors,
            "candidate" => CandidateDocument.Read(bytes).Errors,
            _ => StandardReader.Read(bytes).Errors,
        };

        if (session.Json)
        {
            // The file and what it was checked as, then every error in the library's form of one.
            session.WriteJson(CliJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("file", file);
                writer.WriteString("kind", kind);
                writer.WriteBoolean("valid", errors.IsEmpty);
                writer.WriteStartArray("errors");
                foreach (var error in errors)
                {
                    ErrorDocument.Write(writer, error);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }
        else if (errors.IsEmpty)
        {
            session.Out.WriteLine(session.Text.Valid(Documents.Display(file), kind));
        }
        else
        {
            foreach (var error in errors)
            {
                session.Out.WriteLine(error.ToString(session.Culture));
            }

            session.Out.WriteLine(session.Text.Invalid(Documents.Display(file), kind, errors.Length));
        }

        return errors.IsEmpty ? ExitCodes.Success : ExitCodes.Negative;
    }
}
