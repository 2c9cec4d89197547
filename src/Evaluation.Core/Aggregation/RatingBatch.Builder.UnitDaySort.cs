using System;
using System.Threading.Tasks;

namespace Evaluation.Core.Aggregation;

public sealed partial class RatingBatch
{
    public sealed partial class Builder
    {
        /// <summary>
        /// Puts each unit's rows in order of day, a stable counting sort per unit on every processor (a unit's rows fit the
        /// processor's cache where a whole column does not), and gives each row its class as it moves.
        /// </summary>
        private sealed class UnitDaySort(int span)
        {
            private readonly int[] next = new int[span];
            private int[] destinations = [];
            private int[] ints = [];
            private byte[] bytes = [];
            private ushort[] shorts = [];

            /// <summary>
            /// Sorts the rows of every unit by day; gives the start of each (unit, day) cell, the unit's rows of day offset
            /// d being <c>starts[u * span + d]</c> to <c>starts[u * span + d + 1] - 1</c>.
            /// </summary>
            internal static int[] Sort(RowColumns data, ushort[] profileColumn, ProfileClasses classes, int[] unitStarts, int span)
            {
                int unitCount = unitStarts.Length - 1;
                var starts = new int[(unitCount * span) + 1];
                starts[^1] = unitStarts[^1];
                Parallel.For(
                    0,
                    unitCount,
                    () => new UnitDaySort(span),
                    (u, _, sort) =>
                    {
                        sort.SortUnit(data, profileColumn, classes, unitStarts[u], unitStarts[u + 1], starts.AsSpan(u * span, span));
                        return sort;
                    },
                    _ => { });
                return starts;
            }

            private void SortUnit(RowColumns data, ushort[] profileColumn, ProfileClasses classes, int from, int to, Span<int> cellStarts)
            {
                ushort[] day = data.Day;
                Array.Clear(next);
                for (int row = from; row < to; row++)
                {
                    next[day[row]]++;
                }
                int start = from;
                for (int d = 0; d < next.Length; d++)
                {
                    cellStarts[d] = start;
                    int n = next[d];
                    next[d] = start;
                    start += n;
                }
                int length = to - from;
                if (destinations.Length < length)
                {
                    int size = Math.Max(length, destinations.Length * 2);
                    destinations = new int[size];
                    ints = new int[size];
                    bytes = new byte[size];
                    shorts = new ushort[size];
                }
                bool inOrder = true;
                for (int k = 0; k < length; k++)
                {
                    int at = next[day[from + k]]++;
                    destinations[k] = at;
                    inOrder &= at == from + k;
                }
                if (inOrder)
                {
                    classes.Assign(profileColumn, from, to);
                    return;
                }
                Move(data.Department, from, length, ints);
                Move(data.Matter, from, length, ints);
                Move(data.Window, from, length, ints);
                Move(data.Channel, from, length, bytes);
                Move(data.Day, from, length, shorts);
                profileColumn.AsSpan(from, length).CopyTo(shorts);
                for (int k = 0; k < length; k++)
                {
                    classes.Set(destinations[k], shorts[k]);
                }
            }

            /// <summary>Moves a column's rows <paramref name="from"/> on to their destinations, through a buffer.</summary>
            private void Move<T>(T[] column, int from, int length, T[] buffer)
            {
                column.AsSpan(from, length).CopyTo(buffer);
                for (int k = 0; k < length; k++)
                {
                    column[destinations[k]] = buffer[k];
                }
            }
        }
    }
}
