using System;
using System.Threading;
using System.Threading.Tasks;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    internal sealed partial class Columns
    {
        // Two bits per dimension, at twice its value: whether it was checked, and whether its codes nest in the units.
        private int nesting;

        /// <summary>
        /// Whether every code of a dimension, none included, lies within one unit's rows: a department or a window names
        /// one unit (部门、窗口 of one 单位), so that a unit's rows hold every rating of each of its codes. Checked once, on
        /// first asking, in one pass over the column.
        /// </summary>
        /// <param name="dimension">A dimension held in integers (not the channel).</param>
        internal bool NestsInUnits(GroupingDimension dimension)
        {
            int shift = 2 * (int)dimension;
            int known = Volatile.Read(ref nesting);
            if (((known >> shift) & 1) != 0)
            {
                return ((known >> shift) & 2) != 0;
            }
            bool nests = CodesNestInUnits(dimension, Math.Clamp(Unit.Length / (1 << 16), 1, Environment.ProcessorCount));
            // Two threads asking at once each find the same answer and set the same bits.
            Interlocked.Or(ref nesting, (1 | (nests ? 2 : 0)) << shift);
            return nests;
        }

        /// <summary>
        /// Whether each code of a dimension appears in one unit's rows only, found afresh: each of
        /// <paramref name="shares"/> shares of the units, on its own processor, notes each code's unit (plus one) as it
        /// first meets it; the shares' notes then agree or not.
        /// </summary>
        internal bool CodesNestInUnits(GroupingDimension dimension, int shares)
        {
            int[] column = Column(dimension);
            int codes = Cardinality(dimension);
            int units = UnitStarts.Length - 1;
            var ownerOfShare = new int[shares][];
            var nestsInShare = new bool[shares];
            Parallel.For(0, shares, share =>
            {
                var owner = ownerOfShare[share] = new int[codes];
                nestsInShare[share] = true;
                for (int u = (int)((long)units * share / shares); u < (int)((long)units * (share + 1) / shares); u++)
                {
                    int unit = u + 1;
                    foreach (int code in column.AsSpan(UnitStarts[u], UnitStarts[u + 1] - UnitStarts[u]))
                    {
                        int seen = owner[code];
                        if (seen != unit)
                        {
                            if (seen != 0)
                            {
                                nestsInShare[share] = false;
                                return;
                            }
                            owner[code] = unit;
                        }
                    }
                }
            });
            if (Array.IndexOf(nestsInShare, false) >= 0)
            {
                return false;
            }
            int[] all = ownerOfShare[0];
            for (int share = 1; share < shares; share++)
            {
                int[] owner = ownerOfShare[share];
                for (int code = 0; code < codes; code++)
                {
                    if (owner[code] != 0)
                    {
                        if (all[code] != 0)
                        {
                            return false;
                        }
                        all[code] = owner[code];
                    }
                }
            }
            return true;
        }
    }
}
