using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// The counts of one group of ratings (统计数): valid ratings by origin, sentiment, level, channel group,
/// appeal and rectification state. Counts only, so tallies merge by addition.
/// </summary>
/// <remarks>
/// Immutable. <see cref="Merge"/> is associative and commutative with <see cref="Empty"/> as identity, so the tally of
/// a set of ratings does not depend on how the set was split, ordered or parallelised. Equality compares every count.
/// </remarks>
public sealed class RatingTally : IEquatable<RatingTally>
{
    /// <summary>The number of counters.</summary>
    public static readonly int CounterCount = Enum.GetValues<TallyCounter>().Length;

    // The counters lie at start of counts: an array of their own, or a block that many tallies share (Slab), so that the
    // tallies of a million groups are not a million arrays for the collector to move.
    private readonly long[] counts;
    private readonly int start;

    private RatingTally(long[] counts, int start = 0)
    {
        this.counts = counts;
        this.start = start;
    }

    /// <summary>The tally of no ratings.</summary>
    public static RatingTally Empty { get; } = new(new long[CounterCount]);

    /// <summary>Creates a tally from counts in <see cref="TallyCounter"/> order.</summary>
    /// <param name="counts">One non-negative count per counter.</param>
    /// <returns>The tally.</returns>
    public static RatingTally FromCounts(IReadOnlyList<long> counts)
    {
        Preconditions.CheckNotNull(counts, nameof(counts));
        Preconditions.CheckArgument(counts.Count == CounterCount, nameof(counts), $"must hold {CounterCount} counts");
        Preconditions.CheckArgument(counts.All(c => c >= 0), nameof(counts), "must not be negative");
        return new RatingTally([.. counts]);
    }

    /// <summary>A tally over counters already written at <paramref name="start"/> of a block no one changes afterwards.</summary>
    internal static RatingTally InBlock(long[] block, int start) => new(block, start);

    /// <summary>The counters, in <see cref="TallyCounter"/> order.</summary>
    private ReadOnlySpan<long> Span => counts.AsSpan(start, CounterCount);

    /// <summary>One count.</summary>
    /// <param name="counter">Which count.</param>
    public long this[TallyCounter counter] => Span[(int)counter];

    /// <summary>Valid ratings (有效评价数).</summary>
    public long Ratings => this[TallyCounter.Ratings];

    /// <summary>Valid active ratings (主动评价数).</summary>
    public long ActiveRatings => this[TallyCounter.ActiveRatings];

    /// <summary>Valid default ratings (默认评价数).</summary>
    public long DefaultRatings => this[TallyCounter.DefaultRatings];

    /// <summary>Valid good ratings (好评).</summary>
    public long Good => this[TallyCounter.Good];

    /// <summary>Valid neutral ratings (中评).</summary>
    public long Neutral => this[TallyCounter.Neutral];

    /// <summary>Valid bad ratings (差评).</summary>
    public long Bad => this[TallyCounter.Bad];

    /// <summary>Ratings voided by an upheld appeal.</summary>
    public long ExcludedByAppeal => this[TallyCounter.ExcludedByAppeal];

    /// <summary>Valid bad ratings rectified by the as-of instant (已整改差评).</summary>
    public long BadRectified => this[TallyCounter.BadRectified];

    /// <summary>Valid bad ratings not rectified and past their due instant at the as-of instant (超期未整改).</summary>
    public long BadOverdue => this[TallyCounter.BadOverdue];

    /// <summary>Valid ratings on on-site channels: device, tablet, static QR code, self-service terminal (现场评价量).</summary>
    public long OnSiteRatings => this[TallyCounter.OnSiteRatings];

    /// <summary>Valid ratings through the static QR code (静态二维码现场评价量).</summary>
    public long StaticQrRatings => this[TallyCounter.StaticQrRatings];

    /// <summary>Every count, in <see cref="TallyCounter"/> order.</summary>
    public IReadOnlyList<long> Counts => start == 0 && counts.Length == CounterCount ? counts : new ArraySegment<long>(counts, start, CounterCount);

    /// <summary>The tally of both groups together: counts added.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally.</returns>
    public RatingTally Merge(RatingTally other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var sum = new long[CounterCount];
        ReadOnlySpan<long> mine = Span, theirs = other.Span;
        for (int i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(mine[i] + theirs[i]);
        }
        return new RatingTally(sum);
    }

    /// <summary>The merge of many tallies, added in one pass.</summary>
    /// <param name="tallies">The tallies.</param>
    /// <returns>Their sum; <see cref="Empty"/> when there are none.</returns>
    public static RatingTally Sum(IEnumerable<RatingTally> tallies)
    {
        Preconditions.CheckNotNull(tallies, nameof(tallies));
        var sum = new long[CounterCount];
        foreach (RatingTally tally in tallies)
        {
            ReadOnlySpan<long> theirs = tally.Span;
            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] = checked(sum[i] + theirs[i]);
            }
        }
        return new RatingTally(sum);
    }

    /// <inheritdoc />
    public bool Equals(RatingTally? other) => other is not null && Span.SequenceEqual(other.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RatingTally);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (long c in Span)
        {
            hash.Add(c);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"RatingTally ratings={Ratings} active={ActiveRatings} default={DefaultRatings} good={Good} neutral={Neutral} bad={Bad} void={ExcludedByAppeal}";
}
