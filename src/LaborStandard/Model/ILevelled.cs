namespace LaborStandard.Model;

/// <summary>
/// A thing that belongs to one level: a level's definition (1.3), its application conditions (1.9.1), its
/// work-requirements table (3.1, 3.2), its weight in a row of a weight table (4), its rule of application, and the
/// decision or the answer for it; so that a list of them is searched by level in one place
/// (<see cref="Sequence.ForLevel{T}"/>).
/// </summary>
internal interface ILevelled
{
    /// <summary>Gets the level.</summary>
    SkillLevel Level { get; }
}
