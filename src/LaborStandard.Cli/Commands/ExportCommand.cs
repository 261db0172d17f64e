using System.Text;
using LaborStandard.Cli.Rendering;
using LaborStandard.Interop;

namespace LaborStandard.Cli.Commands;

/// <summary>
/// <c>export</c>: the standard as a file others use — the dataset (<c>json</c>), a markdown rendering (<c>markdown</c>:
/// one document, or with <c>--output DIR</c> the set of pages the documentation site is built from), or a 1EdTech CASE
/// 1.1 package (<c>case</c>) carrying the eligibility rules of the shipped standard.
/// </summary>
/// <remarks>A format is one entry of <see cref="Formats"/>: its name and what it writes.</remarks>
internal static class ExportCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The formats, by name: each turns the standard into files, given where <c>--output</c> points (or null for stdout).</summary>
    private static readonly Dictionary<string, Func<Session, string?, CaseExportOptions?, IReadOnlyList<ExportFile>>> Formats = new(StringComparer.Ordinal)
    {
        ["json"] = (session, output, _) => [new ExportFile(output ?? "-", null, StandardDocument.ToJson(session.Standard))],
        ["markdown"] = (session, output, _) => Markdown(session.Standard, output),
        ["case"] = (session, output, options) => [new ExportFile(output ?? "-", null, CasePackage.ToJson(session.Standard, options!))],
    };

    public static Command Create(Session session)
    {
        var text = session.Text;
        var format = new Option<string>("--format") { Description = text.ExportFormatOption, HelpName = string.Join('|', Formats.Keys), Required = true };
        format.OneOf(session, [.. Formats.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = text.OutputOption, HelpName = "file|dir" };
        var baseUri = new Option<Uri?>("--base-uri")
        {
            Description = text.BaseUriOption,
            HelpName = "uri",
            CustomParser = r => Uri.TryCreate(r.Tokens[0].Value, UriKind.Absolute, out var uri) ? uri : Error<Uri?>(r, text.InvalidBaseUri(r.Tokens[0].Value)),
        };
        var creator = new Option<string?>("--creator") { Description = text.CreatorOption, HelpName = "text" };
        creator.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl)))
            {
                r.AddError(text.InvalidCreator);
            }
        });
        var date = new Option<DateOnly?>("--date")
        {
            Description = text.DateOption,
            HelpName = "yyyy-MM-dd",
            CustomParser = r => DateOnly.TryParseExact(r.Tokens[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : Error<DateOnly?>(r, text.InvalidDate(r.Tokens[0].Value)),
        };
        var command = new Command("export", text.ExportDescription) { format, output, baseUri, creator, date };

        // A CASE package names where it lives, who publishes it and when; the standard says none of it, so the user must.
        command.Validators.Add(r =>
        {
            Option[] caseOnly = [baseUri, creator, date];
            // Read from the token: the format's value is not to be had while the format itself is in error (no value given).
            var isCase = r.GetResult(format) is { Tokens: [{ Value: "case" }] };
            var named = caseOnly.Where(o => isCase != (r.GetResult(o) is not null)).Select(o => o.Name).ToList();
            if (named.Count > 0)
            {
                r.AddError(isCase ? text.CaseOptionsMissing(named) : text.CaseOnlyOptions(named));
            }
        });
        command.Handle(session, parse => Run(
            session,
            parse.GetValue(format)!,
            parse.GetValue(output),
            parse.GetValue(baseUri) is { } uri && parse.GetValue(creator) is { } who && parse.GetValue(date) is { } day
                ? new CaseExportOptions(uri, who, new DateTimeOffset(day, TimeOnly.MinValue, TimeSpan.Zero), eligibilityRules: session.StandardPath is null ? Standards.EmbeddedRules : null)
                : null));
        return command;
    }

    private static T Error<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }

    private static int Run(Session session, string format, string? output, CaseExportOptions? caseOptions)
    {
        var files = Formats[format](session, output is null ? null : session.Resolve(output), caseOptions);
        if (output is null)
        {
            if (session.Json)
            {
                session.WriteJson(Manifest(format, null, files, withContent: true));
            }
            else
            {
                session.Out.Write(string.Join("\n", files.Select(f => f.Content)));
            }

            return ExitCodes.Success;
        }

        foreach (var file in files)
        {
            OutputFile.Write(session, file.Path, stream => stream.Write(Utf8.GetBytes(file.Content)));
        }

        if (session.Json)
        {
            session.WriteJson(Manifest(format, output, files, withContent: false));
        }
        else
        {
            foreach (var file in files)
            {
                session.Out.WriteLine(session.Text.Wrote(file.Path));
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>Markdown: one document on stdout or into a <c>.md</c> file; the pages into any other path, taken as a folder.</summary>
    private static IReadOnlyList<ExportFile> Markdown(OccupationalStandard standard, string? output)
    {
        var markdown = new StandardMarkdown(standard);
        if (output is null || output.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return [new ExportFile(output ?? "-", null, markdown.Document())];
        }

        return [.. markdown.Pages().Select(p => new ExportFile(Path.Combine(output, p.FileName), p.Title, p.Content))];
    }

    // The answer of export: the format, the folder written (if any) and each file with its title and, when nothing was
    // written to disk, its content.
    private static string Manifest(string format, string? output, IReadOnlyList<ExportFile> files, bool withContent) => CliJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("format", format);
        if (output is not null)
        {
            writer.WriteString("output", output);
        }

        writer.WriteStartArray("files");
        foreach (var file in files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            if (file.Title is { } title)
            {
                writer.WriteStartObject("title");
                writer.WriteString("zh", title.Chinese);
                writer.WriteString("en", title.English);
                writer.WriteEndObject();
            }

            if (withContent)
            {
                writer.WriteString("content", file.Content);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>A file an export writes.</summary>
    /// <param name="Path">The full path, or <c>-</c> for stdout.</param>
    /// <param name="Title">The page's title, for markdown pages.</param>
    /// <param name="Content">The text, written as UTF-8 without a byte order mark.</param>
    private sealed record ExportFile(string Path, LocalizedText? Title, string Content);
}
