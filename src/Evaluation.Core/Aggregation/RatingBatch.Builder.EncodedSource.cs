using System;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Evaluation.Core.Rectification;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    public sealed partial class Builder
    {
        /// <summary>Ratings added in encoded form, with the maps from their positions to this builder's indices.</summary>
        private abstract class EncodedSource(int count, int minimumPart, int maxParts)
        {
            internal int Count { get; } = count;

            internal int Parts { get; } = Math.Clamp(count / Math.Max(1, minimumPart), 1, maxParts);

            internal required int[] UnitOf { get; init; }

            internal required int[] DepartmentOf { get; init; }

            internal required int[] MatterOf { get; init; }

            internal required int[] WindowOf { get; init; }

            /// <summary>Each part's count of its ratings by unit (this builder's indices), from <see cref="Check"/>.</summary>
            internal int[][] UnitCounts { get; private protected set; } = [];

            internal int PartStart(int part) => (int)((long)Count * part / Parts);

            /// <summary>
            /// Checks every rating's positions against the lists and counts each part's ratings by unit, on every
            /// processor; gives the first and last local day.
            /// </summary>
            /// <param name="unitCount">The number of units this builder knows, the lists' included.</param>
            /// <exception cref="ArgumentException">A rating names a position beyond its list, or was not made by a constructor.</exception>
            internal abstract (int First, int Last) Check(int unitCount);

            /// <summary>Encodes a part's ratings into a builder's columns from row <paramref name="baseRow"/> on, in index order.</summary>
            /// <returns>The part's classes, numbered in the order met.</returns>
            internal abstract EncodedPart EncodePart(Builder builder, int part, int baseRow);

            /// <summary>Encodes a part's ratings into their units' places through <paramref name="staging"/>.</summary>
            /// <returns>Which profiles the part met.</returns>
            internal abstract bool[] StagePart(int part, UnitStaging staging, int firstDay);

            /// <summary>Runs a part's work on every processor, rethrowing the first failure as it was thrown.</summary>
            internal static void ForEachPart(int parts, Action<int> work)
            {
                try
                {
                    Parallel.For(0, parts, work);
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                    throw;
                }
            }

            private protected static void CheckPosition(int[] map, int position, int index, string field)
            {
                if (unchecked((uint)position) >= (uint)map.Length)
                {
                    throw new ArgumentException($"The rating at index {index} names position {position} of {field}, beyond its {map.Length - 1} codes.");
                }
            }
        }

        /// <summary>Encoded ratings read through a struct, which each loop below is compiled for.</summary>
        /// <typeparam name="TRatings">The source's type.</typeparam>
        private sealed class EncodedSource<TRatings>(int count, TRatings ratings, int minimumPart, int maxParts)
            : EncodedSource(count, minimumPart, maxParts)
            where TRatings : struct, IEncodedRatings
        {
            /// <inheritdoc/>
            internal override (int First, int Last) Check(int unitCount)
            {
                var first = new int[Parts];
                var last = new int[Parts];
                var unitCounts = new int[Parts][];
                ForEachPart(Parts, p =>
                {
                    int min = int.MaxValue, max = int.MinValue;
                    var counts = new int[unitCount];
                    for (int i = PartStart(p); i < PartStart(p + 1); i++)
                    {
                        EncodedRating r = ratings.At(i);
                        Preconditions.CheckArgument(r.Unit > 0, nameof(ratings), "must give ratings made by EncodedRating's constructor");
                        CheckPosition(UnitOf, r.Unit, i, nameof(EncodedRating.Unit));
                        CheckPosition(DepartmentOf, r.Department, i, nameof(EncodedRating.Department));
                        CheckPosition(MatterOf, r.Matter, i, nameof(EncodedRating.Matter));
                        CheckPosition(WindowOf, r.Window, i, nameof(EncodedRating.Window));
                        counts[UnitOf[r.Unit]]++;
                        int d = r.RatedDay;
                        min = Math.Min(min, d);
                        max = Math.Max(max, d);
                    }
                    first[p] = min;
                    last[p] = max;
                    unitCounts[p] = counts;
                });
                UnitCounts = unitCounts;
                return (first.Min(), last.Max());
            }

            /// <inheritdoc/>
            internal override EncodedPart EncodePart(Builder builder, int part, int baseRow)
            {
                var found = new EncodedPart(PartStart(part), PartStart(part + 1));
                for (int i = found.Start; i < found.End; i++)
                {
                    EncodedRating r = ratings.At(i);
                    int row = baseRow + i;
                    builder.unit[row] = UnitOf[r.Unit];
                    builder.department[row] = DepartmentOf[r.Department];
                    builder.matter[row] = MatterOf[r.Matter];
                    builder.window[row] = WindowOf[r.Window];
                    builder.channel[row] = (byte)r.Channel;
                    builder.day[row] = r.RatedDay;
                    builder.@class[row] = found.ClassOf(ProfileOf(i, in r));
                }
                return found;
            }

            /// <inheritdoc/>
            internal override bool[] StagePart(int part, UnitStaging staging, int firstDay)
            {
                var seen = new bool[RatingProfile.Count];
                for (int i = PartStart(part); i < PartStart(part + 1); i++)
                {
                    EncodedRating r = ratings.At(i);
                    int profile = ProfileOf(i, in r);
                    staging.Add(UnitOf[r.Unit], DepartmentOf[r.Department], MatterOf[r.Matter], WindowOf[r.Window], (byte)r.Channel, (ushort)(r.RatedDay - firstDay), (ushort)profile);
                    seen[profile] = true;
                }
                staging.Finish();
                return seen;
            }

            private int ProfileOf(int i, in EncodedRating r) =>
                RatingProfile.Pack(r.Level, r.Origin, r.Channel, r.IsRealName, r.IsLinkedToCase, ratings.FactsAt(i));
        }

        /// <summary>Encoded ratings given by delegates.</summary>
        private readonly struct DelegateRatings(Func<int, EncodedRating> ratingAt, Func<int, RatingFacts>? factsAt) : IEncodedRatings
        {
            public EncodedRating At(int index) => ratingAt(index);

            public RatingFacts FactsAt(int index) => factsAt is null ? RatingFacts.Valid : factsAt(index);
        }
    }
}
