namespace LaborStandard.Cli.Output;

/// <summary>Writes the standard's parts as an indented tree for a terminal, in the session's language.</summary>
internal sealed class Terminal(Session session)
{
    private const string Indent = "  ";

    private TextWriter Out => session.Out;

    public void Line(int depth, string text)
    {
        for (var i = 0; i < depth; i++)
        {
            Out.Write(Indent);
        }

        Out.Write(text);
        Out.Write('\n');
    }

    public void Blank() => Out.Write('\n');

    /// <summary>Writes a level's table: function → work content → skills and knowledge.</summary>
    /// <param name="table">The table.</param>
    /// <param name="depth">The indentation of its heading.</param>
    public void Table(LevelRequirements table, int depth)
    {
        Line(depth, $"{table.Section} {session.Local(table.Heading)}");
        foreach (var function in table.Functions)
        {
            Line(depth + 1, $"{function.Code} {session.Local(function.Name)}");
            foreach (var content in function.WorkContents)
            {
                Line(depth + 2, $"{content.Code} {session.Local(content.Name)}");
                foreach (var kind in (ReadOnlySpan<RequirementKind>)[RequirementKind.Skill, RequirementKind.Knowledge])
                {
                    Line(depth + 3, session.Text.KindTitle(kind));
                    foreach (var requirement in content.Of(kind))
                    {
                        Requirement(requirement, depth + 4, withClause: false);
                    }
                }
            }
        }
    }

    /// <summary>Writes one requirement: its code and text, a misprinted code or text as printed with its correction, and its footnote.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="depth">The indentation.</param>
    /// <param name="withClause">Whether to head it with level, clause and kind (for search results).</param>
    public void Requirement(Requirement requirement, int depth, bool withClause)
    {
        if (withClause)
        {
            Line(depth, $"{session.Local(requirement.Level.Name)} · {requirement.Clause} · {session.Text.KindTitle(requirement.Kind)}");
            depth++;
        }

        var code = requirement.IsCodeCorrected ? $"{requirement.Code} {session.Text.PrintedAs(requirement.PrintedCode)}" : requirement.Code;
        Line(depth, $"{code} {session.Local(requirement.Text)}{requirement.Footnote?.Marker}");
        if (session.Language.IsEnglish && withClause)
        {
            Line(depth + 1, requirement.Text.Chinese);
        }

        foreach (var correction in requirement.Corrections.Where(c => c.Target == CorrectionTarget.Text))
        {
            Line(depth + 1, session.Text.CorrectedTo(correction.Corrected));
        }

        foreach (var correction in requirement.Corrections)
        {
            Line(depth + 1, $"{session.Text.CorrectionNote}{session.Local(correction.Note)}");
        }

        if (requirement.Footnote is { } footnote)
        {
            Line(depth + 1, $"{footnote.Marker} {session.Local(footnote.Text)}");
        }
    }
}
