using System.Collections.Immutable;
using LaborStandard.Interop.Editions;
using LaborStandard.Model;

namespace LaborStandard.Tests.Interop;

/// <summary>
/// The changes of one part of a clause (text, layout, corrections) are equal by kind, clause, level, part and values:
/// the part is part of the identity, and a list of corrections counts by what it holds, not by which list it is.
/// </summary>
public class PartChangeTest
{
    private static readonly LocalizedText Old = new("申报条件", "Application conditions");
    private static readonly LocalizedText New = new("申报条件和要求", "Application conditions and requirements");

    [Fact]
    public void Two_changes_that_differ_only_in_the_part_are_not_equal()
    {
        var heading = new TextChange("1.9.1", "heading", Old, New);
        var definition = new TextChange("1.9.1", "definition", Old, New);

        heading.Equals(definition).Should().BeFalse();
        heading.Equals(new TextChange("1.9.1", "heading", new LocalizedText("申报条件", "Application conditions"), New)).Should().BeTrue();
        new LayoutChange("3", "clause", "3.1", "3.2").Equals(new LayoutChange("3", "order of functions", "3.1", "3.2")).Should().BeFalse();
    }

    [Fact]
    public void The_printed_name_of_the_part_is_words_not_identity()
    {
        var named = new TextChange("1.9.1", "heading", Old, New, partName: new LocalizedText("标题", "heading"));
        var unnamed = new TextChange("1.9.1", "heading", Old, New);

        named.Equals(unnamed).Should().BeTrue();
        named.GetHashCode().Should().Be(unnamed.GetHashCode());
    }

    [Fact]
    public void Corrections_are_equal_and_hash_alike_when_the_lists_hold_equal_corrections_in_order()
    {
        static Correction Title() => new(CorrectionTarget.Text, "专理员", "协理员", new LocalizedText("正文作协理员", "the body says 协理员"));
        var first = new CorrectionChange("title", "title", [Title()], []);
        var again = new CorrectionChange("title", "title", ImmutableArray.Create(Title()), ImmutableArray<Correction>.Empty);
        var other = new CorrectionChange("title", "title", [Title(), Title()], []);

        again.Equals(first).Should().BeTrue();
        again.GetHashCode().Should().Be(first.GetHashCode());
        other.Equals(first).Should().BeFalse();
    }

    [Fact]
    public void A_text_change_and_a_layout_change_of_the_same_part_are_never_equal()
        => ((StandardChange)new LayoutChange("3.1", "clause", "3.1", "3.2")).Equals(new TextChange("3.1", "clause", Old, New)).Should().BeFalse();
}
