using System;
using System.Collections.Generic;
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
        /// <summary>
        /// Adds many ratings whose codes the caller has dictionary-encoded, on every processor: the lists of
        /// <paramref name="codes"/> are looked up once, not a code per rating, and each rating is written straight
        /// to its row. <paramref name="ratingAt"/> is called once per index, from several threads at once. Every aggregate
        /// of the batch is the same as if the ratings had been added one by one in index order with their codes.
        /// </summary>
        /// <param name="count">The number of ratings.</param>
        /// <param name="codes">The codes the ratings' positions name.</param>
        /// <param name="ratingAt">The rating and facts at an index from 0 to <paramref name="count"/> - 1.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">A rating names a position beyond its list; no rating is added.</exception>
        internal Builder AddRange(int count, DimensionCodes codes, Func<int, (EncodedRating Rating, RatingFacts Facts)> ratingAt) =>
            AddRange(count, codes, ratingAt, 65536, Environment.ProcessorCount);

        /// <summary>Adds encoded ratings in up to <paramref name="maxParts"/> parts of at least <paramref name="minimumPart"/> ratings.</summary>
        internal Builder AddRange(int count, DimensionCodes codes, Func<int, (EncodedRating Rating, RatingFacts Facts)> ratingAt, int minimumPart, int maxParts)
        {
            Preconditions.CheckNonNegative(count, nameof(count));
            Preconditions.CheckNotNull(codes, nameof(codes));
            Preconditions.CheckNotNull(ratingAt, nameof(ratingAt));
            int[] unitOf = Positions(codes.Units.Length, i => codes.Units[i].Value, units);
            int[] departmentOf = Positions(codes.Departments.Length, i => codes.Departments[i].Value, departments);
            int[] matterOf = Positions(codes.Matters.Length, i => codes.Matters[i].Value, matters);
            int[] windowOf = Positions(codes.Windows.Length, i => codes.Windows[i].Value, windows);
            while (unit.Length - this.count < count)
            {
                Grow();
            }
            int baseRow = this.count;
            int parts = Math.Clamp(count / Math.Max(1, minimumPart), 1, maxParts);
            var found = new EncodedPart[parts];
            try
            {
                Parallel.For(0, parts, p =>
                {
                    var part = new EncodedPart((int)((long)count * p / parts), (int)((long)count * (p + 1) / parts));
                    for (int i = part.Start; i < part.End; i++)
                    {
                        (EncodedRating r, RatingFacts facts) = ratingAt(i);
                        Preconditions.CheckArgument(r.Unit > 0, nameof(ratingAt), "must give ratings made by EncodedRating's constructor");
                        int row = baseRow + i;
                        unit[row] = Position(unitOf, r.Unit, i, nameof(EncodedRating.Unit));
                        department[row] = Position(departmentOf, r.Department, i, nameof(EncodedRating.Department));
                        matter[row] = Position(matterOf, r.Matter, i, nameof(EncodedRating.Matter));
                        window[row] = Position(windowOf, r.Window, i, nameof(EncodedRating.Window));
                        channel[row] = (byte)r.Channel;
                        int d = ChinaTime.DayNumberOf(r.RatedAt);
                        day[row] = d;
                        part.MinDay = Math.Min(part.MinDay, d);
                        part.MaxDay = Math.Max(part.MaxDay, d);
                        @class[row] = part.ClassOf(RatingProfile.Pack(r.Level, r.Origin, r.Channel, r.IsRealName, r.IsLinkedToCase, facts));
                    }
                    found[p] = part;
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
            // Each part numbered the classes it met in its own order; they take this builder's numbers, in part order.
            for (int p = 0; p < parts; p++)
            {
                EncodedPart part = found[p];
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
                minDay = Math.Min(minDay, part.MinDay);
                maxDay = Math.Max(maxDay, part.MaxDay);
            }
            this.count = baseRow + count;
            return this;
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

        private static int Position(int[] map, int position, int index, string field) =>
            unchecked((uint)position) < (uint)map.Length
                ? map[position]
                : throw new ArgumentException($"The rating at index {index} names position {position} of {field}, beyond its {map.Length - 1} codes.");

        /// <summary>One part's classes, numbered from 0 in the order met, and its range of days.</summary>
        private sealed class EncodedPart(int start, int end)
        {
            private readonly ushort[] classOf = new ushort[RatingProfile.Count];

            internal int Start { get; } = start;

            internal int End { get; } = end;

            internal List<int> Profiles { get; } = [];

            internal int MinDay { get; set; } = int.MaxValue;

            internal int MaxDay { get; set; } = int.MinValue;

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
