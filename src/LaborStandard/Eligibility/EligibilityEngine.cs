using System.Collections.Immutable;
using Ardalis.GuardClauses;
using LaborStandard.Eligibility.Evaluation;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// 申报条件 as an engine: decides whether a candidate may apply for a level as of a date, explains the decision by the
/// clause and item each step rests on, says in numbers what is missing, answers "indeterminate" when a needed fact is
/// unknown, and projects the earliest date on which the candidate becomes eligible.
/// </summary>
/// <remarks>
/// <para>
/// Build an engine once from a standard and its rules (or use <c>Standards.EmbeddedEngine</c>, the shipped one) and share it: it is immutable and
/// thread-safe. <see cref="Check"/> and <see cref="CheckAll"/> decide without allocating, for bulk screening;
/// <see cref="Evaluate"/> and <see cref="EvaluateAll"/> build the explained decision.
/// </para>
/// <para>
/// Semantics: periods are inclusive and ongoing work counts through the as-of date; overlapping or abutting periods of
/// qualifying work join into one run and a gap of a day or more breaks it (see <see cref="EligibilityOptions.GapToleranceDays"/>);
/// N full years from a start S are complete on the day before S's N-th anniversary (a 29 February start has its
/// anniversary on 1 March in a common year); 以上 includes the number; service after a certificate counts from its issue
/// date; certificates, trainings, education and graduations dated after the as-of date do not count yet; the standard's
/// own occupation always counts and related occupations are the caller's (<see cref="EligibilityOptions.RelatedOccupations"/>);
/// the graduation school year is the twelve months that end on the graduation date.
/// </para>
/// </remarks>
public sealed class EligibilityEngine
{
    private readonly Node?[] _byRank = new Node?[SkillLevel.RankCount + 1];
    private readonly (SkillLevel Level, Node Node)[] _compiled;
    private readonly EngineSettings _settings;

    /// <summary>Creates an engine.</summary>
    /// <param name="standard">The standard the rules belong to; it supplies the occupation and the training hours (1.8).</param>
    /// <param name="rules">The application conditions as data.</param>
    /// <param name="options">Related occupations and gap tolerance; <see cref="EligibilityOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ModelRuleException">The rules do not fit the standard (another occupation, an undefined level, a condition that can never hold); the first problem is thrown.</exception>
    public EligibilityEngine(OccupationalStandard standard, EligibilityRules rules, EligibilityOptions? options = null)
    {
        Standard = Guard.Against.Null(standard);
        Rules = Guard.Against.Null(rules);
        Options = options ?? EligibilityOptions.Default;
        var problems = RuleValidator.Validate(rules, standard);
        if (!problems.IsEmpty)
        {
            throw problems[0];
        }

        _settings = new EngineSettings(standard.Edition.OccupationCode, Options.RelatedOccupations, Options.GapToleranceDays, Options.CountBridgedDays);
        foreach (var rule in rules.Levels)
        {
            _byRank[rule.Level.Rank] = NodeCompiler.Compile(rule.Condition, standard);
        }

        Levels = [.. rules.Levels.Select(r => r.Level).Order()];
        _compiled = [.. Levels.Select(level => (level, _byRank[level.Rank]!))];
    }

    /// <summary>Gets the standard.</summary>
    public OccupationalStandard Standard { get; }

    /// <summary>Gets the rules.</summary>
    public EligibilityRules Rules { get; }

    /// <summary>Gets the options.</summary>
    public EligibilityOptions Options { get; }

    /// <summary>Gets the levels the rules define, junior first.</summary>
    public ImmutableArray<SkillLevel> Levels { get; }

    /// <summary>Decides whether a candidate may apply for a level as of a date, without explanation and without allocating.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="level">The level applied for.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rules define no <paramref name="level"/>.</exception>
    public Verdict Check(CandidateProfile candidate, SkillLevel level, DateOnly asOf)
    {
        Guard.Against.Null(candidate);
        return ToVerdict(NodeFor(level).Decide(new Facts(candidate, asOf.DayNumber, _settings)));
    }

    /// <summary>Decides every level the rules define, without explanation and without allocating.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="asOf">The date of the decisions.</param>
    /// <returns>The verdict per level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public LevelVerdicts CheckAll(CandidateProfile candidate, DateOnly asOf)
    {
        Guard.Against.Null(candidate);
        var facts = new Facts(candidate, asOf.DayNumber, _settings);
        var verdicts = default(LevelVerdicts);
        foreach (var (level, node) in _compiled)
        {
            verdicts = verdicts.With(level, ToVerdict(node.Decide(facts)));
        }

        return verdicts;
    }

    /// <summary>Decides one level for many candidates, writing one verdict per candidate, without allocating.</summary>
    /// <param name="candidates">The candidates.</param>
    /// <param name="level">The level applied for.</param>
    /// <param name="asOf">The date of the decisions.</param>
    /// <param name="verdicts">Where the verdicts go, in the order of <paramref name="candidates"/>; at least as long.</param>
    /// <exception cref="ArgumentException"><paramref name="verdicts"/> is shorter than <paramref name="candidates"/>, or a candidate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rules define no <paramref name="level"/>.</exception>
    public void CheckMany(ReadOnlySpan<CandidateProfile> candidates, SkillLevel level, DateOnly asOf, Span<Verdict> verdicts)
    {
        if (verdicts.Length < candidates.Length)
        {
            throw new ArgumentException($"holds {verdicts.Length} places for {candidates.Length} candidates.", nameof(verdicts));
        }

        var node = NodeFor(level);
        for (var i = 0; i < candidates.Length; i++)
        {
            var candidate = candidates[i] ?? throw new ArgumentException($"candidates[{i}] is null.", nameof(candidates));
            verdicts[i] = ToVerdict(node.Decide(new Facts(candidate, asOf.DayNumber, _settings)));
        }
    }

    /// <summary>Decides a level with its explanation: every alternative, the facts used, what is missing, and the earliest eligible date.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="level">The level applied for.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <returns>The explained decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rules define no <paramref name="level"/>.</exception>
    /// <example>
    /// <para>May this candidate apply for level 4 today, and if not, from when?</para>
    /// <code language="csharp">
    /// var candidate = new CandidateProfile(
    ///     education: new EducationRecord(EducationLevel.SeniorSecondary),
    ///     schooling: [], certificates: [], trainings: [],
    ///     workHistory: [new WorkPeriod("3-01-01-02", new DateOnly(2025, 8, 30))]);
    /// var decision = Standards.EmbeddedEngine.Evaluate(candidate, SkillLevel.Level4, new DateOnly(2026, 11, 29));
    /// Console.WriteLine(decision.Verdict);                              // NotEligible
    /// Console.WriteLine($"{decision.EarliestEligibleOn:yyyy-MM-dd}");   // 2027-08-29
    /// Console.WriteLine(decision.Explain(CultureInfo.GetCultureInfo("en")));
    /// </code>
    /// </example>
    public EligibilityDecision Evaluate(CandidateProfile candidate, SkillLevel level, DateOnly asOf)
    {
        Guard.Against.Null(candidate);
        return Explain(candidate, level, NodeFor(level), asOf);
    }

    /// <summary>Decides every level the rules define, with explanations.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="asOf">The date of the decisions.</param>
    /// <returns>One decision per level, junior first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <example>
    /// <para>Every level at once, one decision each.</para>
    /// <code language="csharp">
    /// var candidate = new CandidateProfile(
    ///     education: new EducationRecord(EducationLevel.SeniorSecondary),
    ///     schooling: [], certificates: [], trainings: [],
    ///     workHistory: [new WorkPeriod("3-01-01-02", new DateOnly(2025, 8, 30))]);
    /// var report = Standards.EmbeddedEngine.EvaluateAll(candidate, new DateOnly(2026, 11, 29));
    /// foreach (var decision in report.Decisions)
    /// {
    ///     Console.WriteLine($"{decision.Level}: {decision.Verdict}");
    /// }
    /// </code>
    /// </example>
    public EligibilityReport EvaluateAll(CandidateProfile candidate, DateOnly asOf)
    {
        Guard.Against.Null(candidate);
        return new EligibilityReport(candidate.Id, asOf, [.. Levels.Select(level => Explain(candidate, level, _byRank[level.Rank]!, asOf))]);
    }

    /// <summary>Decides every level for each of many candidates, lazily, in order.</summary>
    /// <param name="candidates">The candidates; read once, as the results are read.</param>
    /// <param name="asOf">The date of the decisions.</param>
    /// <returns>One report per candidate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null (thrown at once), or one of them is (thrown when reached).</exception>
    public IEnumerable<EligibilityReport> EvaluateMany(IEnumerable<CandidateProfile> candidates, DateOnly asOf)
    {
        Guard.Against.Null(candidates);
        return candidates.Select(candidate => EvaluateAll(candidate, asOf));
    }

    /// <summary>
    /// Screens a candidate for every level the rules define: per level the verdict, the alternatives that hold, since or
    /// from when, the groups not known, and what the nearest alternative lacks — the answers of <see cref="EvaluateAll"/>
    /// without the evidence, at a fraction of its cost, for batches.
    /// </summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="asOf">The date of the answers.</param>
    /// <returns>One answer per level, junior first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <example>
    /// <para>Every level in short, for a batch of candidates.</para>
    /// <code language="csharp">
    /// var candidate = new CandidateProfile(
    ///     education: new EducationRecord(EducationLevel.SeniorSecondary),
    ///     schooling: [], certificates: [], trainings: [],
    ///     workHistory: [new WorkPeriod("3-01-01-02", new DateOnly(2025, 8, 30))]);
    /// var screening = Standards.EmbeddedEngine.Screen(candidate, new DateOnly(2026, 11, 29));
    /// foreach (var level in screening.Levels)
    /// {
    ///     Console.WriteLine($"{level.Level}: {level.Verdict}");
    /// }
    /// </code>
    /// </example>
    public ScreeningReport Screen(CandidateProfile candidate, DateOnly asOf)
    {
        Guard.Against.Null(candidate);
        var facts = new Facts(candidate, asOf.DayNumber, _settings);
        var levels = new LevelScreening[_compiled.Length];
        for (var i = 0; i < _compiled.Length; i++)
        {
            levels[i] = ScreenLevel(_compiled[i].Level, _compiled[i].Node, facts);
        }

        return new ScreeningReport(candidate.Id, asOf, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(levels));
    }

    private static LevelScreening ScreenLevel(SkillLevel level, Node node, in Facts facts)
    {
        var outcome = node.Evaluate(facts);
        var verdict = ToVerdict(outcome.Truth);
        ReadOnlySpan<Node> alternatives = node.Condition.Kind == ConditionKind.AnyOf ? node.Children : [node];
        var holding = ImmutableArray.CreateBuilder<int>();
        int nearest = 0, nearestFrom = int.MaxValue, firstUnknown = 0;
        for (var i = 0; i < alternatives.Length; i++)
        {
            var alternative = alternatives[i].Evaluate(facts);
            if (alternative.Truth == Truth.True)
            {
                holding.Add(i + 1);
            }
            else if (alternative.ProjectedOn(facts.AsOf) is not null && alternative.From < nearestFrom)
            {
                (nearest, nearestFrom) = (i + 1, alternative.From);
            }
            else if (alternative.Truth == Truth.Unknown && firstUnknown == 0)
            {
                firstUnknown = i + 1;
            }
        }

        if (verdict == Verdict.Eligible)
        {
            return new LevelScreening(level, verdict, holding.DrainToImmutable(), outcome.HoldsSince(facts.AsOf), null, CandidateFacts.None, null, null);
        }

        nearest = nearest != 0 ? nearest : firstUnknown != 0 ? firstUnknown : 1;
        var unknown = verdict == Verdict.Indeterminate ? node.Unknowns(facts) : CandidateFacts.None;
        return new LevelScreening(level, verdict, holding.DrainToImmutable(), null, outcome.ProjectedOn(facts.AsOf), unknown, nearest, Lacks(alternatives[nearest - 1].Explain(facts, out _)));
    }

    /// <summary>What a result that does not hold lacks, in one phrase: its shortfall or that of its first part that does not hold, else the facts not known.</summary>
    private static LocalizedText? Lacks(ConditionResult result)
    {
        if (result.Shortfall is { } shortfall)
        {
            return shortfall.Message;
        }

        foreach (var child in result.Children)
        {
            if (!child.Holds && Lacks(child) is { } lacks)
            {
                return lacks;
            }
        }

        return result.UnknownFacts == CandidateFacts.None ? null : Evaluation.DecisionTexts.NotKnown(result.UnknownFacts);
    }

    private static Verdict ToVerdict(Truth truth) => truth switch
    {
        Truth.True => Verdict.Eligible,
        Truth.Unknown => Verdict.Indeterminate,
        _ => Verdict.NotEligible,
    };

    private EligibilityDecision Explain(CandidateProfile candidate, SkillLevel level, Node node, DateOnly asOf)
    {
        var facts = new Facts(candidate, asOf.DayNumber, _settings);
        var result = node.Explain(facts, out _);
        return new EligibilityDecision(candidate.Id, level, asOf, ToVerdict(result.Truth), result);
    }

    private Node NodeFor(SkillLevel level)
        => (level.IsDefined ? _byRank[level.Rank] : null)
           ?? throw new ArgumentOutOfRangeException(nameof(level), level, $"The rules of {Rules.OccupationCode} define no {level}; they define {string.Join(", ", Levels)}.");
}
