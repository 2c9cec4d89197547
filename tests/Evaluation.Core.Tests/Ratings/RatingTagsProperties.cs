using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Ratings;

/// <summary>
/// Rule: a rating's tags are those given, duplicates removed, in the order each first appears, whether they are given
/// as a list, as an immutable array (kept as it is when it repeats none), or as a longer array than is compared pairwise.
/// </summary>
public class RatingTagsProperties
{
    [Property(MaxTest = 500)]
    public Property Tags_are_distinct_in_first_order_in_whatever_form_they_come() =>
        Prop.ForAll(Gen.Elements("slow", "attitude", "passed-around", "P01", "P02", "P03", "P04", "P05", "P06", "P07").Select(RatingTag.Parse)
            .ArrayOf().Resize(14).ToArbitrary(), given =>
        {
            RatingTag[] expected = [.. given.Distinct()];
            Rating Made(System.Collections.Generic.IEnumerable<RatingTag> tags) =>
                new(RatingId.Parse("R1"), UnitCode.Parse("U1"), RatingChannel.App, RatingLevel.Dissatisfied, RatingOrigin.Active,
                    Instant.FromUtc(2023, 12, 5, 2, 0), false, tags: tags);
            // All of them once, then the last again: the repeat lies beyond any prefix compared.
            RatingTag[] tailRepeat = [.. expected, .. expected.TakeLast(1)];
            return Made(given.ToList()).Tags.SequenceEqual(expected)
                && Made(given.ToImmutableArray()).Tags.SequenceEqual(expected)
                && Made(tailRepeat.ToImmutableArray()).Tags.SequenceEqual(expected);
        });
}
