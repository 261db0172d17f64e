using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>What one batch record's line says: the record, and its decisions or short answers (neither when it was not read), for one level or all.</summary>
internal sealed record BatchAnswer(CandidateRecord Record, EligibilityReport? Report, ScreeningReport? Screening, SkillLevel? Level);
