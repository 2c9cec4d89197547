using System;
using Xunit;

namespace Evaluation.Core.Tests.Support;

/// <summary>Checks the equality and ordering contracts of a value type in one line per type.</summary>
public static class EqualityContract
{
    public static void Check<T>(T value, T equal, T different) where T : IEquatable<T>
    {
        Assert.True(value.Equals(equal));
        Assert.True(value.Equals((object)equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(different));
        Assert.False(value.Equals((object?)null));
    }

    public static void CheckOrdering<T>(T smaller, T larger) where T : IComparable<T>
    {
        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(larger.CompareTo(smaller) > 0);
        Assert.Equal(0, smaller.CompareTo(smaller));
    }
}
