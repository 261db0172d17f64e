namespace LaborStandard.Assessment;

/// <summary>The rule of the standard a <see cref="Violation"/> breaks.</summary>
public enum ViolationKind
{
    /// <summary>1.9.3: fewer staff than the ratio (配比, 1:15) asks for the candidates.</summary>
    StaffingRatio = 1,

    /// <summary>1.9.3: fewer staff than the minimum (每个考场不少于 2 名监考人员; 考评人员 3 人以上).</summary>
    StaffingMinimum = 2,

    /// <summary>1.9.3: an even number of staff where the number must be odd (考评人员为单数).</summary>
    StaffingOddCount = 3,

    /// <summary>1.9.5: a room holds more candidates than its capacity (场地面积与参考人员数量相应).</summary>
    RoomCapacity = 4,

    /// <summary>1.9.4: an assessment shorter than its minimum duration (不少于 90min / 120min).</summary>
    MinimumDuration = 5,

    /// <summary>1.8: fewer training hours than the level's standard hours (标准学时).</summary>
    TrainingHours = 6,
}
