using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
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
            Preconditions.CheckNonNegative(count, nameof(count));
            Preconditions.CheckNotNull(codes, nameof(codes));
            Preconditions.CheckNotNull(ratingAt, nameof(ratingAt));
            var source = new EncodedSource(count, ratingAt, factsAt ?? (_ => RatingFacts.Valid), minimumPart, maxParts)
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
                EncodedSource.ForEachPart(source.Parts, p =>
                {
                    var part = new EncodedPart(source.PartStart(p), source.PartStart(p + 1));
                    for (int i = part.Start; i < part.End; i++)
                    {
                        EncodedRow r = source.RowAt(i);
                        int row = baseRow + i;
                        unit[row] = r.Unit;
                        department[row] = r.Department;
                        matter[row] = r.Matter;
                        window[row] = r.Window;
                        channel[row] = r.Channel;
                        day[row] = r.Day;
                        @class[row] = part.ClassOf(source.ProfileAt(i, in r));
                    }
                    found[p] = part;
                });
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

        /// <summary>One rating of an <see cref="EncodedSource"/> with its codes in this builder's indices and its local day.</summary>
        private readonly record struct EncodedRow(int Unit, int Department, int Matter, int Window, byte Channel, int Day, EncodedRating Rating);

        /// <summary>Ratings added in encoded form, with the maps from their positions to this builder's indices.</summary>
        private sealed class EncodedSource(int count, Func<int, EncodedRating> ratingAt, Func<int, RatingFacts> factsAt, int minimumPart, int maxParts)
        {
            internal int Count { get; } = count;

            internal int Parts { get; } = Math.Clamp(count / Math.Max(1, minimumPart), 1, maxParts);

            internal required int[] UnitOf { get; init; }

            internal required int[] DepartmentOf { get; init; }

            internal required int[] MatterOf { get; init; }

            internal required int[] WindowOf { get; init; }

            internal int PartStart(int part) => (int)((long)Count * part / Parts);

            /// <summary>The rating at an index, its positions mapped (already checked by <see cref="Check"/>).</summary>
            internal EncodedRow RowAt(int i)
            {
                EncodedRating r = ratingAt(i);
                return new EncodedRow(UnitOf[r.Unit], DepartmentOf[r.Department], MatterOf[r.Matter], WindowOf[r.Window], (byte)r.Channel, r.RatedDay, r);
            }

            /// <summary>The profile of the rating at an index with its facts.</summary>
            internal int ProfileAt(int i, in EncodedRow row) =>
                RatingProfile.Pack(row.Rating.Level, row.Rating.Origin, row.Rating.Channel, row.Rating.IsRealName, row.Rating.IsLinkedToCase, factsAt(i));

            /// <summary>Each part's count of its ratings by unit (this builder's indices), from <see cref="Check"/>.</summary>
            internal int[][] UnitCounts { get; private set; } = [];

            /// <summary>
            /// Checks every rating's positions against the lists and counts each part's ratings by unit, on every
            /// processor; gives the first and last local day.
            /// </summary>
            /// <param name="unitCount">The number of units this builder knows, the lists' included.</param>
            /// <exception cref="ArgumentException">A rating names a position beyond its list, or was not made by a constructor.</exception>
            internal (int First, int Last) Check(int unitCount)
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
                        EncodedRating r = ratingAt(i);
                        Preconditions.CheckArgument(r.Unit > 0, nameof(ratingAt), "must give ratings made by EncodedRating's constructor");
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

            private static void CheckPosition(int[] map, int position, int index, string field)
            {
                if (unchecked((uint)position) >= (uint)map.Length)
                {
                    throw new ArgumentException($"The rating at index {index} names position {position} of {field}, beyond its {map.Length - 1} codes.");
                }
            }
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
