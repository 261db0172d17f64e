// A consumer of the LaborStandard package: public API only. The package tests assert every line it prints.
using System.Globalization;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using LaborStandard;
using LaborStandard.Model;

Console.OutputEncoding = Encoding.UTF8;

var library = typeof(Standards).Assembly;
var standard = Standards.Embedded;

Print("package-version", library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
Print("target-framework", library.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
Print("occupation-code", standard.Edition.OccupationCode);
foreach (var level in standard.Levels)
{
    Print("training-hours", string.Create(CultureInfo.InvariantCulture, $"{level.Level.ChineseName} {level.TrainingHours}"));
}

Print("level3-skills", standard.WorkRequirements.ForLevel(SkillLevel.Level3)?.Skills.Length.ToString(CultureInfo.InvariantCulture));
var skill = standard.WorkRequirements.Find(SkillLevel.Level3, RequirementKind.Skill, "2.4.2");
Print("level3-skill-2.4.2", skill is null ? null : $"{skill.Clause} {skill.Text.Chinese}");

static void Print(string fact, string? value) => Console.WriteLine($"{fact}: {value ?? "(missing)"}");
