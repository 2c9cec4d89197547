using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Periods;
using Evaluation.Core.Rectification;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    public sealed partial class Builder
    {
        private readonly List<EncodedSource> pending = [];
        private int pendingCount;

        /// <summary>
        /// Adds many ratings whose codes the caller has dictionary-encoded, on every processor: the lists of
        /// <paramref name="codes"/> are looked up once, not a code per rating. The ratings are checked now and encoded
        /// when the batch is built: straight into the batch's order when nothing else was added (no column is written
        /// twice), else in index order after the ratings added before them. <paramref name="ratingAt"/> and
        /// <paramref name="factsAt"/> are called from several threads at once, and <paramref name="ratingAt"/> more than
        /// once per index, so both must give the same answer each time until the batch is built. Every aggregate of the
        /// batch is the same as if the ratings had been added one by one in index order with their codes.
        /// </summary>
        /// <param name="count">The number of ratings.</param>
        /// <param name="codes">The codes the ratings' positions name.</param>
        /// <param name="ratingAt">The rating at an index from 0 to <paramref name="count"/> - 1.</param>
        /// <param name="factsAt">The lifecycle facts of the rating at an index, or null when every rating is valid and owes nothing.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">A rating names a position beyond its list; no rating is added.</exception>
        internal Builder AddRange(int count, DimensionCodes codes, Func<int, EncodedRating> ratingAt, Func<int, RatingFacts>? factsAt = null) =>
            AddRange(count, codes, ratingAt, factsAt, 65536, Environment.ProcessorCount);

        /// <summary>Adds encoded ratings, in up to <paramref name="maxParts"/> parts of at least <paramref name="minimumPart"/> ratings.</summary>
        internal Builder AddRange(int count, DimensionCodes codes, Func<int, EncodedRating> ratingAt, Func<int, RatingFacts>? factsAt, int minimumPart, int maxParts)
        {
            Preconditions.CheckNotNull(ratingAt, nameof(ratingAt));
            return AddRange(count, codes, new DelegateRatings(ratingAt, factsAt), minimumPart, maxParts);
        }

        /// <summary>
        /// Adds encoded ratings read through a source the compiler specializes each loop for (a struct), on every
        /// processor: as <see cref="AddRange(int, DimensionCodes, Func{int, EncodedRating}, Func{int, RatingFacts}?)"/>,
        /// without a delegate's call per rating.
        /// </summary>
        /// <typeparam name="TRatings">The source's type.</typeparam>
        /// <param name="count">The number of ratings.</param>
        /// <param name="codes">The codes the ratings' positions name.</param>
        /// <param name="ratings">The ratings and their facts, read from several threads at once and more than once per index.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">A rating names a position beyond its list; no rating is added.</exception>
        internal Builder AddRange<TRatings>(int count, DimensionCodes codes, TRatings ratings)
            where TRatings : struct, IEncodedRatings =>
            AddRange(count, codes, ratings, 65536, Environment.ProcessorCount);

        /// <summary>
        /// Adds encoded ratings read through a source the compiler specializes each loop for (a struct): as
        /// <see cref="AddRange(int, DimensionCodes, Func{int, EncodedRating}, Func{int, RatingFacts}?)"/>, without a
        /// delegate's call per rating, in up to <paramref name="maxParts"/> parts of at least <paramref name="minimumPart"/> ratings.
        /// </summary>
        /// <typeparam name="TRatings">The source's type.</typeparam>
        /// <param name="count">The number of ratings.</param>
        /// <param name="codes">The codes the ratings' positions name.</param>
        /// <param name="ratings">The ratings and their facts, read from several threads at once and more than once per index.</param>
        /// <param name="minimumPart">The fewest ratings in a part.</param>
        /// <param name="maxParts">The most parts.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">A rating names a position beyond its list; no rating is added.</exception>
        internal Builder AddRange<TRatings>(int count, DimensionCodes codes, TRatings ratings, int minimumPart, int maxParts)
            where TRatings : struct, IEncodedRatings
        {
            Preconditions.CheckNonNegative(count, nameof(count));
            Preconditions.CheckNotNull(codes, nameof(codes));
            var source = new EncodedSource<TRatings>(count, ratings, minimumPart, maxParts)
            {
                UnitOf = Positions(codes.Units.Length, i => codes.Units[i].Value, units),
                DepartmentOf = Positions(codes.Departments.Length, i => codes.Departments[i].Value, departments),
                MatterOf = Positions(codes.Matters.Length, i => codes.Matters[i].Value, matters),
                WindowOf = Positions(codes.Windows.Length, i => codes.Windows[i].Value, windows),
            };
            (int first, int last) = source.Check(units.Count);
            if (count > 0)
            {
                minDay = Math.Min(minDay, first);
                maxDay = Math.Max(maxDay, last);
            }
            pending.Add(source);
            pendingCount += count;
            return this;
        }

        /// <summary>Encodes the ratings added in encoded form so far into this builder's rows, after those added before them.</summary>
        private void EncodePending()
        {
            foreach (EncodedSource source in pending)
            {
                EnsureRoom(source.Count);
                int baseRow = count;
                var found = new EncodedPart[source.Parts];
                EncodedSource.ForEachPart(source.Parts, p => found[p] = source.EncodePart(this, p, baseRow));
                // Each part numbered the classes it met in its own order; they take this builder's numbers, in part order.
                foreach (EncodedPart part in found)
                {
                    int[] classMap = [.. part.Profiles.ConvertAll(profile => InternClass(profile) - 1)];
                    bool same = true;
                    for (int c = 0; c < classMap.Length; c++)
                    {
                        same &= classMap[c] == c;
                    }
                    for (int row = baseRow + part.Start; !same && row < baseRow + part.End; row++)
                    {
                        @class[row] = (ushort)classMap[@class[row]];
                    }
                }
                count = baseRow + source.Count;
            }
            pending.Clear();
            pendingCount = 0;
        }

        /// <summary>This builder's index of each position of a caller's list, 0 staying "none".</summary>
        private static int[] Positions(int length, Func<int, string> codeAt, DimensionDictionary dictionary)
        {
            var map = new int[length + 1];
            for (int i = 0; i < length; i++)
            {
                map[i + 1] = dictionary.GetOrAdd(codeAt(i));
            }
            return map;
        }

        /// <summary>One part's classes, numbered from 0 in the order met.</summary>
        private sealed class EncodedPart(int start, int end)
        {
            private readonly ushort[] classOf = new ushort[RatingProfile.Count];

            internal int Start { get; } = start;

            internal int End { get; } = end;

            internal List<int> Profiles { get; } = [];

            internal ushort ClassOf(int profile)
            {
                int cls = classOf[profile];
                if (cls == 0)
                {
                    Profiles.Add(profile);
                    cls = Profiles.Count;
                    classOf[profile] = (ushort)cls;
                }
                return (ushort)(cls - 1);
            }
        }
    }
}
