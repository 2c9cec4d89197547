using System;
using System.Collections.Immutable;

namespace Evaluation.Core.Ratings;

/// <summary>Names and checks for <see cref="RatingLevel"/>.</summary>
public static class RatingLevels
{
    /// <summary>The lowest level's code (1, 非常不满意).</summary>
    public const int MinCode = 1;

    /// <summary>The highest level's code (5, 非常满意).</summary>
    public const int MaxCode = 5;

    /// <summary>Every level, from worst to best.</summary>
    public static ImmutableArray<RatingLevel> All { get; } =
    [
        RatingLevel.VeryDissatisfied,
        RatingLevel.Dissatisfied,
        RatingLevel.FairlySatisfied,
        RatingLevel.Satisfied,
        RatingLevel.VerySatisfied,
    ];

    /// <summary>Whether <paramref name="level"/> is one of the five levels.</summary>
    /// <param name="level">The level to check.</param>
    /// <returns>True for codes 1 to 5.</returns>
    public static bool IsDefined(RatingLevel level) => (int)level is >= MinCode and <= MaxCode;

    /// <summary>The level's official Chinese name, for example 非常满意.</summary>
    /// <param name="level">A defined level.</param>
    /// <returns>The Chinese name.</returns>
    public static string ChineseName(this RatingLevel level) => level switch
    {
        RatingLevel.VeryDissatisfied => "非常不满意",
        RatingLevel.Dissatisfied => "不满意",
        RatingLevel.FairlySatisfied => "基本满意",
        RatingLevel.Satisfied => "满意",
        RatingLevel.VerySatisfied => "非常满意",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A rating level must be between 1 and 5."),
    };

    /// <summary>Converts a code 1 to 5 to its level.</summary>
    /// <param name="code">The code.</param>
    /// <param name="level">The level, when the code is valid.</param>
    /// <returns>Whether the code is between 1 and 5.</returns>
    public static bool TryFromCode(int code, out RatingLevel level)
    {
        level = (RatingLevel)code;
        return code is >= MinCode and <= MaxCode;
    }
}
