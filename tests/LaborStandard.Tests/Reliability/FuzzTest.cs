using System.Text;
using CsCheck;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Reliability;

/// <summary>
/// A bounded fuzz run over the readers: the shipped documents with bytes flipped, cut, repeated or spliced. Whatever
/// comes in, a reader returns a value or errors — it never throws.
/// </summary>
public class FuzzTest
{
    private static readonly byte[] StandardBytes = Encoding.UTF8.GetBytes(Standards.ReadEmbeddedJson());
    private static readonly byte[] RuleBytes = Encoding.UTF8.GetBytes(Standards.ReadEmbeddedRulesJson());
    private static readonly byte[] CandidateBytes = Encoding.UTF8.GetBytes("""{"id":"A-1","education":{"level":"bachelor","equivalent":true},"certificates":[{"occupationCode":"3-01-01-02","level":4,"kind":"skillLevel","issuedOn":"2020-01-01"}],"work":[{"occupationCode":"3-01-01-02","from":"2020-01-01","to":"2024-02-29"}],"unknown":["schooling"]}""");

    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}[]\",:0-9eE.\\u\0\xff nulltruefalse");

    /// <summary>A mutation of a document: flip a byte, cut the tail, repeat a span, or splice in a structural byte.</summary>
    private static Gen<byte[]> Mutated(byte[] source)
        => Gen.Select(Gen.Int[0, 3], Gen.Int[0, source.Length - 1], Gen.Int[0, 255], Gen.Int[1, 64], (how, at, value, length) =>
        {
            var bytes = source.ToList();
            switch (how)
            {
                case 0:
                    bytes[at] = (byte)value;
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.InsertRange(at, bytes.Skip(at).Take(length).ToList());
                    break;
                default:
                    bytes.Insert(at, Interesting[value % Interesting.Length]);
                    break;
            }

            return bytes.ToArray();
        });

    [Fact]
    public void The_standard_reader_never_throws()
        => Mutated(StandardBytes).Sample(bytes => Survives(() => StandardDocument.Read(bytes).Errors.Length), iter: Iterations.Of(300));

    [Fact]
    public void The_rule_reader_never_throws()
        => Mutated(RuleBytes).Sample(bytes => Survives(() => RuleDocument.Read(bytes, Standards.Embedded).Errors.Length), iter: Iterations.Of(2000));

    [Fact]
    public void The_candidate_reader_never_throws()
        => Mutated(CandidateBytes).Sample(bytes => Survives(() => CandidateDocument.Read(bytes).Errors.Length), iter: Iterations.Of(5000));

    [Fact]
    public void Random_bytes_are_refused_without_a_crash()
        => Gen.Byte.Array[0, 512].Sample(bytes => Survives(() => CandidateDocument.Read(bytes).Errors.Length + RuleDocument.Read(bytes).Errors.Length), iter: Iterations.Of(3000));

    private static bool Survives(Func<int> read)
    {
        read();
        return true;
    }
}
