using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>What one batch record's line says: the record, and its decisions (none when it was not read; short answers are written by ScreeningRecordWriter), for one level or all.</summary>
internal sealed record BatchAnswer(CandidateRecord Record, EligibilityReport? Report, ScreeningReport? Screening, SkillLevel? Level);
