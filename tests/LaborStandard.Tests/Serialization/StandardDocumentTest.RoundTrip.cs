using System.Text;
using Json.Schema;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Serialization;

/// <summary>Reading and writing standard documents without loss, in the published format.</summary>
public partial class StandardDocumentTest
{
    private static readonly string Shipped = Standards.ReadEmbeddedJson();

    // The schema library keeps a global registry keyed by $id: load the published schema once.
    private static readonly Lazy<JsonSchema> PublishedSchema = new(() => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "standard.schema.json")));

    [Fact]
    public void The_shipped_standard_round_trips_to_an_equal_standard()
    {
        var json = StandardDocument.ToJson(Standards.Embedded);
        var again = StandardDocument.Parse(json);

        again.Should().Be(Standards.Embedded);
        again.Should().NotBeSameAs(Standards.Embedded);
        again.GetHashCode().Should().Be(Standards.Embedded.GetHashCode());
    }

    [Fact]
    public void The_shipped_document_is_written_in_the_writer_s_canonical_form()
    {
        StandardDocument.ToJson(Standards.Embedded).Should().Be(Shipped, "the embedded file is what the writer produces, so edits round-trip as clean diffs");
    }

    [Fact]
    public void Save_writes_utf8_without_a_byte_order_mark_and_load_reads_it_back()
    {
        using var stream = new MemoryStream();
        StandardDocument.Save(Standards.Embedded, stream, schema: "urn:laborstandard:schema:standard:1");

        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).Should().Contain("\"$schema\": \"urn:laborstandard:schema:standard:1\"").And.Contain("社区工作者");
        stream.Position = 0;
        StandardDocument.Load(stream).Should().Be(Standards.Embedded);
        stream.CanRead.Should().BeTrue("the caller's stream is left open");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Shipped)).ToArray();

        StandardDocument.Read(bytes).IsValid.Should().BeTrue();
        StandardDocument.Read("\uFEFF" + Shipped).IsValid.Should().BeTrue();
    }

    [Fact]
    public void The_embedded_standard_is_loaded_once_and_shared()
    {
        Standards.Embedded.Should().BeSameAs(Standards.Embedded);
    }

    [Fact]
    public void The_shipped_document_satisfies_the_published_json_schema()
    {
        var schema = PublishedSchema.Value;

        var result = schema.Evaluate(System.Text.Json.JsonDocument.Parse(Shipped).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_published_json_schema_rejects_what_the_reader_rejects_by_shape()
    {
        var schema = PublishedSchema.Value;
        var broken = Support.JsonEdit.Set(Shipped, "$.overview.levels[0].level", 7);
        var unknown = Support.JsonEdit.Set(Shipped, "$.overview.colour", "red");

        schema.Evaluate(System.Text.Json.JsonDocument.Parse(broken).RootElement).IsValid.Should().BeFalse();
        schema.Evaluate(System.Text.Json.JsonDocument.Parse(unknown).RootElement).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Reading_never_mutates_and_two_reads_give_equal_standards()
    {
        var first = StandardDocument.Parse(Shipped);
        var second = StandardDocument.Parse(Shipped);

        first.Should().Be(second);
        first.WorkRequirements.ForLevel(SkillLevel.Level3)!.Skills.Should().HaveCount(60);
    }
}
