namespace LaborStandard.Interop.Editions;

/// <summary>A field of the edition that an <see cref="EditionChange"/> reports; the title is a <see cref="TextChange"/>.</summary>
public enum EditionField
{
    /// <summary>The occupation code (1.2 职业编码).</summary>
    OccupationCode = 1,

    /// <summary>The publication status (征求意见稿, 报批稿, 正式发布).</summary>
    Status,

    /// <summary>The language of the authoritative text.</summary>
    Language,

    /// <summary>The version that identifies the edition in a dataset.</summary>
    Version,
}
