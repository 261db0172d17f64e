namespace LaborStandard.Model;

/// <summary>The publication status of an edition of a standard.</summary>
public enum EditionStatus
{
    /// <summary>征求意见稿 — a draft published for comment.</summary>
    DraftForComment = 1,

    /// <summary>报批稿 — a draft submitted for approval.</summary>
    DraftForApproval = 2,

    /// <summary>正式发布 — the published standard.</summary>
    Published = 3,
}
