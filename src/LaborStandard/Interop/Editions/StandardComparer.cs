using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>Walks two standards side by side in the order of the standard and records every difference.</summary>
internal sealed class StandardComparer
{
    private readonly List<StandardChange> _changes = [];
    private readonly OccupationalStandard _from;
    private readonly OccupationalStandard _to;

    private StandardComparer(OccupationalStandard from, OccupationalStandard to) => (_from, _to) = (from, to);

    public static ImmutableArray<StandardChange> Compare(OccupationalStandard from, OccupationalStandard to)
    {
        var comparer = new StandardComparer(from, to);
        comparer.Edition(from.Edition, to.Edition);
        comparer.Pair(from.Headings, to.Headings, h => h.Clause, "headings", "order", null, (a, b) => comparer.Text((a ?? b)!.Clause, "heading", a?.Title, b?.Title));
        comparer.Overview(from.Overview, to.Overview);
        comparer.Assessment(from.Assessment, to.Assessment);
        comparer.Basic(from.BasicRequirements, to.BasicRequirements);
        comparer.Work(from.WorkRequirements, to.WorkRequirements);
        comparer.Pair(from.WeightTables, to.WeightTables, t => t.Kind.ToString(), "4", "order of tables", null, comparer.WeightTable);
        return [.. comparer._changes];
    }

    /// <summary>Orders dotted codes by their numbers: 2.4.10 after 2.4.9.</summary>
    internal static int CompareCodes(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = int.Parse(a[i], CultureInfo.InvariantCulture).CompareTo(int.Parse(b[i], CultureInfo.InvariantCulture));
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static string Key(SkillLevel level) => level.Rank.ToString(CultureInfo.InvariantCulture);

    private void Edition(StandardEdition a, StandardEdition b)
    {
        Text("edition", "title", a.Title, b.Title);
        Corrections("edition", "title", a.TitleCorrections, b.TitleCorrections, null);
        Field(EditionField.OccupationCode, a.OccupationCode, b.OccupationCode);
        Field(EditionField.Status, a.Status.ToString(), b.Status.ToString());
        Field(EditionField.Language, a.Language, b.Language);
        Field(EditionField.Version, a.Version, b.Version);
    }

    private void Overview(OccupationOverview a, OccupationOverview b)
    {
        Text("1.1", "name", a.Name, b.Name);
        Corrections("1.1", "name", a.NameCorrections, b.NameCorrections, null);
        Body("1.3", "definition", a.Definition, b.Definition);
        Body("1.4", "levels", a.LevelsText, b.LevelsText);
        Pair(a.Levels, b.Levels, l => Key(l.Level), "1.4", "order of levels", null, (x, y) =>
        {
            var level = (x ?? y)!.Level;
            if (x is null || y is null)
            {
                _changes.Add(new StructureChange(x is null ? ChangeKind.LevelAdded : ChangeKind.LevelRemoved, "1.4", level, Key(level), x?.Title, y?.Title));
                return;
            }

            Text("1.4", "title", x.Title, y.Title, level);
            Corrections("1.4", "title", x.TitleCorrections, y.TitleCorrections, level);
            if (x.TrainingHours != y.TrainingHours)
            {
                _changes.Add(new TrainingHoursChange(level, x.TrainingHours, y.TrainingHours));
            }
        });
        Body("1.5", "environment", a.Environment, b.Environment);
        Body("1.6", "ability traits", a.AbilityTraits, b.AbilityTraits);
        Body("1.7", "general education", a.GeneralEducation, b.GeneralEducation);
        Body("1.8", "training hours", a.TrainingHoursText, b.TrainingHoursText);
    }

    private void Assessment(AssessmentRequirements a, AssessmentRequirements b)
    {
        Pair(a.ApplicationConditions, b.ApplicationConditions, c => Key(c.Level), "1.9.1", "order of levels", null, (x, y) =>
        {
            var level = (x ?? y)!.Level;
            if (!Equals(x?.Preamble, y?.Preamble))
            {
                _changes.Add(new ApplicationConditionChange(level, null, x?.Preamble, y?.Preamble));
            }

            Pair(x?.Items ?? [], y?.Items ?? [], i => i.Number.ToString(CultureInfo.InvariantCulture), "1.9.1", "order of conditions", level, (i, j) =>
            {
                if (!Equals(i, j))
                {
                    _changes.Add(new ApplicationConditionChange(level, (i ?? j)!.Number, i?.Text, j?.Text));
                }
            });
        });

        Body("1.9.2", "methods", a.MethodsText, b.MethodsText);
        Pair(a.Methods, b.Methods, m => m.Kind.ToString(), "1.9.2", "order of methods", null, (x, y) =>
        {
            var kind = (x ?? y)!.Kind;
            var method = MethodName(kind);
            Text("1.9.2", $"{kind} name", x?.Name, y?.Name, partName: new($"{method.Chinese}的名称", $"name of the {method.English}"));
            Text("1.9.2", $"{kind} description", x?.Description, y?.Description, partName: new($"{method.Chinese}的说明", $"description of the {method.English}"));
        });
        Parameter("1.9.2", AssessmentParameter.FullMarks, null, a.Scoring.FullMarks, b.Scoring.FullMarks);
        Parameter("1.9.2", AssessmentParameter.PassMark, null, a.Scoring.PassMark, b.Scoring.PassMark);
        Text("1.9.2", "scoring", a.Scoring.Text, b.Scoring.Text);

        Body("1.9.3", "staffing", a.StaffingText, b.StaffingText);
        Pair(a.Staffing, b.Staffing, s => s.Kind.ToString(), "1.9.3", "order of rules", null, (x, y) =>
        {
            // One rule per kind on both sides (the model checks it), so both are present.
            Parameter("1.9.3", AssessmentParameter.StaffRole, x!.Kind, x.Role, y!.Role);
            Parameter("1.9.3", AssessmentParameter.CandidatesPerStaff, x.Kind, x.CandidatesPerStaff, y.CandidatesPerStaff);
            Parameter("1.9.3", AssessmentParameter.MinimumStaff, x.Kind, x.MinimumStaff, y.MinimumStaff);
            Parameter("1.9.3", AssessmentParameter.StaffingScope, x.Kind, x.Scope, y.Scope);
            Parameter("1.9.3", AssessmentParameter.OddStaffCount, x.Kind, x.RequiresOddCount, y.RequiresOddCount);
        });

        Body("1.9.4", "durations", a.DurationsText, b.DurationsText);
        Pair(a.Durations, b.Durations, d => d.Kind.ToString(), "1.9.4", "order of rules", null, (x, y) =>
            Parameter("1.9.4", AssessmentParameter.MinimumMinutes, x!.Kind, x.MinimumMinutes, y!.MinimumMinutes));
        Body("1.9.5", "venue", a.Venue, b.Venue);
    }

    private void Basic(BasicRequirements a, BasicRequirements b)
        => Pair(a.Sections, b.Sections, s => s.Code, "2", "order of sections", null, (x, y) =>
        {
            var code = (x ?? y)!.Code;
            Text(code, "title", x?.Title, y?.Title);
            Pair(x?.Topics ?? [], y?.Topics ?? [], t => t.Code, code, "order of topics", null, (t, u) =>
            {
                var topic = (t ?? u)!.Code;
                Text(topic, "title", t?.Title, u?.Title);
                Pair(t?.Items ?? [], u?.Items ?? [], i => i.Number.ToString(CultureInfo.InvariantCulture), topic, "order of items", null, (i, j) =>
                {
                    var number = (i ?? j)!.Number.ToString(CultureInfo.InvariantCulture);
                    Text(topic, $"item （{number}）", i?.Text, j?.Text);
                    Text(topic, $"item （{number}） cited law", i?.CitedLaw, j?.CitedLaw);
                });
            });
        });

    private void Work(WorkRequirements a, WorkRequirements b)
    {
        Text("3", "preamble", a.Preamble, b.Preamble);
        Pair(a.Levels, b.Levels, l => Key(l.Level), "3", "order of tables", null, (x, y) =>
        {
            var level = (x ?? y)!.Level;
            if (x is not null && y is not null && !string.Equals(x.Section, y.Section, StringComparison.Ordinal))
            {
                _changes.Add(new LayoutChange("3", "clause of the table", x.Section, y.Section, level));
            }

            var section = (y ?? x)!.Section;
            Text(section, "heading", x?.Heading, y?.Heading, level);
            Pair(x?.Functions ?? [], y?.Functions ?? [], f => f.Code, section, "order of functions", level, (f, g) =>
            {
                var function = (g ?? f)!;
                Structure(ChangeKind.FunctionAdded, ChangeKind.FunctionRemoved, ChangeKind.FunctionRenamed, function.Clause, level, function.Code, f?.Name, g?.Name);
                Pair(f?.WorkContents ?? [], g?.WorkContents ?? [], w => w.Code, function.Clause, "order of work contents", level, (w, v) =>
                {
                    var content = (v ?? w)!;
                    Structure(ChangeKind.WorkContentAdded, ChangeKind.WorkContentRemoved, ChangeKind.WorkContentRenamed, content.Clause, level, content.Code, w?.Name, v?.Name);
                    if (w is not null && v is not null)
                    {
                        foreach (var kind in (ReadOnlySpan<RequirementKind>)[RequirementKind.Skill, RequirementKind.Knowledge])
                        {
                            Order(w.Of(kind), v.Of(kind), content.Clause, $"order of {kind} requirements", level);
                        }
                    }
                });
            });

            foreach (var kind in (ReadOnlySpan<RequirementKind>)[RequirementKind.Skill, RequirementKind.Knowledge])
            {
                Requirements(x?.Of(kind) ?? [], y?.Of(kind) ?? []);
            }
        });
    }

    /// <summary>
    /// Matches the requirements of one kind at one level: by code and text, then by text (same work content first), then
    /// by code; what is left was removed or added. Changes come in the order of the codes.
    /// </summary>
    private void Requirements(ImmutableArray<Requirement> before, ImmutableArray<Requirement> after)
    {
        var pairs = new List<(Requirement? Before, Requirement? After)>();
        var usedBefore = new bool[before.Length];
        var usedAfter = new bool[after.Length];
        Match((b, a) => b.Code == a.Code && b.Text.Chinese == a.Text.Chinese);
        Match((b, a) => b.Text.Chinese == a.Text.Chinese && b.WorkContentCode == a.WorkContentCode);
        Match((b, a) => b.Text.Chinese == a.Text.Chinese);
        Match((b, a) => b.Code == a.Code);
        pairs.AddRange(before.Where((_, i) => !usedBefore[i]).Select(b => ((Requirement?)b, (Requirement?)null)));
        pairs.AddRange(after.Where((_, i) => !usedAfter[i]).Select(a => ((Requirement?)null, (Requirement?)a)));

        var changes = new List<RequirementChange>();
        foreach (var (b, a) in pairs)
        {
            if (b is null || a is null)
            {
                changes.Add(new RequirementChange(b is null ? ChangeKind.RequirementAdded : ChangeKind.RequirementRemoved, b, a));
                continue;
            }

            var sameCode = string.Equals(b.Code, a.Code, StringComparison.Ordinal);
            if (!sameCode)
            {
                var sameContent = string.Equals(b.WorkContentCode, a.WorkContentCode, StringComparison.Ordinal);
                changes.Add(new RequirementChange(sameContent ? ChangeKind.RequirementRecoded : ChangeKind.RequirementMoved, b, a));
            }

            if (!b.Text.Equals(a.Text))
            {
                changes.Add(new RequirementChange(ChangeKind.RequirementReworded, b, a));
            }

            if (!Sequence.Equal(b.Corrections, a.Corrections) || !Equals(b.Footnote, a.Footnote) || (sameCode && !string.Equals(b.PrintedCode, a.PrintedCode, StringComparison.Ordinal)))
            {
                changes.Add(new RequirementChange(ChangeKind.RequirementAnnotated, b, a));
            }
        }

        _changes.AddRange(changes.OrderBy(c => (c.After ?? c.Before)!.Code, Comparer<string>.Create(CompareCodes)));

        void Match(Func<Requirement, Requirement, bool> same)
        {
            for (var i = 0; i < before.Length; i++)
            {
                for (var j = 0; !usedBefore[i] && j < after.Length; j++)
                {
                    if (!usedAfter[j] && same(before[i], after[j]))
                    {
                        usedBefore[i] = usedAfter[j] = true;
                        pairs.Add((before[i], after[j]));
                    }
                }
            }
        }
    }

    private void WeightTable(WeightTable? x, WeightTable? y)
    {
        var table = (y ?? x)!;
        if (x is not null && y is not null && !string.Equals(x.Clause, y.Clause, StringComparison.Ordinal))
        {
            _changes.Add(new LayoutChange("4", $"clause of the {table.Kind} table", x.Clause, y.Clause, partName: new($"{table.Title.Chinese}所在条款", $"clause of the {table.Title.English}")));
        }

        Text(table.Clause, "title", x?.Title, y?.Title);
        Pair(x?.Rows ?? [], y?.Rows ?? [], r => r.Target.ToString(), table.Clause, "order of rows", null, (r, s) =>
        {
            var row = (s ?? r)!;
            if (r is not null && s is not null)
            {
                // A row added or removed is reported by its weights, which name its item.
                Text(table.Clause, $"group of {row.Target}", r.Group, s.Group);
                Text(table.Clause, $"item of {row.Target}", r.Item, s.Item);
            }

            Pair(r?.Weights ?? [], s?.Weights ?? [], w => Key(w.Level), table.Clause, $"order of levels of {row.Target}", null, (v, w) =>
            {
                if (v?.Percent != w?.Percent)
                {
                    _changes.Add(new WeightChange(table.Clause, table.Kind, row.Target, row.Item, (v ?? w)!.Level, v?.Percent, w?.Percent, table.Title));
                }
            });
        });
    }

    /// <summary>
    /// Pairs two lists by key and compares each pair, the old list's order first and then what only the new list has;
    /// reports a layout change when the keys both lists have are listed in another order.
    /// </summary>
    private void Pair<T>(ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> key, string clause, string part, SkillLevel? level, Action<T?, T?> compare)
        where T : class
    {
        var afterByKey = after.ToDictionary(key, StringComparer.Ordinal);
        var beforeKeys = before.Select(key).ToHashSet(StringComparer.Ordinal);
        var oldOrder = before.Select(key).Where(afterByKey.ContainsKey).ToList();
        var newOrder = after.Select(key).Where(beforeKeys.Contains).ToList();
        if (!oldOrder.SequenceEqual(newOrder, StringComparer.Ordinal))
        {
            _changes.Add(new LayoutChange(clause, part, string.Join(", ", oldOrder), string.Join(", ", newOrder), level));
        }

        foreach (var item in before)
        {
            compare(item, afterByKey.GetValueOrDefault(key(item)));
        }

        foreach (var item in after)
        {
            if (!beforeKeys.Contains(key(item)))
            {
                compare(null, item);
            }
        }
    }

    private void Order(ImmutableArray<Requirement> before, ImmutableArray<Requirement> after, string clause, string part, SkillLevel level)
    {
        var afterCodes = after.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var beforeCodes = before.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var oldOrder = before.Select(r => r.Code).Where(afterCodes.Contains).ToList();
        var newOrder = after.Select(r => r.Code).Where(beforeCodes.Contains).ToList();
        if (!oldOrder.SequenceEqual(newOrder, StringComparer.Ordinal))
        {
            _changes.Add(new LayoutChange(clause, part, string.Join(", ", oldOrder), string.Join(", ", newOrder), level));
        }
    }

    private void Structure(ChangeKind added, ChangeKind removed, ChangeKind renamed, string clause, SkillLevel level, string code, LocalizedText? before, LocalizedText? after)
    {
        var kind = before is null ? added : after is null ? removed : before.Equals(after) ? (ChangeKind?)null : renamed;
        if (kind is { } k)
        {
            _changes.Add(new StructureChange(k, clause, level, code, before, after));
        }
    }

    private void Text(string clause, string part, LocalizedText? before, LocalizedText? after, SkillLevel? level = null, LocalizedText? partName = null)
    {
        if (!Equals(before, after))
        {
            _changes.Add(new TextChange(clause, part, before, after, level, partName));
        }
    }

    /// <summary>The text of a whole clause, named in words by the clause's heading as the standard prints it.</summary>
    private void Body(string clause, string part, LocalizedText? before, LocalizedText? after)
        => Text(clause, part, before, after, partName: Heading(clause));

    /// <summary>The heading of a clause in the newer edition, or in the older one when the newer has none.</summary>
    private LocalizedText? Heading(string clause)
        => (_to.Headings.FirstOrDefault(h => h.Clause == clause) ?? _from.Headings.FirstOrDefault(h => h.Clause == clause))?.Title;

    /// <summary>An assessment's name as the newer edition prints it in 1.9.2 (every edition has one method of each kind).</summary>
    private LocalizedText MethodName(AssessmentKind kind) => _to.Assessment.GetMethod(kind).Name;

    private void Corrections(string clause, string part, ImmutableArray<Correction> before, ImmutableArray<Correction> after, SkillLevel? level)
    {
        if (!Sequence.Equal(before, after))
        {
            _changes.Add(new CorrectionChange(clause, part, before, after, level));
        }
    }

    private void Field(EditionField field, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            _changes.Add(new EditionChange(field, before, after));
        }
    }

    private void Parameter<T>(string clause, AssessmentParameter parameter, AssessmentKind? kind, T before, T after)
        where T : notnull
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            _changes.Add(new AssessmentParameterChange(
                clause,
                parameter,
                kind,
                Convert.ToString(before, CultureInfo.InvariantCulture)!,
                Convert.ToString(after, CultureInfo.InvariantCulture)!,
                kind is { } k ? MethodName(k) : null));
        }
    }
}
