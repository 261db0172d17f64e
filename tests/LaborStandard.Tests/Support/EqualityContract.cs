namespace LaborStandard.Tests.Support;

/// <summary>The contract every value type of the model keeps, checked in one place.</summary>
public static class EqualityContract
{
    /// <summary>Checks that <paramref name="value"/> equals <paramref name="equal"/> and differs from each of <paramref name="different"/>.</summary>
    public static void Holds<T>(T value, T equal, params T[] different)
        where T : notnull, IEquatable<T>
    {
        value.Equals(equal).Should().BeTrue("equal values compare equal");
        equal.Equals(value).Should().BeTrue("equality is symmetric");
        value.Equals((object?)equal).Should().BeTrue("object equality agrees with typed equality");
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hash codes");
        value.Equals(value).Should().BeTrue("equality is reflexive");
        value.Equals(new object()).Should().BeFalse("no value equals an object of another type");
        foreach (var other in different)
        {
            value.Equals(other).Should().BeFalse($"{value} differs from {other}");
            other.Equals(value).Should().BeFalse("inequality is symmetric");
        }

        // Last: the compiler reads a comparison with null as a null test of the value.
        Equals(value, null).Should().BeFalse("no value equals null");
    }
}
