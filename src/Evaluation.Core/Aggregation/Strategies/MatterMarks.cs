using Evaluation.Core.Metrics;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>How each rating class marks its matter for coverage.</summary>
internal static class MatterMarks
{
    /// <summary>Per class: 0 no mark, 1 marks the matter as present, 2 as present and rated.</summary>
    internal static byte[] OfClasses(int[] profiles, bool defaultsCount)
    {
        var marks = new byte[profiles.Length];
        for (int c = 0; c < profiles.Length; c++)
        {
            int profile = profiles[c];
            marks[c] = !RatingProfile.IsValidCaseRating(profile) ? (byte)0 : defaultsCount || RatingProfile.IsActive(profile) ? (byte)2 : (byte)1;
        }
        return marks;
    }
}
