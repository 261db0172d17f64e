using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Turns a validated condition tree into evaluation nodes, resolving what the standard supplies (training hours, 1.8).</summary>
internal static class NodeCompiler
{
    public static Node Compile(Condition condition, OccupationalStandard standard) => condition switch
    {
        AnyOfCondition any => new CombinationNode<AnyOfFold>(any, [.. any.Conditions.Select(c => Compile(c, standard))]),
        AllOfCondition all => new CombinationNode<AllOfFold>(all, [.. all.Conditions.Select(c => Compile(c, standard))]),
        CertificateCondition certificate => new CertificateNode(certificate),
        ServiceCondition service => new ServiceNode(service),
        PreparatoryTrainingCondition training => new TrainingNode(training, training.RequiredHours ?? standard.GetLevel(training.Level).TrainingHours),
        EducationCondition education => new EducationNode(education),
        SchoolCondition school => new SchoolNode(school),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Kind, "Not a predicate of the rule language."),
    };
}
