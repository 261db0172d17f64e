namespace LaborStandard.Testing.Candidates;

/// <summary>The kinds of candidate the generator makes.</summary>
public enum ProfileShape
{
    /// <summary>A typical applicant: 1–3 periods of work, 0–1 certificate, 0–1 training, education known.</summary>
    Typical,

    /// <summary>A long career: 20 periods of work, 3–5 certificates, 1–3 trainings.</summary>
    Heavy,

    /// <summary>Dates on the boundaries of the rules, for the agreement tests.</summary>
    Edge,
}
