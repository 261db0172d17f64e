namespace LaborStandard.Model;

/// <summary>What a <see cref="Correction"/> corrects.</summary>
public enum CorrectionTarget
{
    /// <summary>A printed code (e.g. a knowledge item printed as 3.2.2 inside work content 3.1).</summary>
    Code = 1,

    /// <summary>A printed text or name (e.g. 专理员 where the body says 协理员).</summary>
    Text = 2,
}
